"""Ctrl+F in the overview: the wijkgeheugen dialog, privé marking, opening at the question;
and Bestand › Vervolg online writing its files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.content import default_pack
from app.exchange.decidim import status_ids
from app.system.demo import demo_id
from widgets.dialogs.followup import run_follow_up
from widgets.dialogs.search import PRIVE_LABEL, SearchDialog
from widgets.main_window import MainWindow

PACK = default_pack()


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_search(qtbot, win: MainWindow) -> SearchDialog:
    win.overview.bijeenkomsten_view.setFocus()
    qtbot.keyClick(
        win.overview.bijeenkomsten_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: win.findChild(SearchDialog) is not None)
    dialog = win.findChild(SearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_search(qtbot, dialog: SearchDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())


def rows(dialog: SearchDialog) -> list[str]:
    return [
        dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())
    ]


def test_ctrl_f_searches_grouped_newest_first(qtbot, window):
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "schoolplein")
    shown = rows(dialog)
    assert shown, dialog.status.text()
    heads = [r for r in shown if not r.startswith("    ")]
    assert heads == [
        "Rivierenbuurt · Half jaar later: hoe gaat het? · 8 oktober 2026",
        "Rivierenbuurt · Afspraken over vergroening · 16 april 2026",
        "Rivierenbuurt · Wat maakt de Rivierenbuurt eigen? · 12 maart 2026",
    ]
    assert len(dialog.hits()) == 3
    assert "3 treffers" in dialog.status.text()
    type_search(qtbot, dialog, "fietsenstalling")
    assert dialog.hits() == [] and "Niets gevonden" in dialog.status.text()


def test_private_inbreng_is_found_and_marked(qtbot, window, demo_store):
    secret = demo_store.add_inbreng(
        demo_id("bk/riv/1"), "dna-1", "Mevrouw Jansen klaagt over Grönïnger koek"
    )
    demo_store.update_inbreng(secret.id, prive=True)
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "groninger")
    (item,) = [
        dialog.results.topLevelItem(i)
        for i in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(i).text(0).startswith("    ")
    ]
    assert item.text(0).endswith(f"[{PRIVE_LABEL}]")
    assert item.font(0).italic()
    if os.environ.get("WIJKPRAAT_SHOTS"):  # a picture to look at, on request
        dialog.grab().save(str(Path(os.environ["WIJKPRAAT_SHOTS"]) / "zoeken.png"))


def test_enter_opens_the_bijeenkomst_at_the_question(qtbot, window):
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "sluipverkeer")
    (hit,) = dialog.hits()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    assert window.state.bijeenkomst.id == demo_id("bk/riv/1")
    assert window.state.view == "bespreken"
    assert window.state.vraag.id == hit.vraag_id


def test_an_afspraak_hit_opens_the_afspraken_page(qtbot, window):
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "wijkkrant")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    assert window.state.bijeenkomst.id == demo_id("bk/riv/2")
    assert window.state.view == "afspraken"


def test_an_afspraak_in_a_stap_1_meeting_does_not_move_it_on(qtbot, window, demo_store):
    b = demo_id("bk/nl/1")  # Noordlaren, stap 1
    demo_store.add_afspraak(b, "Dorpsschouw met Dorpsbelangen", wanneer="mei")
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "dorpsschouw")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    assert window.state.bijeenkomst.id == b
    assert demo_store.bijeenkomst(b).stap == 1


def test_follow_up_menu_writes_decidim_results_and_remembers_the_status_ids(
    qtbot, demo_store, tmp_path
):
    said: list[str] = []
    b = demo_id("bk/riv/2")
    files = run_follow_up(
        demo_store,
        b,
        "decidim-resultaten",
        ask_status=lambda current, parent: {"open": "1", "loopt": "2"},
        ask_path=lambda parent, title, name, filter_: str(tmp_path / name),
        inform=lambda parent, title, text: said.append(text),
    )
    assert [f.name for f in files] == ["decidim-resultaten-rivierenbuurt-2026-04-16.csv"]
    assert status_ids(demo_store, demo_id("gebied/rivierenbuurt")) == {"open": "1", "loopt": "2"}
    files = run_follow_up(
        demo_store,
        b,
        "agenda",
        ask_path=lambda parent, title, name, filter_: str(tmp_path / name),
        inform=lambda parent, title, text: said.append(text),
    )
    assert files[0].read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "4 afspraken" in said[-1]


def test_choosing_inbreng_for_proposals_never_offers_private(qtbot, demo_store, tmp_path):
    from widgets.dialogs.followup import ChooseInbrengDialog

    b = demo_id("bk/riv/1")
    secret = demo_store.add_inbreng(b, "dna-1", "Geheime opmerking over de buren")
    demo_store.update_inbreng(secret.id, prive=True)
    offered: list[str] = []

    def tick_two(items, parent):
        dialog = ChooseInbrengDialog(items, parent)
        qtbot.addWidget(dialog)
        offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        for i in range(dialog.list.count()):  # untick everything but the first two
            if i >= 2:
                dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
        return dialog.chosen()

    files = run_follow_up(
        demo_store,
        b,
        "decidim-voorstellen",
        ask_inbreng=tick_two,
        ask_path=lambda parent, title, name, filter_: str(tmp_path / name),
        inform=lambda parent, title, text: None,
    )
    assert offered[0].startswith("Jongeren doen bijna nooit mee")  # most dots first
    assert not any("Geheime" in text for text in offered)
    lines = files[0].read_text(encoding="utf-8").splitlines()
    titles = {line.split(";", 1)[0] for line in lines[1:]}  # in the order of the meeting
    assert titles == {"Jongeren doen bijna nooit mee", "Veel groen langs het Winschoterdiep"}


def test_gebied_calendar_from_the_menu(qtbot, demo_store, tmp_path):
    said: list[str] = []
    files = run_follow_up(
        demo_store,
        demo_id("bk/riv/2"),
        "agenda-gebied",
        ask_path=lambda parent, title, name, filter_: str(tmp_path / name),
        inform=lambda parent, title, text: said.append(text),
    )
    assert files[0].name == "open-afspraken-rivierenbuurt.ics"
    assert "2 afspraken" in said[0]  # open and loopt; gedaan and gestopt are done


def test_status_ids_dialog_keeps_what_was_remembered_and_takes_only_numbers(qtbot):
    from widgets.dialogs.followup import StatusIdsDialog

    dialog = StatusIdsDialog({"open": "1"})
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["loopt"], "2x")  # the letter is refused
    assert dialog.values() == {"open": "1", "loopt": "2"}
