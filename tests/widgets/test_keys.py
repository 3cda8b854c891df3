"""The key registry (widgets/actions.py) against the real window: every key in it is bound,
every bound key is in it, and the F1 help shows every entry (pytest-qt, offscreen)."""

from __future__ import annotations

from collections import defaultdict
from html import escape

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from widgets import actions
from widgets.actions import BINDING_PROPERTY, Binding
from widgets.main_window import MainWindow
from widgets.projector.presenter_keys import ALWAYS

PACK = default_pack()
PORTABLE = QKeySequence.SequenceFormat.PortableText


def portable(key: str | QKeySequence) -> str:
    return QKeySequence(key).toString(PORTABLE)


def key_event(key: str) -> QKeyEvent:
    """The key press a keyboard sends for a registry key (the text only for one character)."""
    combination = QKeySequence(key)[0]
    text = key if len(key) == 1 else ""
    return QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers(), text)


def press_key(qtbot, widget, key: str) -> None:
    combination = QKeySequence(key)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def open_with_enter(qtbot, win: MainWindow) -> None:
    """From the overview to the console the facilitator's way: a bijeenkomst, then Enter."""
    view = win.overview.bijeenkomsten_view
    win.overview.gebieden_view.setCurrentIndex(win.overview.gebieden_model.index(0, 0))
    view.setFocus()
    view.setCurrentIndex(win.overview.bijeenkomsten_model.index(0, 0))
    for key in actions.OPEN_BIJEENKOMST.widget_keys:
        press_key(qtbot, view, key)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.console)


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    open_with_enter(qtbot, win)  # the console and the presenter keys exist from here on
    return win


def bound_keys(win: MainWindow) -> dict[str, set[str]]:
    """Binding name -> the keys the window really binds to it; keys bound without the
    registry are under ""."""
    bound: dict[str, set[str]] = defaultdict(set)
    for action in win.findChildren(QAction):
        for sequence in action.shortcuts():
            bound[action.property(BINDING_PROPERTY) or ""].add(portable(sequence))
    for shortcut in win.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            bound[shortcut.property(BINDING_PROPERTY) or ""].add(portable(shortcut.key()))

    # The inbreng list's key filter, with each handler replaced by a recorder.
    page = win.console.pages["bespreken"]
    hits: list[Binding] = []
    page.list_keys = {b: (lambda b=b: hits.append(b)) for b in page.list_keys}
    for binding in page.list_keys:
        for key in binding.keys:
            consumed = page.eventFilter(page.inbreng_list, key_event(key))
            if consumed and hits and hits[-1] == binding:
                bound[binding.name].add(key)

    # The presenter keys, while projecting (Esc only stops a projection).
    presenter = win.presenter_keys
    win.state.preview_projection()
    for binding, handler in presenter.bindings.items():
        for key in binding.keys:
            if presenter.action_for(key_event(key)) is handler:
                bound[binding.name].add(key)
    win.state.stop_projection()
    return bound


def test_the_registry_is_well_formed():
    names = [b.name for b in actions.ALL]
    assert len(names) == len(set(names))
    for binding in actions.ALL:
        assert binding.keys or binding.widget_keys, binding.name
        for key in (*binding.keys, *binding.widget_keys):
            assert portable(key) == key, f"{binding.name}: {key!r} is not portable text"


def test_every_key_in_the_registry_is_bound_and_every_bound_key_is_in_it(window):
    bound = bound_keys(window)
    registry = {b.name: set(b.keys) for b in actions.ALL}
    unbound = {
        f"{name}: {key}"
        for name, keys in registry.items()
        for key in keys
        if key not in bound.get(name, set())
    }
    assert not unbound, f"in the registry but bound nowhere: {sorted(unbound)}"
    stray = {
        f"{name or '(no binding)'}: {key}"
        for name, keys in bound.items()
        for key in keys
        if key not in registry.get(name, set())
    }
    assert not stray, f"bound but not in the registry: {sorted(stray)}"
    page = window.console.pages["bespreken"]
    for binding in (*page.list_keys, *window.presenter_keys.bindings):
        assert binding in actions.ALL, binding.name
    presenter_keys = {k for b in window.presenter_keys.bindings for k in b.keys}
    assert set(ALWAYS) <= presenter_keys  # the keys that work while typing are clicker keys


def test_keys_the_widgets_handle_themselves_work(window, qtbot):
    checked = {actions.OPEN_BIJEENKOMST.name}  # the fixture opened the console with Enter

    state, page = window.state, window.console.pages["bespreken"]
    state.set_question(PACK.bouwstenen[0].vragen[0].id)
    before = len(state.inbreng())
    page.inbreng_input.setFocus()
    qtbot.keyClicks(page.inbreng_input, "Een bankje bij de speeltuin")
    for key in actions.ADD_INBRENG.widget_keys:
        press_key(qtbot, page.inbreng_input, key)
    assert len(state.inbreng()) == before + 1
    checked.add(actions.ADD_INBRENG.name)

    buttons = window.console.pages["archetype"].buttons.values()
    mnemonics = [portable(QKeySequence.mnemonic(b.text())) for b in buttons]
    assert mnemonics == list(actions.ARCHETYPE.widget_keys)
    checked.add(actions.ARCHETYPE.name)

    assert checked == {b.name for b in actions.ALL if b.widget_keys}


def test_f1_shows_every_entry_of_the_registry_and_fits_a_laptop_screen(window, qtbot):
    window.activateWindow()
    press_key(qtbot, QApplication.focusWidget() or window, actions.HELP.keys[0])
    qtbot.waitUntil(lambda: getattr(window, "help_box", None) is not None)
    text = window.help_box.text()
    missing = [
        b.name for b in actions.ALL if escape(b.shown) not in text or escape(b.help) not in text
    ]
    assert not missing
    assert "Enter in de lijst" not in text  # Enter in the inbreng list does nothing
    hint = window.help_box.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    window.help_box.close()  # an open modal would keep the presenter keys off in later tests


def test_every_menu_entry_has_an_alt_letter_of_its_own(window):
    # A facilitator at a keyboard reaches every entry, also in the submenus (Afdrukken,
    # Opslaan als PDF, Vervolg online, Thema had none; Bestand had three letters twice).
    problems = []

    def visit(menu, path: str) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator()]
        letters = [QKeySequence.mnemonic(a.text()).toString() for a in entries]
        for entry, letter in zip(entries, letters, strict=True):
            if not letter:
                problems.append(f"{path} › {entry.text()}: geen letter")
        problems.extend(f"{path}: {k} dubbel" for k in set(letters) if k and letters.count(k) > 1)
        for a in entries:
            if a.menu() is not None:
                visit(a.menu(), f"{path} › {a.text()}")

    for top in window.menuBar().actions():
        visit(top.menu(), top.text())
    assert not problems
