"""Text that keeps its own direction inside a line of the other one (Unicode bidi isolates):
a name or value whatever the interface's direction, a path or URL left to right in Arabic."""

from __future__ import annotations

FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: object) -> str:
    """``text`` in the direction of its first strong letter, not reordering what is around."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def left_to_right(text: object) -> str:
    """``text`` (a path, a date and time) read left to right, also inside Arabic."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
