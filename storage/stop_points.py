"""Named points in long work where a test can stop Arshif on purpose, to kill it right there.

With ``ARSHIF_STOP_AT=NAME:N`` in its environment, the process stops itself (SIGSTOP) the
N-th time it reaches the point NAME. The test sees it stopped (``waitpid`` with
``WUNTRACED``), kills it, and knows exactly where it died: no guessed delay, whatever the
machine's speed. Unset, as it always is outside the tests, a point costs one look-up.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

VARIABLE = "ARSHIF_STOP_AT"
_reached: Counter[str] = Counter()


def reached(name: str) -> None:
    wanted = os.environ.get(VARIABLE)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] == int(count or 1) and hasattr(signal, "SIGSTOP"):
        os.kill(os.getpid(), signal.SIGSTOP)
