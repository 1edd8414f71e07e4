"""The pages of an attached original (a PDF, a scan) as PNG images to show beside the text.
Qt-free; the window calls it off the GUI thread."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from storage.errors import ArchiveError, ImportFailed

PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
MAX_SHOWN_PIXELS = 40_000_000


def is_viewable(filename: str) -> bool:
    """Whether the file is a PDF or an image whose pages can be shown."""
    return filename.lower().endswith(PDF_SUFFIXES + IMAGE_SUFFIXES)


def page_image(data: bytes, filename: str, index: int, width: int) -> tuple[bytes, int]:
    """(page ``index`` of the file as a PNG ``width`` pixels wide, the file's page count).
    ArchiveError if the file cannot be shown."""
    from PIL import Image

    from storage.ingest import scan_image

    try:
        if filename.lower().endswith(PDF_SUFFIXES):
            return _pdf_page(data, index, width)
        with Image.open(io.BytesIO(data)) as image:
            pages = int(getattr(image, "n_frames", 1))
            image.seek(min(max(index, 0), pages - 1))
            picture = image.convert("RGB")
    except ImportFailed as problem:
        raise ArchiveError(f"{filename}: {problem.reason}") from None
    except (OSError, ValueError, EOFError) as error:
        raise ArchiveError(f"{filename}: cannot be shown ({error})") from None
    scale = width / max(1, picture.width)
    picture = picture.resize((width, max(1, round(picture.height * scale))))
    return scan_image.png_of(picture), pages


def _pdf_page(data: bytes, index: int, width: int) -> tuple[bytes, int]:
    from storage.ingest import scan_image
    from storage.ingest.pdf_document import PDFIUM_LOCK, open_pdf

    with tempfile.TemporaryDirectory(prefix="arshif-page-") as folder:
        path = Path(folder) / "original.pdf"
        path.write_bytes(data)
        with PDFIUM_LOCK:
            document = open_pdf(path)
            try:
                pages = len(document)
                page = document[min(max(index, 0), pages - 1)]
                page_width, _ = page.get_size()
                picture = page.render(scale=width / max(1.0, page_width)).to_pil()
                page.close()
            finally:
                document.close()
    return scan_image.png_of(picture.convert("RGB")), pages
