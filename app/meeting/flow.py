"""The live meeting as a plain state machine: no Qt, tested without a Qt application.

`MeetingFlow` opens a bijeenkomst, moves between pages and questions, runs the question
timer, the projection (with its clicker) and the speaking round. The state it moves and
the way it announces changes are in core.py, reads and edits in reads.py and writes.py.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.content import Vraag
from app.errors import WijkpraatError
from app.meeting.core import (
    PROJECTION_MODES,
    STAP_OF_VIEW,
    VIEW_OF_STAP,
    VIEWS,
    Change,
    DataKind,
)
from app.meeting.notes import MeetingNotes
from app.meeting.plan import MeetingPlan
from app.meeting.rows import RowEdit, RowOp
from app.meeting.speaking_round import RoundSummary, SpeakingRound, Turn
from app.meeting.tafels import MeetingTafels
from app.meeting.timer import TimerStatus
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store
from app.store.records import Deelnemer

# instelling key (+ bijeenkomst id): "kern" (opening + kernvragen, the default) or "alle"
SETTING_VRAGEN = "vragen:"


class MeetingFlow(MeetingTafels, MeetingPlan, MeetingNotes):
    """The live meeting; see core.MeetingCore for the state and the announcements."""

    def replace_store(self, store: Store) -> None:
        """Use another open store for the same file (after a backup was put back)."""
        self._store = store
        self._rows.forget()
        if self.bijeenkomst is not None:
            self.open_bijeenkomst(self.bijeenkomst.id, self.view)

    # -- opening ------------------------------------------------------------------------
    def open_bijeenkomst(self, bijeenkomst_id: str, view: str | None = None) -> None:
        b = self._store.bijeenkomst(bijeenkomst_id)
        self._bank_time()  # the time so far belongs to the bijeenkomst that was open
        self.bijeenkomst = b
        self.gebied = self._store.gebied(b.gebied_id)
        self._undo.clear()
        self._rows.forget()  # read the questions' inbreng afresh (after an import, say)
        self._draft_themes = []
        self._load_vragen_keuze(b.id)
        self._load_plan(b.id)
        self.reset_timer()
        self._remember(SETTING_BIJEENKOMST, b.id)
        self._announce(Change.BIJEENKOMST, b)
        self._announce(Change.ARCHETYPE, b.archetype)
        self.set_view(view if view in VIEWS else VIEW_OF_STAP[b.stap])
        questions = self.questions()
        vraag = self._known_vraag(b.huidige_vraag) or (questions[0] if questions else None)
        self._show_question(vraag)

    def close_bijeenkomst(self) -> None:
        self.stop_round()
        self._bank_time()
        self.bijeenkomst = None
        self._plan = {}
        self.gebied = None
        self.vraag = None
        self.reset_timer()
        self._remember(SETTING_BIJEENKOMST, None)
        self._announce(Change.BIJEENKOMST, None)
        self._announce(Change.QUESTION, None)

    def restore_last(self) -> bool:
        """Reopen where the facilitator was (after a restart, a crash or a kill)."""
        bijeenkomst_id = self._store.get_setting(SETTING_BIJEENKOMST)
        if not bijeenkomst_id:
            return False
        try:
            self._store.bijeenkomst(bijeenkomst_id)
        except WijkpraatError:
            return False
        self.open_bijeenkomst(bijeenkomst_id, self._store.get_setting(SETTING_VIEW))
        return True

    def refresh(self) -> None:
        """Re-read the open bijeenkomst (after an edit of its own fields)."""
        if self.bijeenkomst:
            self.bijeenkomst = self._store.bijeenkomst(self.bijeenkomst.id)
            self.gebied = self._store.gebied(self.bijeenkomst.gebied_id)
            self._load_plan(self.bijeenkomst.id)

    # -- other writers -------------------------------------------------------------------
    def check_outside_changes(self) -> bool:
        """Whether another window or process changed the database since the last look
        (PRAGMA data_version); if so every view re-reads what it shows."""
        try:
            version = self._store.data_version()
        except WijkpraatError:
            return False
        if version is None:
            return False
        first, changed = self._seen_version is None, version != self._seen_version
        self._seen_version = version
        if first or not changed:
            return False
        if self.bijeenkomst is not None:
            try:
                self.refresh()
            except WijkpraatError:
                return False
        self._rows.forget()  # the question's inbreng may have changed too: read it again
        self._announce(Change.ROWS, RowEdit(RowOp.RESET))
        for kind in DataKind:
            self._announce(Change.DATA, kind)
        self._announce(Change.OUTSIDE)
        return True

    def watch(self) -> None:
        """Once a second and when the window gets focus: try again what is not saved yet,
        then look for changes by other writers."""
        if self.has_unsaved():
            self.retry_unsaved()
        self.check_outside_changes()

    # -- navigation ------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(view)
        self.view = view
        self._remember(SETTING_VIEW, view)
        b = self.bijeenkomst
        # The stap only moves forward by itself: looking back at a question in stap 2
        # does not make the bijeenkomst a stap-1 meeting again.
        if b and STAP_OF_VIEW[view] > b.stap and view in VIEW_OF_STAP.values():
            self.update_bijeenkomst(stap=STAP_OF_VIEW[view])
        self._announce(Change.VIEW, view)

    def questions(self) -> list[Vraag]:
        """The questions of stap 1 for the chosen archetype, in praatplaat order: the
        opening and the kernvragen (one evening), or all of them when asked for. A
        question that already has inbreng is always there. With a draaiboek its
        questions come first, in its order, and stand for the opening and kernvragen."""
        archetype = self.bijeenkomst.archetype if self.bijeenkomst else None
        asked = [v for v in self.pack.vragen() if self.pack.asks(v, archetype)]
        if self._plan:
            planned = self.planned_questions()
            rest = [v for v in asked if v.id not in self._plan]
            if not self.alle_vragen:
                rest = [v for v in rest if v.id in self._answered]
            return planned + rest
        if self.alle_vragen:
            return asked
        evening = {v.id for v in self.pack.avond()} | self._answered
        return [v for v in asked if v.id in evening]

    def _load_vragen_keuze(self, bijeenkomst_id: str) -> None:
        self._answered = {
            v.id
            for vraag_id in self._store.vragen_met_inbreng(bijeenkomst_id)
            if (v := self._known_vraag(vraag_id))
        }
        keuze = self._store.get_setting(SETTING_VRAGEN + bijeenkomst_id)
        self.alle_vragen = keuze == "alle"

    def _after_plan(self) -> None:
        """A new draaiboek: a current question it leaves out gives way to its first one."""
        questions = self.questions()
        if questions and self.vraag not in questions:
            self._show_question(questions[0])

    def set_alle_vragen(self, alle: bool) -> None:
        """Only the opening and the kernvragen (False), or every question (True)."""
        b = self._need()
        self.alle_vragen = alle
        self._remember(SETTING_VRAGEN + b.id, "alle" if alle else "kern")
        # the list of questions changed; views that list them listen to ARCHETYPE
        self._announce(Change.ARCHETYPE, b.archetype)

    def set_question(self, vraag_id: str) -> None:
        vraag = self.pack.vraag(vraag_id)
        if self.bijeenkomst is None:
            return
        self._show_question(vraag)
        self.update_bijeenkomst(huidige_vraag=vraag.id)

    def next_question(self) -> None:
        self._step(+1)

    def previous_question(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        qs = self.questions()
        if not qs:
            return
        ids = [q.id for q in qs]
        pos = ids.index(self.vraag.id) if self.vraag and self.vraag.id in ids else -delta
        new = min(max(pos + delta, 0), len(qs) - 1)
        if self.vraag is None or qs[new].id != self.vraag.id:
            self.set_question(qs[new].id)

    def _show_question(self, vraag: Vraag | None) -> None:
        changed = vraag != self.vraag
        if changed:
            self._bank_time()
        self.vraag = vraag
        if changed:
            self.reset_timer()
            if self.round is not None:
                self.round.vraag_id = vraag.id if vraag else None
        self._announce(Change.QUESTION, vraag)

    def _known_vraag(self, vraag_id: str | None) -> Vraag | None:
        if not vraag_id:
            return None
        try:
            return self.pack.vraag(vraag_id)
        except KeyError:
            return None

    def set_archetype(self, archetype_id: str | None) -> None:
        if archetype_id is not None:
            self.pack.archetype(archetype_id)  # KeyError for an unknown id: a bug
        if self.update_bijeenkomst(archetype=archetype_id) is not None:
            self._announce(Change.ARCHETYPE, archetype_id)

    # -- timer -------------------------------------------------------------------------
    def start_timer(self, limit_s: int | None = None) -> None:
        """Start (or go on); without a limit given, the draaiboek's minutes of the question."""
        minutes = self.minutes_for()
        if limit_s is None and minutes is not None:
            limit_s = minutes * 60
        self.timer.start(limit_s)
        self._sync_ticker()
        self.tick()

    def pause_timer(self) -> None:
        self.timer.pause()
        self._sync_ticker()
        self.tick()

    def toggle_timer(self, limit_s: int | None = None) -> None:
        if self.timer.running:
            self.pause_timer()
        else:
            self.start_timer(limit_s)

    def reset_timer(self) -> None:
        self._bank_time()  # the evening keeps the time; the question starts at zero
        self._sync_ticker()
        self.tick()

    def _sync_ticker(self) -> None:
        """Tick once a second while the question timer or a speaking turn runs."""
        self._ticking(
            self.timer.running or (self.round is not None and self.round.current is not None)
        )

    def tick(self) -> TimerStatus:
        status = self.timer.status()
        self._announce(Change.TIMER, status)
        if self.round is not None:
            self._announce(Change.ROUND, self.round.status())
        return status

    # -- projection ----------------------------------------------------------------------
    def set_projection(self, mode: str | None = None, **flags: bool) -> None:
        """Change what the room sees: mode and/or show_inbreng / show_names."""
        if mode is not None and mode not in PROJECTION_MODES:
            raise ValueError(mode)
        changes: dict[str, Any] = dict(flags)
        if mode is not None:
            changes["mode"] = mode
        self.projection = dataclasses.replace(self.projection, **changes)
        self._announce(Change.PROJECTION, self.projection)

    def toggle_blackout(self) -> None:
        self.set_projection("live" if self.projection.mode == "zwart" else "zwart")

    def toggle_woorden(self) -> None:
        """The glossary on the projector, or back to the question."""
        self.set_projection(show_woorden=not self.projection.show_woorden)

    def toggle_welcome(self) -> None:
        self.set_projection("live" if self.projection.mode == "welkom" else "welkom")

    def start_projection(self) -> None:
        """F5: to the room. From "uit" the room first sees the welcome, from black the live
        view; what it already shows stays."""
        mode = {"uit": "welkom", "zwart": "live"}.get(self.projection.mode)
        self.set_projection(mode, rehearsal=False)

    def preview_projection(self) -> None:
        """Rehearsal: the room view in a window beside the console, live if it was off."""
        self.set_projection("live" if self.projection.mode == "uit" else None, rehearsal=True)

    def stop_projection(self) -> None:
        self.set_projection("uit")

    def advance(self, delta: int) -> None:
        """A clicker's next (+1) or previous (-1): from the welcome or the black screen it
        first shows the current question live, then moves between questions."""
        if self.projection.mode in ("welkom", "zwart"):
            self.set_projection("live")
        elif delta > 0:
            self.next_question()
        else:
            self.previous_question()

    # -- deelnemers and the speaking round ---------------------------------------------------
    def add_deelnemer(self, label: str) -> Deelnemer | None:
        b = self._need()
        added = self._write(DataKind.DEELNEMER, lambda: self._store.add_deelnemer(b.id, label))
        if added is not None and self.round is not None:
            self.round.add(added)
            self._announce(Change.ROUND, self.round.status())
        return added

    def start_round(self, limit_s: int | None = None) -> bool:
        """Start a round on the current question; False when nobody is in the circle."""
        deelnemers = self.deelnemers()
        if not deelnemers:
            self._announce(Change.ERROR, "Voeg eerst deelnemers toe (voornaam of stoelnummer).")
            return False
        self.stop_round()
        self.round = SpeakingRound(
            deelnemers,
            vraag_id=self.vraag.id if self.vraag else None,
            limit_s=limit_s,
            clock=self._clock,
            on_turn=self._store_turn,
        )
        self.round.next_speaker()
        self._round_changed()
        return True

    def next_speaker(self, deelnemer_id: str | None = None) -> None:
        if self.round is None:
            return
        if deelnemer_id is None:
            self.round.next_speaker()
        else:
            self.round.give_turn(deelnemer_id)
        self._round_changed()

    def pass_turn(self) -> None:
        if self.round is not None:
            self.round.pass_turn()
            self._round_changed()

    def stop_round(self) -> RoundSummary | None:
        if self.round is None:
            return None
        summary = self.round.stop()
        self.round = None
        self._round_changed()
        self._announce(Change.ROUND_FINISHED, summary)
        return summary

    def _round_changed(self) -> None:
        self._sync_ticker()
        self._announce(Change.ROUND, self.round.status() if self.round else None)

    def _store_turn(self, turn: Turn) -> None:
        b = self._need()
        vraag_id = self.round.vraag_id if self.round else None
        self._write(
            DataKind.SPREEKBEURT,
            lambda: self._store.add_spreekbeurt(
                b.id,
                turn.deelnemer_id,
                vraag_id=vraag_id,
                start=turn.start,
                duur_s=turn.duur_s,
                gepast=turn.gepast,
            ),
        )
