"""The facilitator is nearly always in the inbreng field: the presenter keys work from there
without eating what is typed, and with one screen F5 puts the projection in front, inside
the screen, with a visible way back (pytest-qt, offscreen: one screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from widgets.main_window import MainWindow

PACK = default_pack()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def console(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    b = next(x for x in demo_store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    win.open_bijeenkomst(b.id)
    return win


@pytest.fixture
def typing(qtbot, console):
    """Projecting live, with half a sentence in the inbreng field."""
    console.preview_projection()  # a window beside the console, as on a second screen
    qtbot.addWidget(console.projector)
    console.state.set_projection("live")
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    field = console.console.bespreken.inbreng_input
    field.setFocus()
    qtbot.keyClicks(field, "Meer bankjes bij")
    return console, field


def test_black_welcome_next_and_stop_from_the_inbreng_field(qtbot, typing):
    console, field = typing
    state, projector = console.state, console.projector
    first = state.vraag

    qtbot.keyClick(field, Qt.Key.Key_B, CTRL)
    assert state.projection.mode == "zwart"
    assert projector.stack.currentWidget() is projector.black
    qtbot.keyClick(field, Qt.Key.Key_B, CTRL)
    assert state.projection.mode == "live"

    qtbot.keyClick(field, Qt.Key.Key_W, CTRL)
    assert state.projection.mode == "welkom"
    assert projector.stack.currentWidget() is projector.welcome
    qtbot.keyClick(field, Qt.Key.Key_W, CTRL)
    assert state.projection.mode == "live"

    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert state.vraag != first
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert state.vraag == first

    # Plain letters and space are still typing.
    qtbot.keyClicks(field, " de bus")
    assert state.projection.mode == "live"

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert state.projection.mode == "uit"
    assert not projector.isVisible()
    assert field.text() == "Meer bankjes bij de bus"  # nothing typed was lost


def test_esc_while_editing_an_inbreng_stops_the_edit_first(qtbot, typing):
    console, field = typing
    page = console.console.bespreken
    field.clear()
    qtbot.keyClicks(field, "Het park is te donker")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    page.inbreng_list.setFocus()
    page.inbreng_list.setCurrentRow(page.inbreng_list.count() - 1)
    qtbot.keyClick(page.inbreng_list, Qt.Key.Key_F2)
    assert field.hasFocus() and page.input_label.text() == "Bewerk &inbreng:"

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert page.input_label.text() == "&Inbreng:"  # the edit stopped ...
    assert console.state.projection.mode == "live"  # ... the projection did not
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert console.state.projection.mode == "uit"


def test_one_screen_f5_puts_the_projection_in_front_inside_the_screen(qtbot, console):
    assert len(QGuiApplication.screens()) == 1
    console.activateWindow()
    field = console.console.bespreken.inbreng_input
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F5)
    projector = console.projector
    qtbot.addWidget(projector)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    screen = console.screen().geometry()
    assert projector.isVisible() and projector.isFullScreen()
    assert screen.contains(projector.frameGeometry())
    assert console.console.stop_projection_button.isVisible()  # the way back, in words
    assert "Esc" in console.console.stop_projection_button.text()

    qtbot.keyClick(projector, Qt.Key.Key_F5)  # a second F5 closes it
    assert console.state.projection.mode == "uit" and not projector.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    assert QApplication.focusWidget() is field  # and typing goes on where it was
    assert not console.console.stop_projection_button.isVisible()


def test_rehearsal_window_lies_inside_the_screen(qtbot, console):
    console.preview_projection()
    projector = console.projector
    qtbot.addWidget(projector)
    area = console.screen().availableGeometry()
    assert projector.isVisible() and not projector.isFullScreen()
    assert area.contains(projector.geometry())
