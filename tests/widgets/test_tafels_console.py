"""A tafels evening through the real console and projector (pytest-qt, offscreen): tafels
made and chosen from the keyboard (Ctrl+Shift+A), inbreng typed per tafel (one row
inserted, no reset), the plenaire terugkoppeling on both screens (Ctrl+Shift+R) with the
counts summed and without privé items or gespreksleiders in the room, Ctrl+J to K2.3."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from tests.widgets.test_keys import press_key
from tests.widgets.test_projector import room_text
from widgets import actions
from widgets.console.tafels import JumpDialog, TafelDialog
from widgets.main_window import MainWindow

PACK = default_pack()


@pytest.fixture
def window(qtbot, store: Store):
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond", "2026-11-24", vorm="tafel")
    win = MainWindow(store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.open_bijeenkomst(b.id)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard would send it: the widget with focus."""
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def _open_tafels(qtbot, win: MainWindow) -> TafelDialog:
    page = win.console.bespreken
    win.activateWindow()  # as a window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    press_key(qtbot, page.inbreng_input, actions.TAFEL.keys[0])
    dialog = next(d for d in win.console.findChildren(TafelDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _add_tafel(qtbot, dialog: TafelDialog, titel: str, leider: str) -> None:
    dialog.list.setCurrentRow(0)  # "Geen tafel": Enter in the fields adds a new tafel
    key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Naa&m
    assert dialog.titel.hasFocus()
    dialog.titel.selectAll()
    qtbot.keyClicks(dialog.titel, titel)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Gespreksleider
    assert dialog.leider.hasFocus()
    dialog.leider.selectAll()
    qtbot.keyClicks(dialog.leider, leider)
    qtbot.keyClick(dialog.leider, Qt.Key.Key_Return)


def _choose(qtbot, win: MainWindow, titel: str) -> None:
    dialog = _open_tafels(qtbot, win)
    row = next(
        i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(titel)
    )
    dialog.list.setFocus()
    dialog.list.setCurrentRow(row)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _type(qtbot, win: MainWindow, *texts: str) -> None:
    field = win.console.bespreken.inbreng_input
    field.setFocus()
    for text in texts:
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def _jump(qtbot, win: MainWindow, nummer: str) -> JumpDialog:
    win.activateWindow()  # as a window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    press_key(qtbot, win.console.bespreken.inbreng_input, actions.JUMP.keys[0])
    dialog = next(d for d in win.console.findChildren(JumpDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    qtbot.keyClicks(dialog.field, nummer)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    return dialog


def test_a_tafels_evening_from_the_keyboard(qtbot, window):
    win, state = window, window.state
    page = win.console.bespreken
    assert page.tafel_bar.isVisible() and "Geen tafel (plenair)" in page.tafel_bar.label.text()
    dialog = _open_tafels(qtbot, win)
    for titel, leider in (("Tafel 1", "Alice"), ("Tafel 2", "Mark"), ("Tafel 3", "")):
        _add_tafel(qtbot, dialog, titel, leider)
    assert [t.titel for t in state.tafels()] == ["Tafel 1", "Tafel 2", "Tafel 3"]
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert _jump(qtbot, win, "B1.1").result() == JumpDialog.DialogCode.Accepted
    model = page.inbreng_model
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda *_: seen.append("insert"))
    for titel, texts, eens in (
        ("Tafel 1", ("Het park", "De markt"), 4),
        ("Tafel 2", ("De bibliotheek",), 3),
        ("Tafel 3", ("Veel groen",), 2),
    ):
        _choose(qtbot, win, titel)
        assert f"Je typt voor: {titel}" in page.tafel_bar.label.text()
        _type(qtbot, win, *texts)
        page.tally_spins["eens"].setValue(eens)
    assert seen == ["insert"] * 4  # typing adds a row; the list is never read again
    shown = [model.index(r).data() for r in range(model.rowCount())]
    assert shown[0].startswith("Tafel 1 · Het park") and shown[2].startswith("Tafel 2 · ")
    assert page.tally_spins["eens"].value() == 2  # Tafel 3's own count

    # Ctrl+Shift+R: both screens report back; the room sees the sum.
    win.start_projection()
    state.set_projection("live")
    qtbot.addWidget(win.projector)
    secret = state.add_inbreng("Alleen voor het verslag")
    state.update_inbreng(secret.id, prive=True)
    win.activateWindow()  # the console on the laptop, the projector on the wall
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    press_key(qtbot, page.inbreng_input, actions.PLENAIR.keys[0])
    qtbot.waitUntil(lambda: page.card_stack.currentWidget() is page.plenair)
    console_text = page.plenair.text()
    for item in ("Het park", "De markt", "De bibliotheek", "Veel groen", "Alice", "Mark"):
        assert item in console_text
    assert "(privé) Alleen voor het verslag" in console_text
    assert "alle tafels samen: eens: 9" in console_text
    projector = win.projector
    qtbot.waitUntil(lambda: projector.stack.currentWidget() is projector.plenair)
    QApplication.processEvents()
    columns = [(k.text(), i.text()) for k, i in projector.plenair.columns]
    assert columns == [
        ("Tafel 1", "• Het park\n• De markt"),
        ("Tafel 2", "• De bibliotheek"),
        ("Tafel 3", "• Veel groen"),  # the privé item said there stays off the wall
    ]
    assert ("eens", 9) in projector.plenair.bars.rows
    text = room_text(projector)
    assert "Alleen voor het verslag" not in text
    assert "Alice" not in text and "Mark" not in text
    win.console.names_toggle.setChecked(True)
    QApplication.processEvents()
    assert projector.plenair.columns[0][0].text() == "Tafel 1 · Alice"
    press_key(qtbot, page.inbreng_input, actions.PLENAIR.keys[0])
    qtbot.waitUntil(lambda: page.card_stack.currentWidget() is not page.plenair)
    assert projector.stack.currentWidget() is projector.live


def test_jump_by_number_says_in_dutch_when_there_is_no_such_question(qtbot, window):
    win, state = window, window.state
    dialog = _jump(qtbot, win, "K9.9")
    assert dialog.isVisible() and "Er is geen vraag met nummer ‘K9.9’" in dialog.message.text()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "k2.3")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert state.vraag.nummer == "K2.3"
    item = win.console.bespreken.navigator.currentItem()
    assert item is not None and item.text(0).startswith("K2.3")


def test_the_tafel_is_remembered_and_a_removed_tafel_keeps_its_words(qtbot, window, store):
    win, state = window, window.state
    for titel in ("Tafel 1", "Tafel 2"):
        state.add_tafel(titel)
    _choose(qtbot, win, "Tafel 2")
    _type(qtbot, win, "Een moestuin")
    b = state.bijeenkomst.id
    win.show_overview()
    win.open_bijeenkomst(b)
    assert "Je typt voor: Tafel 2" in win.console.bespreken.tafel_bar.label.text()
    dialog = _open_tafels(qtbot, win)
    assert dialog.list.currentItem().text() == "Tafel 2"
    assert QApplication.focusWidget() is dialog.list
    key(qtbot, Qt.Key.Key_Delete)  # the selected tafel goes; what it said stays
    assert "blijft" in dialog.message.text() or "staat er nog" in dialog.message.text()
    assert [t.titel for t in store.tafels(b)] == ["Tafel 1"]
    model = win.console.bespreken.inbreng_model
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Een moestuin"]
