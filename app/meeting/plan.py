"""The draaiboek in the live meeting: what the Voorbereiden page edits, the order of the
navigator, the minutes of each question and the time left for the evening.

A bijeenkomst without chosen questions has no plan: the navigator shows the opening and
the kernvragen as before, the timer has no limit and there is no evening clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.content import Vraag
from app.content.labels import duur_label
from app.errors import WijkpraatError
from app.meeting.core import Change, DataKind
from app.meeting.writes import MeetingWrites
from app.store.draaiboek import DEFAULT_MINUTEN, DraaiboekTeksten, draaiboek_teksten

# instelling key (+ bijeenkomst id): seconds spent on the questions of the evening so far
SETTING_AVONDTIJD = "avondtijd:"


@dataclass(frozen=True)
class PlanRegel:
    """A question on the Voorbereiden page: chosen or not, and its minutes."""

    vraag: Vraag
    gekozen: bool
    minuten: int


@dataclass(frozen=True)
class AvondStatus:
    """The evening's clock: the planned minutes against the time the timer has run."""

    planned_s: int
    spent_s: int

    @property
    def remaining_s(self) -> int:
        return self.planned_s - self.spent_s

    @property
    def over(self) -> bool:
        return self.remaining_s < 0

    def label(self) -> str:
        """'Avond: 1:25 over' (hours:minutes), or 'Avond: 0:10 te lang'."""
        left = abs(self.remaining_s)
        hours, minutes = divmod((left + 59) // 60 if not self.over else left // 60, 60)
        return f"Avond: {hours}:{minutes:02d} {'te lang' if self.over else 'over'}"


class MeetingPlan(MeetingWrites):
    """The draaiboek of the open bijeenkomst (see MeetingCore for `_plan`, `_spent_s`)."""

    # -- reading the plan ------------------------------------------------------------------
    @property
    def has_draaiboek(self) -> bool:
        return bool(self._plan)

    def _load_plan(self, bijeenkomst_id: str) -> None:
        plan: dict[str, int] = {}
        for row in self._store.draaiboek_vragen(bijeenkomst_id):
            vraag = self._known_plan_vraag(row.vraag_id)
            if row.gekozen and vraag is not None and vraag.id not in plan:
                plan[vraag.id] = row.minuten
        self._plan = plan
        spent = self._store.get_setting(SETTING_AVONDTIJD + bijeenkomst_id)
        self._spent_s = int(spent) if spent and spent.isdigit() else 0

    def _known_plan_vraag(self, vraag_id: str) -> Vraag | None:
        try:
            return self.pack.vraag(vraag_id)
        except KeyError:
            return None

    def planned_questions(self) -> list[Vraag]:
        """The draaiboek's questions in its order (empty without a draaiboek)."""
        return [self.pack.vraag(vraag_id) for vraag_id in self._plan]

    def minutes_for(self, vraag: Vraag | None = None) -> int | None:
        """The draaiboek's minutes for a question (the current one), None if unplanned."""
        vraag = vraag or self.vraag
        return self._plan.get(vraag.id) if vraag else None

    def plan_rows(self) -> list[PlanRegel]:
        """What the Voorbereiden page lists: the chosen questions in their order, then the
        others in praatplaat order. Without a draaiboek the opening and the kernvragen
        are chosen (not stored until the first edit)."""
        archetype = self.bijeenkomst.archetype if self.bijeenkomst else None
        asked = [v for v in self.pack.vragen() if self.pack.asks(v, archetype)]
        stored = {}
        if self.bijeenkomst is not None:
            stored = {
                r.vraag_id: r.minuten for r in self._store.draaiboek_vragen(self.bijeenkomst.id)
            }
        if stored:  # a draaiboek was made (maybe with nothing chosen any more)
            chosen = dict(self._plan)
        else:
            chosen = {
                v.id: DEFAULT_MINUTEN for v in self.pack.avond() if self.pack.asks(v, archetype)
            }
        rows = [PlanRegel(self.pack.vraag(i), True, m) for i, m in chosen.items()]
        rows += [
            PlanRegel(v, False, stored.get(v.id, DEFAULT_MINUTEN))
            for v in asked
            if v.id not in chosen
        ]
        return rows

    def draaiboek_teksten(self) -> DraaiboekTeksten:
        if self.bijeenkomst is None:
            return DraaiboekTeksten()
        return draaiboek_teksten(self._store, self.bijeenkomst.id)

    def avond_status(self) -> AvondStatus | None:
        """Planned minutes against the time the question timer ran this evening; None
        without a draaiboek."""
        if not self._plan:
            return None
        spent = self._spent_s + self.timer.status().elapsed_s
        return AvondStatus(sum(self._plan.values()) * 60, spent)

    # -- editing the plan ------------------------------------------------------------------
    def set_draaiboek_tekst(self, veld: str, tekst: str) -> None:
        """Doel, kader or proces, stored at once."""
        b = self._need()
        self._write(DataKind.DRAAIBOEK, lambda: self._store.set_draaiboek(b.id, **{veld: tekst}))

    def toggle_plan_vraag(self, vraag_id: str) -> None:
        """Choose a question (it goes last in the evening) or unchoose it."""
        rows = self.plan_rows()
        row = next(r for r in rows if r.vraag.id == vraag_id)
        others = [r for r in rows if r.vraag.id != vraag_id]
        chosen = [r for r in others if r.gekozen]
        if not row.gekozen:
            chosen.append(PlanRegel(row.vraag, True, row.minuten))
        self._store_plan(chosen)

    def move_plan_vraag(self, vraag_id: str, delta: int) -> None:
        """Move a chosen question earlier (-1) or later (+1) in the evening."""
        chosen = [r for r in self.plan_rows() if r.gekozen]
        ids = [r.vraag.id for r in chosen]
        if vraag_id not in ids:
            return
        old = ids.index(vraag_id)
        new = min(max(old + delta, 0), len(chosen) - 1)
        if new != old:
            chosen.insert(new, chosen.pop(old))
            self._store_plan(chosen)

    def set_plan_minuten(self, vraag_id: str, minuten: int) -> None:
        """The minutes of a question (chosen or not: they are kept)."""
        rows = self.plan_rows()
        chosen = [
            PlanRegel(r.vraag, True, minuten if r.vraag.id == vraag_id else r.minuten)
            for r in rows
            if r.gekozen
        ]
        if vraag_id in {r.vraag.id for r in chosen}:
            self._store_plan(chosen)

    def _store_plan(self, chosen: list[PlanRegel]) -> None:
        b = self._need()
        keuze = [(r.vraag.id, r.minuten) for r in chosen]
        if (
            self._write(DataKind.DRAAIBOEK, lambda: self._store.set_draaiboek_vragen(b.id, keuze))
            is not None
        ):
            self._load_plan(b.id)
            # the navigator lists the questions again (its views listen to ARCHETYPE)
            self._announce(Change.ARCHETYPE, b.archetype)
            self._after_plan()
            self._announce(Change.TIMER, self.timer.status())

    def _after_plan(self) -> None:
        """The flow keeps the current question inside the evening (see MeetingFlow)."""

    # -- the evening clock -----------------------------------------------------------------
    def _bank_time(self) -> None:
        """Add the question timer's time to the evening's, then set the timer to zero."""
        elapsed = self.timer.status().elapsed_s
        self.timer.reset()
        if self.bijeenkomst is None or elapsed <= 0:
            return
        self._spent_s += elapsed
        try:
            self._store.set_setting(SETTING_AVONDTIJD + self.bijeenkomst.id, str(self._spent_s))
        except WijkpraatError as exc:  # the evening clock must never stop a meeting
            self._announce(Change.ERROR, exc.message)

    def avond_label(self) -> str:
        status = self.avond_status()
        return status.label() if status else ""

    def planned_label(self) -> str:
        """'6 vragen · 1 uur 35 min' for the chosen questions on the Voorbereiden page."""
        chosen = [r for r in self.plan_rows() if r.gekozen]
        total = sum(r.minuten for r in chosen)
        vragen = "1 vraag" if len(chosen) == 1 else f"{len(chosen)} vragen"
        return f"{vragen} · {duur_label(total)}" + (
            "" if self._plan else " (voorstel, nog niet bewaard)"
        )
