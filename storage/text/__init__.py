"""Arabic text rules, in one place: normalisation, tokens, fingerprints."""

from storage.text.clean import clean_line, clean_text
from storage.text.normalize import fingerprint, name_key, normalize, tokens

__all__ = ["clean_line", "clean_text", "fingerprint", "name_key", "normalize", "tokens"]
