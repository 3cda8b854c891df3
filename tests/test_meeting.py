"""The live-meeting state without any window: navigation, writes, undo, timer, restore."""

from __future__ import annotations

import pytest

from app.content import default_pack
from app.meeting.adapter import MeetingState

PACK = default_pack()


class FakeClock:
    """An injected clock: tests move time, they never sleep."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def state(qapp, store):
    g = store.add_gebied("Hoogkerk", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-05-01", archetype="adviseren-inspreken")
    s = MeetingState(store, PACK, clock=FakeClock())
    s.open_bijeenkomst(b.id)
    return s


def record(signal):
    seen = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def test_opening_starts_at_the_first_question_with_dorp_wording(state):
    assert state.view == "bespreken"
    assert state.vraag == PACK.opening.vragen[0]  # the evening opens with seed 004's lessons
    expected = "Waar zijn jullie in dit dorp al mee bezig, en met wie praten jullie daar al over?"
    assert state.text(state.vraag.tekst) == expected
    assert state.soort == "dorp"


def test_questions_follow_the_archetype(state):
    state.set_alle_vragen(True)  # the kernvragen hold for every archetype
    low = {v.id for v in state.questions()}
    state.set_archetype("verdelen-besluiten")
    high = {v.id for v in state.questions()}
    assert low < high
    hidden = high - low
    assert all(PACK.vraag(v).min_archetype for v in hidden)


def test_next_and_previous_question_are_remembered(state, store):
    changes = record(state.question_changed)
    qs = state.questions()
    state.next_question()
    state.next_question()
    state.previous_question()
    assert state.vraag == qs[1]
    assert [v.id for v in changes] == [qs[1].id, qs[2].id, qs[1].id]
    assert store.bijeenkomst(state.bijeenkomst.id).huidige_vraag == qs[1].id
    state.previous_question()
    state.previous_question()  # stays at the first question
    assert state.vraag == qs[0]


def test_inbreng_is_stored_at_once_and_announced(state, store):
    saved = record(state.saved)
    kinds = record(state.data_changed)
    item = state.add_inbreng("De molen", "sterkte")
    assert [i.tekst for i in store.inbreng(state.bijeenkomst.id, state.vraag.id)] == ["De molen"]
    assert item.soort == "sterkte" and kinds == ["inbreng"] and len(saved) == 1


def test_bad_input_reports_in_dutch_and_stores_nothing(state, store):
    errors = record(state.error)
    assert state.add_inbreng("   ") is None
    assert errors and "Vul" in errors[0]
    assert store.inbreng(state.bijeenkomst.id) == []


def test_delete_and_undo(state):
    a = state.add_inbreng("Een")
    b = state.add_inbreng("Twee")
    state.delete_inbreng(a.id)
    assert [i.tekst for i in state.inbreng()] == ["Twee"]
    assert state.can_undo()
    state.undo_delete()
    assert [i.tekst for i in state.inbreng()] == ["Een", "Twee"]
    state.move_inbreng(b.id, -1)
    assert [i.tekst for i in state.inbreng()] == ["Twee", "Een"]


def test_view_sets_the_stap_of_the_bijeenkomst(state, store):
    state.set_view("afspraken")
    assert store.bijeenkomst(state.bijeenkomst.id).stap == 2
    state.set_view("kompas")  # a tool page of stap 1 keeps the stap
    assert store.bijeenkomst(state.bijeenkomst.id).stap == 2


def test_restart_returns_to_bijeenkomst_view_and_question(state, store, qapp):
    state.next_question()
    state.set_view("kompas")
    where = (state.bijeenkomst.id, state.vraag.id)
    again = MeetingState(store, PACK)
    assert again.restore_last()
    assert (again.bijeenkomst.id, again.vraag.id) == where
    assert again.view == "kompas"


def test_timer_counts_down_with_an_injected_clock(state):
    ticks = record(state.timer_changed)
    clock = state.timer._clock
    state.start_timer(limit_s=120)
    clock.t += 30
    status = state.tick()
    assert (status.elapsed_s, status.remaining_s, status.label()) == (30, 90, "01:30")
    clock.t += 100
    assert state.tick().over and state.tick().label() == "+00:10"
    state.pause_timer()
    clock.t += 50
    assert state.tick().elapsed_s == 130
    state.next_question()  # a new question starts with a fresh timer
    assert state.tick().elapsed_s == 0 and ticks


def test_findings_follow_the_afspraken(state):
    state.set_archetype("adviseren-inspreken")
    before = {f.regel_id for f in state.findings() if f.soort == "dekking"}
    assert "dekking-adviseren:transparantie" in before
    state.add_afspraak("Maandelijks verslag in de dorpskrant", waarde_id="transparantie")
    after = {f.regel_id for f in state.findings() if f.soort == "dekking"}
    assert after == before - {"dekking-adviseren:transparantie"}


def test_looking_back_does_not_lower_the_stap(state, store):
    state.set_view("afspraken")
    state.set_view("bespreken")  # to show a question again during stap 2
    assert store.bijeenkomst(state.bijeenkomst.id).stap == 2
    state.set_view("evalueren")
    assert store.bijeenkomst(state.bijeenkomst.id).stap == 3


def test_undo_is_possible_when_the_delete_is_announced(state):
    item = state.add_inbreng("Weg ermee")
    seen = []
    state.data_changed.connect(lambda _k: seen.append(state.can_undo()))
    state.delete_inbreng(item.id)
    assert seen == [True]
