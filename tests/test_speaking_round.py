"""The speaking round: who had a turn, who spoke how long, who has not spoken yet."""

from __future__ import annotations

import pytest

from app.content import default_pack
from app.meeting.adapter import MeetingState
from app.meeting.speaking_round import SpeakingRound
from app.store.records import Deelnemer


class FakeClock:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


def people(*labels: str) -> list[Deelnemer]:
    return [Deelnemer(f"id-{label}", "b", label, "", "", None, "") for label in labels]


def test_five_people_seven_turns():
    clock = FakeClock()
    turns = []
    r = SpeakingRound(
        people("Anja", "Bram", "Chris", "Dewi", "Eef"), clock=clock, on_turn=turns.append
    )
    r.give_turn("id-Anja")
    clock.t += 60
    assert r.next_speaker() == "id-Bram"
    clock.t += 30
    assert r.pass_turn() == "id-Chris"  # Bram passes after 30 s
    clock.t += 90
    r.give_turn("id-Anja")  # Anja reacts
    clock.t += 45
    r.give_turn("id-Chris")
    clock.t += 20
    assert r.next_speaker() == "id-Dewi"
    clock.t += 10
    assert r.next_speaker() == "id-Eef"
    clock.t += 5
    summary = r.stop()

    assert len(turns) == 7
    by_label = {p.label: p for p in summary.people}
    assert (by_label["Anja"].turns, by_label["Anja"].seconds) == (2, 105)
    assert (by_label["Chris"].turns, by_label["Chris"].seconds) == (2, 110)
    assert (by_label["Dewi"].turns, by_label["Dewi"].seconds) == (1, 10)
    assert (by_label["Eef"].turns, by_label["Eef"].seconds) == (1, 5)
    assert (by_label["Bram"].turns, by_label["Bram"].passes) == (0, 1)
    assert summary.total_seconds == 230
    assert summary.top3_share == pytest.approx((110 + 105 + 10) / 230)
    assert summary.not_spoken == ("Bram",)
    assert [p.label for p in summary.people[:2]] == ["Chris", "Anja"]


def test_status_counts_without_names_for_the_room():
    clock = FakeClock()
    r = SpeakingRound(people("1", "2", "3", "4", "5"), clock=clock, limit_s=60)
    r.next_speaker()
    clock.t += 75
    status = r.status()
    assert status.current_label == "1" and status.turn_elapsed_s == 75 and status.turn_over
    assert status.not_spoken_count == 4 and status.waiting_count == 4


def test_round_through_the_meeting_state_stores_spreekbeurten(qapp, store):
    g = store.add_gebied("Beijum", "wijk")
    b = store.add_bijeenkomst(g.id, "Kampvuur", "2026-06-01", vorm="kampvuur")
    clock = FakeClock()
    state = MeetingState(store, default_pack(), clock=clock)
    state.open_bijeenkomst(b.id)
    assert not state.start_round()  # nobody in the circle yet
    for label in ("Stoel 1", "Stoel 2", "Stoel 3"):
        state.add_deelnemer(label)
    seen = []
    state.round_changed.connect(seen.append)
    assert state.start_round(limit_s=120)
    clock.t += 40
    state.next_speaker()
    clock.t += 25
    state.pass_turn()
    clock.t += 50
    summary = state.stop_round()
    rows = store.spreekbeurten(b.id)
    assert [(r.duur_s, r.gepast) for r in rows] == [(40, 0), (25, 1), (50, 0)]
    assert {r.vraag_id for r in rows} == {state.vraag.id}
    assert summary.not_spoken == ("Stoel 2",)
    assert seen[-1] is None and state.round is None
