"""The main window shows what is in the store (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.content import default_pack
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
    assert win.overview.empty_label.isVisible()
    assert "wijkpraat demo" in win.overview.empty_label.text()
    assert win.overview.bijeenkomsten_model.rowCount() == 0


def test_record_model_is_a_proper_qt_model(qtmodeltester, demo_store):
    model = RecordTableModel([Column("Naam", lambda g: g.naam), Column("Soort", lambda g: g.soort)])
    model.set_rows(demo_store.gebieden())
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Soort"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole).naam == "Noordlaren"


def test_a_gebied_of_many_bijeenkomsten_shows_every_column_of_the_rows_in_sight_whole(qtbot, store):
    """Column widths come from the rows on screen (an archive gebied has 150 rows): no
    date, stap or vorm on screen is cut off."""
    g = store.add_gebied("Stadsdeel Oost", "wijk")
    for i in range(150):
        vorm = ("kampvuur", "projectie", "tafel")[i % 3]
        stap = 1 + i % 3
        store.add_bijeenkomst(
            g.id, f"Avond {i}", f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", vorm=vorm, stap=stap
        )
    win = MainWindow(store, default_pack())
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    view = win.overview.bijeenkomsten_view
    model = view.model()
    metrics = view.fontMetrics()
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    assert first == 0 and last > 10
    for column in (0, 2, 3, 4):  # datum, stap, vorm, status (titel stretches)
        for row in range(first, last + 1):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) < view.columnWidth(column), (row, text)
