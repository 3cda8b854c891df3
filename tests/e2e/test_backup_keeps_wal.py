"""Regression: a backup made by the running app must not break its hold on the database.

Opening and closing the live database file with plain open() drops this process's POSIX
locks; another process could then checkpoint and delete the WAL under the app, and later
edits went into a deleted file (found in a user test).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.content import default_pack
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_edits_after_a_backup_and_another_writer_stay_in_the_file(qtbot, demo_store, tmp_path):
    win = MainWindow(demo_store, default_pack(), backup_dir=tmp_path / "backups")
    qtbot.addWidget(win)
    win.open_bijeenkomst(demo_store.bijeenkomsten()[0].id)
    win.state.add_inbreng("Voor de reservekopie")
    win.console.back_button.click()  # closing the bijeenkomst makes a backup
    win.open_bijeenkomst(demo_store.bijeenkomsten()[0].id)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    other = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(demo_store.path)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    win.state.add_inbreng("Na de andere schrijver")
    seen = sqlite3.connect(demo_store.path)
    texts = {r[0] for r in seen.execute("SELECT tekst FROM inbreng")}
    assert {"Voor de reservekopie", "Na de andere schrijver"} <= texts
    wal = Path(str(demo_store.path) + "-wal")
    assert wal.exists()
