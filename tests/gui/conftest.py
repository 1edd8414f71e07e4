"""Qt tests run on the offscreen platform, with the application set up as the app does."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
