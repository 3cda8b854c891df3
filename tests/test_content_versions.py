"""Content versions side by side: a database made with content 2026.1 (and schema 2)
opens with 2027.1, shows every inbreng under the right question, also where 2027.1 merged
questions (`vervangt`), and stap 3 compares its kompas with a 2027.1 meeting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.content import default_pack
from app.meeting.flow import MeetingFlow
from app.store import Store

PACK = default_pack()
DUMP = Path(__file__).parent / "data" / "wijkpraat-2026.1.sql"
SELWERD_2026 = "00000000-0000-4000-8000-000000002027"  # inbreng on every 2026.1 question


@pytest.fixture
def old_store(tmp_path):
    path = tmp_path / "wijkpraat-2026.1.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(DUMP.read_text(encoding="utf-8"))
    conn.close()
    with Store.open(path) as store:  # migrates schema 2 -> current
        yield store


def test_the_dump_is_what_it_claims(old_store):
    b = old_store.bijeenkomst(SELWERD_2026)
    assert b.content_versie == "2026.1" and PACK.version == "2027.1"
    ids = {i.vraag_id for i in old_store.inbreng(b.id)}
    assert len(ids) == 77  # every question of 2026.1
    assert ids - {v.id for v in PACK.vragen()}, "2027.1 merged some of them"


def test_every_old_inbreng_shows_under_its_question(old_store):
    shown_anywhere = 0
    for b in old_store.bijeenkomsten():
        flow = MeetingFlow(store=old_store, pack=PACK)
        flow.open_bijeenkomst(b.id)
        assert not flow.alle_vragen  # an evening's view, yet nothing may go missing
        listed = {v.id for v in flow.questions()}
        seen: set[str] = set()
        for row in old_store.inbreng(b.id):
            vraag = PACK.vraag(row.vraag_id)
            assert vraag.id in listed, (b.titel, row.vraag_id)
            flow.set_question(vraag.id)
            on_screen = {i.id for i in flow.inbreng()}
            assert row.id in on_screen, (row.vraag_id, vraag.id)
            seen.add(row.id)
        shown_anywhere += len(seen)
    total = old_store.counts()["inbreng"] - _deleted(old_store)
    assert shown_anywhere == total


def test_a_merged_question_shows_the_old_inbreng_first(old_store):
    flow = MeetingFlow(store=old_store, pack=PACK)
    flow.open_bijeenkomst(SELWERD_2026)
    flow.set_question("rol-wie-beslist")
    teksten = [i.tekst for i in flow.inbreng()]
    assert teksten[0].endswith("bij open-wie-beslist")
    assert any(t.endswith("bij rol-wie-beslist") for t in teksten)
    # and what is added now goes under the 2027.1 id
    added = flow.add_inbreng("Het college, en dat staat op de website")
    assert added is not None and added.vraag_id == "rol-wie-beslist"


def test_stap3_compares_the_2026_kompas_with_a_2027_meeting(old_store):
    old = old_store.bijeenkomst(SELWERD_2026)
    new = old_store.add_bijeenkomst(
        old.gebied_id, "Een jaar later", "2027-06-10", stap=3, archetype="aanjagen-initieren"
    )
    assert new.content_versie == "2027.1"
    for w in PACK.kompas:
        old_store.set_kompas(new.id, w.id, nu=3, doel=4)
    flow = MeetingFlow(store=old_store, pack=PACK)
    flow.open_bijeenkomst(new.id)
    baseline = flow.kompas_baseline()
    assert baseline is not None and baseline.id == old.id
    then = {p.label: (p.nu, p.doel) for p in flow.radar_points(baseline.id)}
    now = {p.label: (p.nu, p.doel) for p in flow.radar_points()}
    old_scores = {s.waarde_id: (s.nu, s.doel) for s in old_store.kompas_scores(old.id)}
    assert then == {flow.text(PACK.waarde(w).titel): v for w, v in old_scores.items()}
    assert set(now.values()) == {(3, 4)}


def _deleted(store):
    return sum(
        1
        for b in store.bijeenkomsten()
        for i in store.inbreng(b.id, include_deleted=True)
        if i.verwijderd
    )
