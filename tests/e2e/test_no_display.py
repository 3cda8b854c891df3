"""`wijkpraat` without a screen: a Dutch message that names what does work, exit code 1,
and no file made (not the database, not the log folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.system.display import missing_screen

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")

GONE = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "WIJKPRAAT_DB", "WIJKPRAAT_DATA_DIR")


def wijkpraat() -> list[str]:
    """The installed command where there is one (as a user types it), else `python -m app`."""
    script = Path(sys.executable).with_name("wijkpraat")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


@pytest.mark.slow
def test_wijkpraat_without_a_display_says_so_in_dutch_and_makes_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in GONE and not k.startswith("XDG_")}
    env["HOME"] = str(home)
    result = subprocess.run(
        wijkpraat(), capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert result.returncode != 0
    assert "beeldscherm nodig" in result.stderr
    assert "wijkpraat demo" in result.stderr  # what to use on a server instead
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["home"]  # no file, no folder


def test_which_environments_have_a_screen():
    assert missing_screen({}, "linux")
    assert missing_screen({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert missing_screen({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux")
    assert not missing_screen({"DISPLAY": ":0"}, "linux")
    assert not missing_screen({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_screen({}, "win32")
