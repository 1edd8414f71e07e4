"""The fonts Arshif ships as Python packages, so Arabic renders on any machine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import fontpkg_amiri
import fontpkg_noto_sans_arabic


@dataclass(frozen=True)
class FontFamily:
    name: str
    regular: Path
    bold: Path


def _folder(package: object) -> Path:
    return Path(getattr(package, "ROOT")) / "files"  # noqa: B009 (untyped package attribute)


AMIRI = FontFamily(
    "Amiri",
    _folder(fontpkg_amiri) / "Amiri-Regular.ttf",
    _folder(fontpkg_amiri) / "Amiri-Bold.ttf",
)
_NOTO = _folder(fontpkg_noto_sans_arabic) / "NotoSansArabic[wdth,wght].ttf"
# A variable font: one file holds every weight.
NOTO_SANS_ARABIC = FontFamily("Noto Sans Arabic", _NOTO, _NOTO)

FAMILIES = (AMIRI, NOTO_SANS_ARABIC)
