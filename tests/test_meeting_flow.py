"""The meeting flow as a plain state machine: no Qt application, a listener hears it all.

The adapter (app/meeting/adapter.py) only turns these announcements into Qt signals; the
last test checks that mapping with a real QObject.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.content import default_pack
from app.meeting.core import Change, DataKind
from app.meeting.flow import MeetingFlow

PACK = default_pack()


@pytest.fixture
def flow(store) -> tuple[MeetingFlow, list[tuple[Change, Any]]]:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond", "2026-05-01", archetype="adviseren-inspreken")
    f = MeetingFlow(store=store, pack=PACK)
    heard: list[tuple[Change, Any]] = []
    f.listeners.append(lambda change, payload: heard.append((change, payload)))
    f.open_bijeenkomst(b.id)
    return f, heard


def test_opening_announces_the_bijeenkomst_page_and_first_question(flow):
    f, heard = flow
    kinds = [change for change, _ in heard]
    assert kinds.index(Change.BIJEENKOMST) < kinds.index(Change.QUESTION)
    assert (Change.VIEW, "bespreken") in heard
    assert (Change.QUESTION, f.questions()[0]) in heard


def test_an_edit_is_stored_and_announced_as_its_kind(flow, store):
    f, heard = flow
    heard.clear()
    added = f.add_inbreng("Meer bankjes bij de speeltuin", "kans")
    assert added is not None
    assert [i.tekst for i in store.inbreng(f.bijeenkomst.id)] == ["Meer bankjes bij de speeltuin"]
    assert (Change.DATA, DataKind.INBRENG) in heard
    assert any(change is Change.SAVED for change, _ in heard)


def test_a_refused_edit_says_why_in_dutch_and_announces_no_change(flow, store):
    f, heard = flow
    heard.clear()
    assert f.add_inbreng("   ") is None
    assert not store.inbreng(f.bijeenkomst.id)
    errors = [payload for change, payload in heard if change is Change.ERROR]
    assert errors and "inbreng" in errors[0]
    assert not [c for c, _ in heard if c in (Change.DATA, Change.SAVED)]


def test_the_clicker_shows_the_question_first_then_moves_on(flow):
    f, _ = flow
    first = f.vraag
    f.start_projection()
    assert f.projection.mode == "welkom" and not f.projection.rehearsal
    f.advance(+1)  # from the welcome screen: the current question, live
    assert f.projection.mode == "live" and f.vraag == first
    f.advance(+1)
    assert f.vraag != first
    f.advance(-1)
    assert f.vraag == first
    f.toggle_blackout()
    f.advance(-1)  # from black: live again, same question
    assert f.projection.mode == "live" and f.vraag == first


def test_a_rehearsal_is_part_of_what_the_projection_knows(flow):
    f, heard = flow
    f.preview_projection()
    assert f.projection.mode == "live" and f.projection.rehearsal
    f.start_projection()
    assert not f.projection.rehearsal
    f.stop_projection()
    assert f.projection.mode == "uit"
    assert [p.rehearsal for c, p in heard if c is Change.PROJECTION] == [True, False, False]


def test_a_typed_theme_belongs_to_the_meeting_until_it_has_roles(flow, store):
    f, heard = flow
    assert f.themes() == ["Wijkagenda"]  # none yet: the wijkagenda as a whole
    assert f.add_theme("Verkeer") and not f.add_theme("Verkeer")
    assert f.themes() == ["Verkeer"]
    assert (Change.DATA, DataKind.ROLLEN) in heard
    f.set_rol("Verkeer", "beslist", ["gemeenteraad"])
    f.add_theme("Groen")
    assert f.themes() == ["Verkeer", "Groen"]
    f.open_bijeenkomst(f.bijeenkomst.id)  # reopened: only themes with roles remain
    assert f.themes() == ["Verkeer"]


def test_the_adapter_turns_each_announcement_into_its_signal(qtbot, store):
    from app.meeting.adapter import MeetingState

    g = store.add_gebied("Paddepoel", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-06-01")
    state = MeetingState(store, PACK)
    state.open_bijeenkomst(b.id)
    with qtbot.waitSignal(state.data_changed) as blocker:
        state.add_inbreng("De bibliotheek blijft open")
    assert blocker.args == [DataKind.INBRENG]
    with qtbot.waitSignal(state.projection_changed) as blocker:
        state.start_projection()
    assert blocker.args[0].mode == "welkom"


def test_a_question_that_was_answered_stays_in_the_evening(flow, store):
    """Outside the kern set, a question with inbreng keeps its place after reopening;
    one whose only inbreng was deleted does not."""
    f, _ = flow
    evening = {v.id for v in f.questions()}
    extra = [v for v in PACK.vragen() if v.id not in evening and PACK.asks(v, None)][:2]
    kept, dropped = extra
    store.add_inbreng(f.bijeenkomst.id, kept.id, "Daar moeten we het nog over hebben")
    gone = store.add_inbreng(f.bijeenkomst.id, dropped.id, "Toch niet")
    store.delete_inbreng(gone.id)
    f.open_bijeenkomst(f.bijeenkomst.id)
    ids = {v.id for v in f.questions()}
    assert kept.id in ids and dropped.id not in ids
