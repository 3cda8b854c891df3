"""Stap 1 with the keyboard only, counting the keys a facilitator presses besides the text
itself: a question change, three inbreng of different soort, a hand count and a witte
vlek (pytest-qt, offscreen).

Before issue 18 the same walk took 26 keys (measured on commit 3eeb31a with the keys it
had: Tab, arrows and Shift+Tab through the soort box for each soort, 9 Tabs past
"Verwijderen" to the hand counts, and 2 Tabs from OK to the witte-vlek field)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from widgets.main_window import MainWindow

PACK = default_pack()
KEYS_BEFORE = 26
ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


class Keyboard:
    """Presses keys where the focus is, as a person does, and counts them."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.count = qtbot, window, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifier)

    def type(self, text):  # the words themselves are not counted
        self.qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def console(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    b = next(x for x in demo_store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    win.open_bijeenkomst(b.id)
    # Every question of the pack in the list (Ctrl+Shift+K), not only the evening's kern
    # set: the walk goes through the first bouwsteen's questions one by one.
    win.state.set_alle_vragen(True)
    win.state.set_question(PACK.bouwstenen[0].vragen[0].id)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.console.bespreken.inbreng_input.setFocus()
    return win


def test_stap1_walk_needs_fewer_keys_than_before(qtbot, console, capsys):
    state, page = console.state, console.console.bespreken
    keys = Keyboard(qtbot, console)
    before_vlekken = len(state.witte_vlekken())

    # A question change: two questions on.
    keys.press(Qt.Key.Key_Right, ALT)
    keys.press(Qt.Key.Key_Right, ALT)
    vraag = state.vraag
    assert vraag == PACK.bouwstenen[0].vragen[2]
    assert QApplication.focusWidget() is page.inbreng_input

    # Three inbreng of different soort, without leaving the field.
    keys.type("De weekmarkt op zaterdag")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_2, ALT)
    keys.type("Te weinig plek voor jongeren")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_3, ALT)
    keys.type("Het lege schoolgebouw")
    keys.press(Qt.Key.Key_Return)
    assert [(i.tekst, i.soort) for i in state.inbreng()][-3:] == [
        ("De weekmarkt op zaterdag", "sterkte"),
        ("Te weinig plek voor jongeren", "zwakte"),
        ("Het lege schoolgebouw", "kans"),
    ]

    # A hand count, and back to the field.
    keys.press(Qt.Key.Key_H, CTRL)
    keys.type("12")
    keys.press(Qt.Key.Key_I, ALT)
    assert state.tally_options()["eens"] == 12
    assert QApplication.focusWidget() is page.inbreng_input

    # A witte vlek.
    keys.press(Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: (
            QApplication.activeModalWidget() is not None
            and QApplication.focusWidget() is QApplication.activeModalWidget().tekst
        )
    )
    keys.type("Niemand sprak met de huurders")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(state.witte_vlekken()) == before_vlekken + 1)
    assert state.witte_vlekken()[-1].tekst == "Niemand sprak met de huurders"
    assert state.vraag == vraag  # nothing moved the meeting on by accident

    with capsys.disabled():
        print(f"\nKeyboard walk of stap 1: {keys.count} keys (before issue 18: {KEYS_BEFORE})")
    assert keys.count < KEYS_BEFORE
    assert keys.count == 11


def test_arrows_in_the_question_list_keep_the_focus_there(qtbot, console):
    state, page = console.state, console.console.bespreken
    page.navigator.setFocus()
    start = state.vraag
    seen = []
    for _ in range(3):
        qtbot.keyClick(page.navigator, Qt.Key.Key_Down)
        seen.append(state.vraag)
        assert QApplication.focusWidget() is page.navigator
    assert len({v.id for v in seen}) == 3 and start not in seen
    qtbot.keyClick(page.navigator, Qt.Key.Key_I, ALT)  # back to typing
    assert QApplication.focusWidget() is page.inbreng_input


def test_a_soort_the_question_does_not_offer_changes_nothing(qtbot, console):
    page = console.console.bespreken
    console.state.set_question(PACK.kompas[0].vragen[0].id)  # no DNA soorten here
    page.inbreng_input.setFocus()
    before = page.soort_box.currentData()
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_1, ALT)  # sterkte: a DNA soort
    assert page.soort_box.currentData() == before
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_5, ALT)  # idee
    assert page.soort_box.currentData() == "idee"


def test_f7_puts_the_cursor_in_the_name_field(qtbot, console):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: console.round_panel is not None and console.round_dock.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.round_panel.label_input)
