"""Files Arshif reads at run time: the compiled translations (`translations/*.qm`, built from
the `.ts` sources by `make translations`, committed, and held to their sources by a test).
A package, so that a wheel or a pipx install carries them."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def translations_folder() -> Path:
    """The folder of the compiled translations, wherever Arshif is installed."""
    return Path(str(files(__name__) / "translations"))
