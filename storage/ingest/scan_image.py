"""Pages as images: a frame of an image file or a PDF page rendered, and the clean-up that
helps Tesseract (grey levels, enlargement of small images, speckle removal, deskew)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from storage.errors import ImportFailed

if TYPE_CHECKING:
    from storage.ingest.ocr import PageRequest

MIN_SIDE = 1_000
MAX_SKEW = 5.0
SKEW_STEP = 0.2
BOLDER = 0.3  # of the way from Otsu's threshold to white
NOISE_SHARE = 0.003  # of the pixels: speckles a median filter removes
Image.MAX_IMAGE_PIXELS = None  # the size is checked from the header first (ocr.image_pages)


def load_page(request: PageRequest, dpi: int, max_pixels: int) -> Image.Image:
    """The page as a grey image (8 bits), white paper and dark ink."""
    if request.kind == "pdf":
        return render_pdf_page(Path(request.path), request.index, dpi, max_pixels)
    try:
        with Image.open(request.path) as image:
            if image.width * image.height > max_pixels:
                raise ImportFailed(request.path, "the image has too many pixels")
            image.seek(request.index)
            grey: Image.Image = _grey(image)
            return grey
    except (OSError, EOFError, ValueError) as error:
        reason = f"page {request.index + 1} cannot be read as an image ({error})"
        raise ImportFailed(request.path, reason) from None


def _grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    if image.mode.startswith("I;16") or image.mode == "I":
        image = ImageOps.autocontrast(image.convert("I").point(lambda v: v / 256).convert("L"))
    return image.convert("L")


def render_pdf_page(path: Path, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """Page ``index`` of a PDF at ``dpi`` (less, if that would exceed ``max_pixels``)."""
    from storage.ingest.pdf_document import PDFIUM_LOCK, open_pdf

    with PDFIUM_LOCK:
        document = open_pdf(path)
        try:
            page = document[index]
            width, height = page.get_size()
            scale = dpi / 72
            if width * height * scale * scale > max_pixels:
                scale = (max_pixels / (width * height)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            image: Image.Image = bitmap.to_pil().convert("L")
            page.close()
        finally:
            document.close()
    return image


def prepared(image: Image.Image) -> Image.Image:
    """The page cleaned for OCR: enlarged if small, speckles removed if many, deskewed."""
    if min(image.size) < MIN_SIDE:
        image = image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    filtered = image.filter(ImageFilter.MedianFilter(3))
    pixels = np.asarray(image, dtype=np.int16)
    changed = np.abs(pixels - np.asarray(filtered, dtype=np.int16)) > 96
    if changed.mean() > NOISE_SHARE:
        image = filtered
    angle = skew_angle(image)
    if abs(angle) >= 0.3:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    # Black and white, a little bolder than Otsu's threshold: Tesseract's own binarisation of
    # grey pages loses a whole line now and then (seen on Chromium-printed pages at 300 dpi).
    threshold = _threshold(np.asarray(image))
    threshold += (255 - threshold) * BOLDER
    return image.point(lambda value: 255 if value > threshold else 0)


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the rows of text level: the one at
    which the ink's row profile is sharpest, within ±``MAX_SKEW``."""
    small = image.copy()
    small.thumbnail((1000, 1000))
    ink = np.asarray(small) < _threshold(np.asarray(small))
    if ink.mean() < 0.002:
        return 0.0
    picture = Image.fromarray((ink * 255).astype(np.uint8))
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP):
        rows = np.asarray(picture.rotate(float(angle), resample=Image.Resampling.NEAREST))
        profile = rows.sum(axis=1, dtype=np.float64)
        score = float(np.sum(np.diff(profile) ** 2))
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


def _threshold(pixels: np.ndarray) -> float:
    """Otsu's threshold of a grey image."""
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1)
    return float(np.argmax(between))


def png_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image.save(out, format="PNG")
    return out.getvalue()
