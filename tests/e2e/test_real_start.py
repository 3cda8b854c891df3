"""The app started as a real process (offscreen): the window, start-up refusals and
backups, a hard crash caught by faulthandler, and where the projector window goes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.store.backup import list_backups
from app.store.schema import SCHEMA_VERSION
from app.system import crashlog, paths
from tests.conftest import sha256

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _start(args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKPRAAT_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--quit-after-show"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_real_start_shows_the_window(tmp_path, demo_store, db_path):
    demo_store.close()
    result = _start(["--db", str(db_path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "venster getoond" in result.stdout


def test_real_start_refuses_a_newer_file_in_dutch(tmp_path, demo_store, db_path):
    demo_store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha256(db_path)
    result = _start(["--db", str(db_path)], tmp_path)
    assert result.returncode == 1
    assert "nieuwere versie van Wijkpraat" in result.stderr
    assert sha256(db_path) == before


def test_real_start_makes_a_backup(tmp_path):
    db = tmp_path / "w.sqlite"
    result = _start(["--db", str(db)], tmp_path)
    assert result.returncode == 0, result.stderr
    backups = paths.resolve(db, str(tmp_path)).backup_dir
    assert [b.reason for b in list_backups(backups)] == ["start"]


def test_faulthandler_writes_a_hard_crash_to_the_log(tmp_path):
    code = (
        "import sys, faulthandler\n"
        "from pathlib import Path\n"
        "from app.system.crashlog import enable_faulthandler\n"
        "enable_faulthandler(Path(sys.argv[1]))\n"
        "faulthandler._sigsegv()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True)
    assert "Segmentation fault" in crashlog.take_previous_crash(tmp_path)


def _place(tmp_path: Path, platform: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(HERE / "projector_child.py"), str(tmp_path / "p.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_two_screens_projector_goes_fullscreen_on_the_other_screen(tmp_path):
    config = ROOT / "tests" / "data" / "two_screens.json"
    placed = _place(tmp_path, f"offscreen:configfile={config}")
    assert placed["screens"] == ["laptop", "projector"]
    assert placed["console"] == "laptop"
    assert placed["projector"] == "projector"
    assert placed["geometry"] == [1366, 0, 1920, 1080]
    assert placed["fullscreen"] is True
    assert placed["body_px"] >= 36  # readable from the back of a hall on 1080p


def test_one_screen_goes_fullscreen_in_front_of_the_console(tmp_path):
    placed = _place(tmp_path, "offscreen")  # also a laptop mirrored to the projector
    assert placed["fullscreen"] is True
    assert placed["geometry"] == placed["screen_geometry"]
    assert placed["active"] is True
