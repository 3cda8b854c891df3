"""The main window shows what is in the store (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from app.content import default_pack
from app.store.schema import SCHEMA_VERSION
from tests.conftest import sha256
from widgets.common.models import Column, RecordTableModel
from widgets.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(demo_store, default_pack())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts(model, column=0):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_lists_the_demo_gebieden(window):
    assert _texts(window.overview.gebieden_model) == ["Noordlaren (dorp)", "Rivierenbuurt (wijk)"]
    assert not window.overview.empty_label.isVisible()


def test_choosing_a_gebied_with_the_keyboard_shows_its_bijeenkomsten(window, qtbot):
    window.overview.gebieden_view.setFocus()
    qtbot.keyClick(window.overview.gebieden_view, Qt.Key.Key_Down)
    assert window.selected_gebied().naam == "Rivierenbuurt"
    titles = _texts(window.overview.bijeenkomsten_model, 1)
    assert titles == [
        "Half jaar later: hoe gaat het?",
        "Afspraken over vergroening",
        "Wat maakt de Rivierenbuurt eigen?",
    ]  # newest first
    assert _texts(window.overview.bijeenkomsten_model, 0)[0] == "08-10-2026"
    assert "de wijk Rivierenbuurt" in window.overview.gebied_title.text()
    qtbot.keyClick(window.overview.gebieden_view, Qt.Key.Key_Up)
    assert "het dorp Noordlaren" in window.overview.gebied_title.text()


def test_empty_store_says_how_to_begin(qtbot, store):
    win = MainWindow(store, default_pack())
    qtbot.addWidget(win)
    win.show()
    assert win.empty_label.isVisible()
    assert "wijkpraat demo" in win.empty_label.text()
    assert win.bijeenkomsten_model.rowCount() == 0


def test_record_model_is_a_proper_qt_model(qtmodeltester, demo_store):
    model = RecordTableModel([Column("Naam", lambda g: g.naam), Column("Soort", lambda g: g.soort)])
    model.set_rows(demo_store.gebieden())
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Soort"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole).naam == "Noordlaren"


def _start(args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKPRAAT_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--quit-after-show"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_real_start_shows_the_window(qtbot, tmp_path, demo_store, db_path):
    demo_store.close()
    result = _start(["--db", str(db_path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "venster getoond" in result.stdout


@pytest.mark.slow
def test_real_start_refuses_a_newer_file_in_dutch(qtbot, tmp_path, demo_store, db_path):
    demo_store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha256(db_path)
    result = _start(["--db", str(db_path)], tmp_path)
    assert result.returncode == 1
    assert "nieuwere versie van Wijkpraat" in result.stderr
    assert sha256(db_path) == before
