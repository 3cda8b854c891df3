"""The speaking round ("ieders stem telt"): everyone in the circle gets a turn.

Pure logic with an injected clock, so tests never sleep. Deelnemers are labels or seat
numbers; nothing here needs a surname. Finished turns are handed to a callback (the
meeting state stores them as spreekbeurten).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.meeting.timer import Clock
from app.store.records import Deelnemer


def _wall() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Turn:
    deelnemer_id: str
    start: str  # ISO time, for the record
    duur_s: float
    gepast: bool = False


@dataclass(frozen=True)
class PersonSummary:
    deelnemer_id: str
    label: str
    turns: int  # turns in which this person spoke
    seconds: float
    passes: int


@dataclass(frozen=True)
class RoundSummary:
    people: tuple[PersonSummary, ...]  # most speaking time first
    total_seconds: float
    top3_share: float  # 0..1: share of the speaking time taken by the three longest speakers
    not_spoken: tuple[str, ...]  # labels of those who have not spoken

    @property
    def top3_meaningful(self) -> bool:
        """A "top three" says something only when more than five people spoke: with
        three speakers they always have 100% of the time."""
        return sum(1 for p in self.people if p.seconds > 0) > TOP3_FROM - 1


TOP3_FROM = 6  # speakers


@dataclass(frozen=True)
class RoundStatus:
    """What the console and the projector show; names stay out of the projector."""

    active: bool
    current_label: str | None
    turn_elapsed_s: int
    limit_s: int | None
    waiting_count: int  # not yet had a turn at all
    not_spoken_count: int
    not_spoken_labels: tuple[str, ...] = field(default=())

    @property
    def turn_over(self) -> bool:
        return self.limit_s is not None and self.turn_elapsed_s >= self.limit_s


class SpeakingRound:
    """One round on one question, in seat order; `next_speaker` picks who is waiting."""

    def __init__(
        self,
        deelnemers: Sequence[Deelnemer],
        *,
        vraag_id: str | None = None,
        limit_s: int | None = None,
        clock: Clock = time.monotonic,
        wall: Callable[[], str] = _wall,
        on_turn: Callable[[Turn], None] | None = None,
    ) -> None:
        self.deelnemers = list(deelnemers)
        self.vraag_id = vraag_id
        self.limit_s = limit_s
        self._clock = clock
        self._wall = wall
        self._on_turn = on_turn
        self.turns: list[Turn] = []
        self.current: str | None = None
        self._started_at = 0.0
        self._started_wall = ""
        self.active = True

    def _label(self, deelnemer_id: str) -> str:
        return next((d.label for d in self.deelnemers if d.id == deelnemer_id), "?")

    def add(self, deelnemer: Deelnemer) -> None:
        """Someone joins the circle during the round."""
        if all(d.id != deelnemer.id for d in self.deelnemers):
            self.deelnemers.append(deelnemer)

    # -- turns -------------------------------------------------------------------------
    def give_turn(self, deelnemer_id: str) -> None:
        """Give the floor to this person (ends the current turn)."""
        if all(d.id != deelnemer_id for d in self.deelnemers):
            raise KeyError(deelnemer_id)
        self._finish(gepast=False)
        self.current = deelnemer_id
        self._started_at = self._clock()
        self._started_wall = self._wall()

    def next_speaker(self) -> str | None:
        """End the current turn and give it to the next person who is still waiting."""
        self._finish(gepast=False)
        waiting = self.waiting()
        if not waiting:
            self.current = None
            return None
        self.give_turn(waiting[0])
        return waiting[0]

    def pass_turn(self) -> str | None:
        """The current person passes; the turn goes to the next one waiting."""
        self._finish(gepast=True)
        return self.next_speaker()

    def stop(self) -> RoundSummary:
        self._finish(gepast=False)
        self.active = False
        return self.summary()

    def _finish(self, *, gepast: bool) -> None:
        if self.current is None:
            return
        turn = Turn(self.current, self._started_wall, self._clock() - self._started_at, gepast)
        self.turns.append(turn)
        self.current = None
        if self._on_turn is not None:
            self._on_turn(turn)

    # -- who ---------------------------------------------------------------------------
    def waiting(self) -> list[str]:
        """Ids of those who have had no turn at all yet, in seat order."""
        had = {t.deelnemer_id for t in self.turns} | ({self.current} if self.current else set())
        return [d.id for d in self.deelnemers if d.id not in had]

    def not_spoken(self) -> list[str]:
        """Ids of those who have not spoken (passing is not speaking)."""
        spoke = {t.deelnemer_id for t in self.turns if not t.gepast}
        if self.current:
            spoke.add(self.current)
        return [d.id for d in self.deelnemers if d.id not in spoke]

    def status(self) -> RoundStatus:
        elapsed = int(self._clock() - self._started_at) if self.current else 0
        not_spoken = self.not_spoken()
        return RoundStatus(
            active=self.active,
            current_label=self._label(self.current) if self.current else None,
            turn_elapsed_s=elapsed,
            limit_s=self.limit_s,
            waiting_count=len(self.waiting()),
            not_spoken_count=len(not_spoken),
            not_spoken_labels=tuple(self._label(i) for i in not_spoken),
        )

    def summary(self) -> RoundSummary:
        people = []
        for d in self.deelnemers:
            mine = [t for t in self.turns if t.deelnemer_id == d.id]
            spoken = [t for t in mine if not t.gepast]
            people.append(
                PersonSummary(
                    d.id,
                    d.label,
                    turns=len(spoken),
                    seconds=sum(t.duur_s for t in spoken),
                    passes=len(mine) - len(spoken),
                )
            )
        people.sort(key=lambda p: -p.seconds)
        total = sum(p.seconds for p in people)
        top3 = sum(p.seconds for p in people[:3])
        return RoundSummary(
            people=tuple(people),
            total_seconds=total,
            top3_share=top3 / total if total else 0.0,
            not_spoken=tuple(self._label(i) for i in self.not_spoken()),
        )
