"""Qt tests run on the offscreen platform, with the application set up as the app does.

Settings (QSettings) and the app's data folder (edit recovery, crash reports) go to a
folder of the test run's own: a test never reads or writes the user's."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="arshif-gui-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
