"""The wheel is the whole app: built from the tracked files alone, installed away from the
source tree, it speaks Arabic, runs its migrations and imports an article."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.own_texts import ARTICLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment holding the wheel; the libraries it needs come from this
    one's site-packages (which, read through a .pth line, cannot put the checkout on the
    path)."""
    work = tmp_path_factory.mktemp("package")
    source = work / "source"
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    for name in tracked.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    wheels = work / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
    )
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    assert ours in site.getsitepackages()
    (Path(purelib) / "libraries.pth").write_text(ours + "\n", encoding="utf-8")
    [wheel] = wheels.glob("arshif-*.whl")
    subprocess.run(
        [*pip, "--python", str(python), "install", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    return venv


def _run(venv: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ARSHIF_ARCHIVE")}
    return subprocess.run(
        [str(venv / "bin" / argv[0]), *argv[1:]],
        cwd=cwd,
        env={**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_installed_command_line(installed: Path, tmp_path: Path) -> None:
    where = str(tmp_path / "archive")
    version = _run(installed, "arshif", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("arshif 0."), version.stdout
    imported = _run(installed, "arshif", "--archive", where, "import", str(ARTICLE), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    shown = _run(installed, "arshif", "--archive", where, "show", "1", "--json", cwd=tmp_path)
    assert "مكتبة المدينة القديمة" in shown.stdout
    where_from = _run(
        installed, "python", "-c", "import storage; print(storage.__file__)", cwd=tmp_path
    )
    assert str(ROOT) not in where_from.stdout, "the checkout, not the wheel, was imported"


def test_the_installed_window_speaks_arabic(installed: Path, tmp_path: Path) -> None:
    script = (
        "from ui.window.app import create_application\n"
        "from ui.window.main_window import MainWindow\n"
        "from storage.archive import Archive\n"
        "from PySide6.QtCore import Qt\n"
        "app = create_application([], language='ar')\n"
        f"window = MainWindow(Archive.open({str(tmp_path / 'archive')!r}))\n"
        "menus = [a.text() for a in window.menuBar().actions()]\n"
        "print(app.layoutDirection() == Qt.LayoutDirection.RightToLeft)\n"
        "print('|'.join(menus))\n"
        "window.release()\n"
    )
    done = _run(installed, "python", "-c", script, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    direction, menus = done.stdout.splitlines()[-2:]
    assert direction == "True"
    assert "&Archive" not in menus, menus
    assert "الأرشيف" in menus.replace("&", ""), menus  # with its mnemonic: الأ&رشيف
