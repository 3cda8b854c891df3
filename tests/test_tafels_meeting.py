"""A tafels evening in the meeting flow, without a screen: three tafels, inbreng typed per
tafel, the plenaire terugkoppeling per question with the counts summed, the room's version
without privé items or gespreksleiders (unless names are on), and the jump by number."""

from __future__ import annotations

from typing import Any

import pytest

from app.content import default_pack
from app.meeting.core import Change, DataKind
from app.meeting.flow import MeetingFlow
from app.meeting.plenair import ZONDER_TAFEL, TafelDeel
from app.meeting.room_view import live_view, plenair_view

PACK = default_pack()


@pytest.fixture
def evening(store) -> tuple[MeetingFlow, list[tuple[Change, Any]]]:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond", "2026-11-24", vorm="tafel")
    f = MeetingFlow(store=store, pack=PACK)
    heard: list[tuple[Change, Any]] = []
    f.listeners.append(lambda change, payload: heard.append((change, payload)))
    f.open_bijeenkomst(b.id)
    for titel, leider in (("Tafel 1", "Alice"), ("Tafel 2", "Mark"), ("Tafel 3", "")):
        assert f.add_tafel(titel, leider) is not None
    return f, heard


def _type_at(f: MeetingFlow, titel: str, nummer: str, *texts: str) -> None:
    (tafel,) = [t for t in f.tafels() if t.titel == titel]
    f.choose_tafel(tafel.id)
    assert f.jump_to(nummer) is None
    for text in texts:
        assert f.add_inbreng(text) is not None


def test_three_tafels_report_back_per_question_with_the_counts_summed(evening, store):
    f, _ = evening
    _type_at(f, "Tafel 1", "B1.1", "Het park", "De markt")
    f.set_stemming("eens", 4)
    _type_at(f, "Tafel 2", "b1.1", "De bibliotheek")
    f.set_stemming("eens", 3)
    f.set_stemming("oneens", 1)
    _type_at(f, "Tafel 3", "K2.2", "Een wijkkrant op papier")
    _type_at(f, "Tafel 2", "K2.2", "Via de school")
    f.choose_tafel(None)
    assert f.jump_to("B1.1") is None
    f.set_stemming("eens", 2)  # counted plenary, after the tafels came back
    assert f.add_inbreng("Zei iemand in de zaal") is not None

    # The console at a tafel shows that tafel's counts; the room the sum.
    assert f.stemmingen() == {"eens": 2}
    assert f.stemmingen_totaal() == {"eens": 9, "oneens": 1}

    plenair = {v.nummer: v for v in f.plenair(public=False)}
    trots = plenair["B1.1"]
    assert [(d.titel, d.items) for d in trots.tafels] == [
        ("Tafel 1", ("Het park", "De markt")),
        ("Tafel 2", ("De bibliotheek",)),
        ("Tafel 3", ()),
        (ZONDER_TAFEL, ("Zei iemand in de zaal",)),
    ]
    assert dict(trots.totaal) == {"eens": 9, "oneens": 1}
    assert [dict(d.telling) for d in trots.tafels[:3]] == [
        {"eens": 4},
        {"eens": 3, "oneens": 1},
        {},
    ]
    nieuws = plenair["K2.2"]
    assert [d.items for d in nieuws.tafels[:3]] == [
        (),
        ("Via de school",),
        ("Een wijkkrant op papier",),
    ]
    # Every question of the evening is there, in the navigator's order.
    assert [v.vraag_id for v in f.plenair(public=False)][: len(f.questions())] == [
        v.id for v in f.questions()
    ]


def test_the_chosen_tafel_is_remembered_per_bijeenkomst(evening, store):
    f, heard = evening
    tafel = f.tafels()[1]
    heard.clear()
    f.choose_tafel(tafel.id)
    assert (Change.DATA, DataKind.TAFEL) in heard
    again = MeetingFlow(store=store, pack=PACK)
    again.open_bijeenkomst(f.bijeenkomst.id)
    assert again.current_tafel() == tafel
    other = store.add_bijeenkomst(f.gebied.id, "Andere avond", "2026-12-01")
    again.open_bijeenkomst(other.id)
    assert again.current_tafel() is None


def test_a_removed_tafel_keeps_its_inbreng_on_the_list_without_a_tafel(evening, store):
    f, heard = evening
    _type_at(f, "Tafel 3", "B1.1", "Een moestuin")
    heard.clear()
    assert f.delete_tafel(f.current_tafel().id) is not None
    assert f.current_tafel() is None
    assert [i.tekst for i in f.inbreng()] == ["Een moestuin"]
    assert [t.titel for t in f.tafels()] == ["Tafel 1", "Tafel 2"]
    (trots,) = [v for v in f.plenair(public=False) if v.nummer == "B1.1"]
    assert trots.tafels[-1] == TafelDeel(ZONDER_TAFEL, "", ("Een moestuin",))


def test_the_room_sees_no_prive_item_and_a_gespreksleider_only_with_names_on(evening):
    f, _ = evening
    _type_at(f, "Tafel 1", "B1.1", "Mag iedereen zien")
    secret = f.add_inbreng("Alleen voor het verslag")
    f.update_inbreng(secret.id, prive=True)
    f.set_projection("live")
    f.toggle_plenair()
    assert f.projection.show_plenair
    room = plenair_view(f)
    text = "\n".join([room.heading, room.question, *(k for k, _ in room.tafels)])
    text += "\n".join(i for _, items in room.tafels for i in items)
    assert "Mag iedereen zien" in text and "Tafel 1" in text
    assert "Alleen voor het verslag" not in text
    assert "Alice" not in text and "Mark" not in text
    f.set_projection(show_names=True)
    assert plenair_view(f).tafels[0][0] == "Tafel 1 · Alice"
    # The console's own view does show the privé item, marked.
    (trots,) = [v for v in f.plenair(public=False) if v.nummer == "B1.1"]
    assert "(privé) Alleen voor het verslag" in trots.tafels[0].items
    # The ordinary live screen counts every tafel together.
    f.set_stemming("eens", 5)
    f.choose_tafel(f.tafels()[1].id)
    f.set_stemming("eens", 2)
    assert dict(live_view(f).tallies) == {"eens": 7}
    assert dict(plenair_view(f).tallies) == {"eens": 7}


def test_jumping_to_a_question_number(evening):
    f, heard = evening
    f.set_view("kompas")
    assert f.jump_to(" k2.3 ") is None  # any case, spaces around; not a kernvraag
    assert (f.view, f.vraag.nummer) == ("bespreken", "K2.3")
    assert f.alle_vragen  # the navigator now shows it
    heard.clear()
    message = f.jump_to("K9.9")
    assert message is not None and "K9.9" in message and "Typ bijvoorbeeld" in message
    assert f.vraag.nummer == "K2.3" and heard == []
