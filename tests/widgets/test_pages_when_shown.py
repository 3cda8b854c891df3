"""Console tabs that are not on screen load when they are shown (issue 16, start-up):
whatever the facilitator switches to shows the bijeenkomst that is open now, and text
typed in the draaiboek is saved before another bijeenkomst opens (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.content import default_pack
from app.store.draaiboek import draaiboek_teksten

PACK = default_pack()
CTRL = Qt.KeyboardModifier.ControlModifier


def two_evenings(store):
    wijk = store.add_gebied("Selwerd", "wijk")
    dorp = store.add_gebied("Ten Boer", "dorp")
    a = store.add_bijeenkomst(wijk.id, "Avond in Selwerd", "2027-03-01", stap=2)
    b = store.add_bijeenkomst(dorp.id, "Avond in Ten Boer", "2027-03-08", stap=2)
    store.update_bijeenkomst(a.id, archetype="aanjagen-initieren")  # asks for afspraken
    store.add_afspraak(b.id, "Het dorpshuis blijft open op dinsdag", wie="Dorpsbelangen")
    return a, b


def test_a_hidden_afspraken_tab_shows_the_evening_opened_while_it_was_hidden(qtbot, window, store):
    a, b = two_evenings(store)
    window.open_bijeenkomst(a.id)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # afspraken: A's open points
    page = window.console.pages["afspraken"]
    assert page.findings, "archetype 2 without afspraken has open points"
    assert page.model.rowCount() == 0

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # bespreken; afspraken is now hidden
    window.open_bijeenkomst(b.id)  # no archetype chosen, one afspraak
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert page.isVisible()
    assert [page.model.rows()[0].wat] == ["Het dorpshuis blijft open op dinsdag"]
    assert not [f for f in page.findings if "aanjagen" in f.tekst.lower()]
    assert page.findings_title.text() != ""


def test_the_archetype_columns_use_the_words_of_the_gebied_opened_while_hidden(
    qtbot, window, store
):
    a, b = two_evenings(store)
    window.open_bijeenkomst(a.id)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.console.pages["archetype"]
    wijk_texts = [label.text() for label in page.texts.values()]
    assert any("wijk" in text for text in wijk_texts)

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    window.open_bijeenkomst(b.id)  # a dorp: the same columns in dorp words
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    dorp_texts = [label.text() for label in page.texts.values()]
    assert any("dorp" in text for text in dorp_texts)
    assert dorp_texts != wijk_texts


def test_draaiboek_text_is_saved_when_another_evening_opens_and_the_page_follows(
    qtbot, window, store
):
    a, b = two_evenings(store)
    window.open_bijeenkomst(a.id)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    page = window.console.voorbereiden
    doel = page.teksten["doel"]
    doel.setFocus()
    qtbot.keyClicks(doel, "Samen kiezen wat Selwerd zelf doet")
    # Straight to another bijeenkomst, before the typing pause has saved it.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    window.open_bijeenkomst(b.id)
    assert draaiboek_teksten(store, a.id).doel == "Samen kiezen wat Selwerd zelf doet"

    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert doel.toPlainText() == ""  # B's own (empty) doel, not A's text
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    window.open_bijeenkomst(a.id)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert doel.toPlainText() == "Samen kiezen wat Selwerd zelf doet"


def test_the_evaluatie_tab_shows_the_earlier_afspraken_of_the_gebied_opened_while_hidden(
    qtbot, window, store
):
    wijk = store.add_gebied("Vinkhuizen", "wijk")
    dorp = store.add_gebied("Garmerwolde", "dorp")
    for gebied, wat in ((wijk, "Bankjes langs het water"), (dorp, "Een jeu-de-boulesbaan")):
        earlier = store.add_bijeenkomst(gebied.id, "Eerder", "2026-10-01", stap=2)
        store.add_afspraak(earlier.id, wat, wie="Bewoners")
    a = store.add_bijeenkomst(wijk.id, "Terugblik Vinkhuizen", "2027-04-01", stap=1)
    b = store.add_bijeenkomst(dorp.id, "Terugblik Garmerwolde", "2027-04-08", stap=1)
    window.open_bijeenkomst(a.id)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    page = window.console.pages["evalueren"]

    def shown_afspraken():
        return [page.table.cellWidget(r, 0).text() for r in range(page.table.rowCount())]

    assert shown_afspraken() == ["Bankjes langs het water"]
    window.open_bijeenkomst(b.id)  # stap 1: it opens on Bespreken
    assert not page.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    assert page.isVisible()
    assert shown_afspraken() == ["Een jeu-de-boulesbaan"]
