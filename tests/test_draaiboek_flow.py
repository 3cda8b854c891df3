"""The draaiboek in the live meeting, without a Qt application: the Voorbereiden edits,
the navigator's order, each question's timer limit and the evening's time left."""

from __future__ import annotations

import pytest

from app.content import default_pack
from app.meeting.flow import MeetingFlow
from app.store import Store
from app.store.draaiboek import avond_vragen, draaiboek_teksten

PACK = default_pack()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def flow(store: Store, clock: Clock) -> MeetingFlow:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond", "2026-05-01", archetype="verdelen-besluiten")
    f = MeetingFlow(store=store, pack=PACK, clock=clock)
    f.open_bijeenkomst(b.id)
    return f


def _plan_six(f: MeetingFlow) -> list[tuple[str, int]]:
    """Six questions from all over the pack, in an order of our own, with minutes."""
    everything = [v.id for v in PACK.vragen()]
    picks = [everything[-1], everything[3], everything[10], everything[0], everything[20]]
    picks.append(everything[15])
    minutes = [5, 12, 8, 20, 15, 10]
    # Start from the kern proposal: unchoose all of it, then choose ours in our order.
    for row in f.plan_rows():
        if row.gekozen:
            f.toggle_plan_vraag(row.vraag.id)
    for vraag_id, m in zip(picks, minutes, strict=True):
        f.toggle_plan_vraag(vraag_id)
        f.set_plan_minuten(vraag_id, m)
    return list(zip(picks, minutes, strict=True))


def test_without_a_draaiboek_the_evening_is_the_kern_set_as_before(flow, store):
    assert not flow.has_draaiboek
    kern = [v.id for v in PACK.avond()]
    assert [v.id for v in flow.questions()] == kern
    assert flow.avond_status() is None
    flow.start_timer()
    assert flow.timer.status().limit_s is None  # counts up, as today
    # The proposal on the Voorbereiden page: the kern set is chosen, nothing stored yet.
    assert [r.vraag.id for r in flow.plan_rows() if r.gekozen] == kern
    assert store.draaiboek_vragen(flow.bijeenkomst.id) == []
    assert [a.vraag.id for a in avond_vragen(store, flow.bijeenkomst.id)] == kern


def test_six_chosen_questions_set_the_order_the_timer_and_the_evening(flow, store, clock):
    planned = _plan_six(flow)
    ids = [vraag_id for vraag_id, _ in planned]
    assert flow.has_draaiboek
    assert [v.id for v in flow.questions()] == ids  # navigator: the draaiboek, nothing else
    total_s = sum(m for _, m in planned) * 60
    assert flow.avond_status().remaining_s == total_s == 70 * 60

    # Walk the evening: each question's timer counts down from its own minutes.
    flow.set_question(ids[0])
    for n, (vraag_id, minutes) in enumerate(planned):
        assert flow.vraag.id == vraag_id
        flow.start_timer()
        assert flow.timer.status().limit_s == minutes * 60
        clock.t += 60 * (n + 1)  # 1, 2, … 6 minutes on each
        flow.next_question()
    spent = sum(60 * (n + 1) for n in range(6))
    # The last question stays current (the walk ends there); its time still counts.
    assert flow.avond_status().remaining_s == total_s - spent
    assert flow.avond_status().label() == "Avond: 0:49 over"

    # "Alle vragen" shows the rest after the draaiboek, never before it.
    flow.set_alle_vragen(True)
    assert [v.id for v in flow.questions()][:6] == ids
    assert len(flow.questions()) > 6


def test_moving_and_unchoosing_are_stored_at_once_and_survive_reopening(flow, store):
    planned = _plan_six(flow)
    ids = [vraag_id for vraag_id, _ in planned]
    flow.move_plan_vraag(ids[2], -1)  # a c b d e f
    flow.move_plan_vraag(ids[0], +1)  # c a b d e f
    expected = [ids[2], ids[0], ids[1], *ids[3:]]
    flow.toggle_plan_vraag(ids[5])
    expected = expected[:5]
    flow.set_draaiboek_tekst("doel", "Samen bepalen wat de wijk zelf wil doen.")

    again = MeetingFlow(store=store, pack=PACK)
    again.open_bijeenkomst(flow.bijeenkomst.id)
    assert [v.id for v in again.questions()] == expected
    assert [(a.vraag.id, a.minuten) for a in avond_vragen(store, flow.bijeenkomst.id)] == [
        (i, dict(planned)[i]) for i in expected
    ]
    assert draaiboek_teksten(store, flow.bijeenkomst.id).doel.startswith("Samen bepalen")
    # The unchosen question keeps its minutes for when it comes back.
    flow.toggle_plan_vraag(ids[5])
    assert avond_vragen(store, flow.bijeenkomst.id)[-1].minuten == dict(planned)[ids[5]]


def test_answered_questions_outside_the_draaiboek_stay_in_the_list(flow):
    outside = next(v for v in PACK.vragen() if v.id not in {x.id for x in PACK.avond()})
    flow.set_question(outside.id)
    flow.add_inbreng("Iets wat al gezegd is")
    planned = _plan_six(flow)
    flow.open_bijeenkomst(flow.bijeenkomst.id)
    ids = [v.id for v in flow.questions()]
    assert ids[:6] == [i for i, _ in planned]
    assert outside.id in ids


def test_the_evening_clock_survives_a_restart(flow, store, clock):
    _plan_six(flow)
    flow.start_timer()
    clock.t += 300
    flow.next_question()  # the five minutes go into the evening
    again = MeetingFlow(store=store, pack=PACK, clock=clock)
    again.open_bijeenkomst(flow.bijeenkomst.id)
    assert again.avond_status().spent_s == 300


def test_bad_minutes_are_refused_in_dutch_and_nothing_changes(flow, store):
    planned = _plan_six(flow)
    errors: list[str] = []
    flow.listeners.append(
        lambda change, payload: errors.append(payload) if change.name == "ERROR" else None
    )
    flow.set_plan_minuten(planned[0][0], 0)
    assert errors and "minuten" in errors[0]
    assert avond_vragen(store, flow.bijeenkomst.id)[0].minuten == planned[0][1]
