"""Every form dialog opens with the cursor in its first field, so what the facilitator types
straight away lands there whole, spaces included, and Enter accepts (pytest-qt, offscreen).

Before: the focus was on OK, and the first space typed pressed it ("Bewonersavond
wijkdemocratie" was saved as "wijkdemocratie")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.content import default_pack
from widgets.main_window import MainWindow

PACK = default_pack()
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, modifier)


def next_dialog(qtbot, previous=None):
    qtbot.waitUntil(
        lambda: (
            QApplication.activeModalWidget() not in (None, previous)
            and QApplication.focusWidget() is not None
            and QApplication.focusWidget().window() is QApplication.activeModalWidget()
        )
    )
    return QApplication.activeModalWidget()


def type_in_focus(qtbot, text):
    """Type where the cursor is, as a person does: no setFocus first."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_new_gebied_and_new_bijeenkomst_keep_what_is_typed(qtbot, window):
    key(qtbot, window, Qt.Key.Key_G, CTRL)
    dialog = next_dialog(qtbot)
    assert QApplication.focusWidget() is dialog.naam
    type_in_focus(qtbot, "De Hoogte en Indische Buurt")
    key(qtbot, window, Qt.Key.Key_Return)

    dialog = next_dialog(qtbot, dialog)
    assert dialog.windowTitle().startswith("Nieuwe bijeenkomst")
    assert QApplication.focusWidget() is dialog.titel
    type_in_focus(qtbot, "Bewonersavond wijkdemocratie")
    key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.datum  # Tab goes down the form, not to OK
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)

    gebied = window.state.gebied
    assert gebied is not None and gebied.naam == "De Hoogte en Indische Buurt"
    assert window.state.bijeenkomst.titel == "Bewonersavond wijkdemocratie"


def test_witte_vlek_keeps_what_is_typed(qtbot, window):
    window.open_bijeenkomst(window.store.bijeenkomsten(window.store.gebieden()[0].id)[0].id)
    window.activateWindow()
    before = len(window.state.witte_vlekken())
    key(qtbot, window, Qt.Key.Key_V, CTRL | SHIFT)
    dialog = next_dialog(qtbot)
    assert QApplication.focusWidget() is dialog.tekst
    type_in_focus(qtbot, "Niemand vroeg de jongeren van het Oosterpark")
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.state.witte_vlekken()) == before + 1)
    texts = [v.tekst for v in window.state.witte_vlekken()]
    assert "Niemand vroeg de jongeren van het Oosterpark" in texts


def test_editing_a_bijeenkomst_replaces_the_title_whole(qtbot, window):
    gebied = window.store.gebieden()[0]
    b = window.store.bijeenkomsten(gebied.id)[0]
    window.open_bijeenkomst(b.id)
    window.activateWindow()
    key(qtbot, window, Qt.Key.Key_E, CTRL)
    dialog = next_dialog(qtbot)
    field = QApplication.focusWidget()
    assert field is dialog.titel and isinstance(field, QLineEdit)
    assert field.selectedText() == b.titel  # typing replaces the old title
    type_in_focus(qtbot, "Tweede avond over het wijkbudget")
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.store.bijeenkomst(b.id).titel == "Tweede avond over het wijkbudget"
