"""One evening with only the opening and the kernvragen, walked with the keyboard, ends
with a congruence panel that has nothing left to ask (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.content import default_pack

PACK = default_pack()
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, modifier)


def set_spin(qtbot, spin, value):
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_an_evening_of_kernvragen_reaches_a_satisfied_panel(qtbot, window, store):
    g = store.add_gebied("Hoogkerk", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond over de dorpsagenda", "2027-03-04")
    window.open_bijeenkomst(b.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    state = window.state
    page = window.console.pages["bespreken"]
    assert not state.alle_vragen

    # Stap 1: every question of the evening, one line of inbreng each, Alt+→ to the next.
    visited = []
    for n in range(40):  # far more than an evening has; the walk stops at the last one
        visited.append(state.vraag.id)
        page.inbreng_input.setFocus()
        qtbot.keyClicks(page.inbreng_input, f"Wat er gezegd is bij vraag {n + 1}")
        qtbot.keyClick(page.inbreng_input, Qt.Key.Key_Return)
        key(qtbot, window, Qt.Key.Key_Right, ALT)
        if state.vraag.id == visited[-1]:
            break
    assert visited == [v.id for v in PACK.avond()]
    assert 12 <= len(PACK.kernvragen()) <= 15
    assert visited[: len(PACK.opening.vragen)] == [v.id for v in PACK.opening.vragen]
    assert len(store.inbreng(b.id)) == len(visited)

    # Archetype: aanjagen & initiëren (Alt+2 on the archetype page).
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    archetype = window.console.pages["archetype"]
    archetype.buttons["adviseren-inspreken"].setFocus()
    qtbot.keyClick(archetype.buttons["adviseren-inspreken"], Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: state.bijeenkomst.archetype == "aanjagen-initieren")

    # Kompas: a modest step on every waarde.
    key(qtbot, window, Qt.Key.Key_3, CTRL)
    kompas = window.console.pages["kompas"]
    for w in PACK.kompas:
        set_spin(qtbot, kompas.nu[w.id], 3)
        set_spin(qtbot, kompas.doel[w.id], 4)

    # Rolverdeling: the dorpsbelangen regisseren the dorpsagenda (arrow keys + space).
    key(qtbot, window, Qt.Key.Key_4, CTRL)
    rollen = window.console.pages["rollen"]
    rollen.table.setFocus()
    rollen.table.setCurrentCell(0, 0)  # first thema, "regisseert", first actor
    qtbot.keyClick(rollen.table, Qt.Key.Key_Right)  # the bewonersorganisatie
    qtbot.keyClick(rollen.table, Qt.Key.Key_Space)
    assert [(r.taak, r.actor) for r in store.rollen(b.id)] == [
        ("regisseert", "bewonersorganisatie")
    ]

    # Stap 2: "Maak afspraak" for every open point until the panel is satisfied.
    key(qtbot, window, Qt.Key.Key_5, CTRL)
    afspraken = window.console.pages["afspraken"]
    assert afspraken.findings, "archetype 2 asks for afspraken"
    assert not [f for f in afspraken.findings if f.soort == "rol"]
    for n in range(20):
        if not afspraken.findings:
            break
        buttons = [b for b in afspraken.findChildren(QPushButton) if b.text() == "Maak afspraak"]
        assert buttons, [f.tekst for f in afspraken.findings]
        buttons[0].setFocus()
        qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
        assert afspraken.wat.hasFocus()
        qtbot.keyClicks(afspraken.wat, f"Afspraak {n + 1} van de avond")
        qtbot.keyClick(afspraken.wat, Qt.Key.Key_Return)
    assert afspraken.findings == []
    assert "Er ontbreekt niets" in afspraken.findings_title.text()
    agreed = store.afspraken(b.id)
    assert "agenda" in {a.borging_id for a in agreed}  # who sets the dorpsagenda
    assert {a.waarde_id for a in agreed} >= {w.id for w in PACK.kompas}
