"""The Rolverdeling page: a thema gets its own zeggenschap with the keyboard, and the
congruence panel then checks that thema against it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.content import default_pack
from widgets.main_window import MainWindow

PACK = default_pack()


def test_choosing_zeggenschap_for_one_thema(qtbot, store):
    g = store.add_gebied("Hoogkerk", "dorp")
    b = store.add_bijeenkomst(
        g.id, "Burgerbegroting", "2027-04-01", archetype="adviseren-inspreken"
    )
    store.set_rol(b.id, "Burgerbegroting", "beslist", ["bewoners"])
    win = MainWindow(store, PACK)
    qtbot.addWidget(win)
    win.show()
    win.open_bijeenkomst(b.id)
    state = win.state
    state.set_view("rollen")
    page = win.console.pages["rollen"]
    combo = page.zeggenschap["Burgerbegroting"]
    assert combo.currentData() is None and "Adviseren & inspreken" in combo.currentText()
    # advice, while the residents decide: the panel flags it
    assert any(f.soort == "rol" for f in state.findings())
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: verdelen & besluiten
    assert [(k.naam, k.archetype) for k in state.thema_keuzes()] == [
        ("Burgerbegroting", "verdelen-besluiten")
    ]
    assert not any(f.regel_id.startswith("rol-adviseren") for f in state.findings())
    afspraken = win.console.pages["afspraken"]
    state.set_view("afspraken")
    assert "Verdelen &amp; besluiten" in afspraken.findings_title.text()
    assert [t.archetype for t in store.themas(b.id)] == ["verdelen-besluiten"]
