"""The live meeting: one QObject that the console and the projector both observe.

This is the only module in app/ that may import Qt, and only QtCore (for signals and the
timer tick). Every change goes through the store at once; views never write themselves.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.congruence import Bevinding, check
from app.content import ContentPack, Vraag, wording
from app.errors import WijkpraatError
from app.records import Afspraak, Bijeenkomst, Deelnemer, Gebied, Inbreng
from app.speaking_round import RoundSummary, SpeakingRound, Turn
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store
from app.timer import Clock, QuestionTimer, TimerStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

# The console's pages; the stap of the bijeenkomst follows the page.
VIEWS = ("bespreken", "archetype", "kompas", "rollen", "afspraken", "evalueren")
STAP_OF_VIEW = {
    "bespreken": 1,
    "archetype": 1,
    "kompas": 1,
    "rollen": 1,
    "afspraken": 2,
    "evalueren": 3,
}
VIEW_OF_STAP = {1: "bespreken", 2: "afspraken", 3: "evalueren"}
PROJECTION_MODES = ("uit", "welkom", "live", "zwart")


@dataclass(frozen=True)
class Projection:
    """What the room sees. `show_names` is the facilitator's visible "toon namen" switch."""

    mode: str = "uit"  # uit | welkom | live | zwart
    show_inbreng: bool = True
    show_names: bool = False


class MeetingState(QObject):
    """Current bijeenkomst, page, question, archetype and timer of the live meeting.

    Signals:
        bijeenkomst_changed(object): the opened Bijeenkomst, or None
        view_changed(str): one of VIEWS
        question_changed(object): the current Vraag, or None
        archetype_changed(object): the chosen archetype id, or None
        data_changed(str): what changed ("inbreng", "stemming", "kompas", "rollen",
            "witte_vlek", "afspraak", "evaluatie", "bijeenkomst")
        saved(str): local time of the last successful write, "HH:MM:SS"
        error(str): a Dutch message for a write that failed (nothing else is lost)
        timer_changed(object): TimerStatus
        projection_changed(object): Projection
        round_changed(object): RoundStatus, or None when no round runs
        round_finished(object): RoundSummary of a round that was stopped
    """

    bijeenkomst_changed = Signal(object)
    view_changed = Signal(str)
    question_changed = Signal(object)
    archetype_changed = Signal(object)
    data_changed = Signal(str)
    saved = Signal(str)
    error = Signal(str)
    timer_changed = Signal(object)
    projection_changed = Signal(object)
    round_changed = Signal(object)
    round_finished = Signal(object)

    def __init__(
        self,
        store: Store,
        pack: ContentPack,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.pack = pack
        self.bijeenkomst: Bijeenkomst | None = None
        self.gebied: Gebied | None = None
        self.view = "bespreken"
        self.vraag: Vraag | None = None
        self._undo: list[str] = []
        self.timer = QuestionTimer(clock)
        self._clock = clock
        self.projection = Projection()
        self.round: SpeakingRound | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)

    # -- opening ------------------------------------------------------------------------
    @property
    def soort(self) -> str:
        return self.gebied.soort if self.gebied else "wijk"

    def text(self, content_text: str) -> str:
        """Content text with wijk/dorp wording for the open gebied."""
        return wording(content_text, self.soort)

    def open_bijeenkomst(self, bijeenkomst_id: str, view: str | None = None) -> None:
        b = self.store.bijeenkomst(bijeenkomst_id)
        self.bijeenkomst = b
        self.gebied = self.store.gebied(b.gebied_id)
        self._undo.clear()
        self.reset_timer()
        self._remember(SETTING_BIJEENKOMST, b.id)
        self.bijeenkomst_changed.emit(b)
        self.archetype_changed.emit(b.archetype)
        self.set_view(view if view in VIEWS else VIEW_OF_STAP[b.stap])
        vraag = self._known_vraag(b.huidige_vraag) or (self.questions() or [None])[0]
        self._show_question(vraag)

    def close_bijeenkomst(self) -> None:
        self.stop_round()
        self.bijeenkomst = None
        self.gebied = None
        self.vraag = None
        self.reset_timer()
        self._remember(SETTING_BIJEENKOMST, None)
        self.bijeenkomst_changed.emit(None)
        self.question_changed.emit(None)

    def restore_last(self) -> bool:
        """Reopen where the facilitator was (after a restart, a crash or a kill)."""
        bijeenkomst_id = self.store.get_setting(SETTING_BIJEENKOMST)
        if not bijeenkomst_id:
            return False
        try:
            self.store.bijeenkomst(bijeenkomst_id)
        except WijkpraatError:
            return False
        self.open_bijeenkomst(bijeenkomst_id, self.store.get_setting(SETTING_VIEW))
        return True

    def refresh(self) -> None:
        """Re-read the open bijeenkomst (after an edit of its own fields)."""
        if self.bijeenkomst:
            self.bijeenkomst = self.store.bijeenkomst(self.bijeenkomst.id)
            self.gebied = self.store.gebied(self.bijeenkomst.gebied_id)

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
        self.view_changed.emit(view)

    def questions(self) -> list[Vraag]:
        """The questions of stap 1 for the chosen archetype, in praatplaat order."""
        archetype = self.bijeenkomst.archetype if self.bijeenkomst else None
        return [v for v in self.pack.vragen() if self.pack.asks(v, archetype)]

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
        self.vraag = vraag
        if changed:
            self.reset_timer()
            if self.round is not None:
                self.round.vraag_id = vraag.id if vraag else None
        self.question_changed.emit(vraag)

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
            self.archetype_changed.emit(archetype_id)

    # -- writes ------------------------------------------------------------------------
    def _write(self, kind: str, action: Callable[[], T]) -> T | None:
        """Run one store write; announce it, or report a known failure in Dutch."""
        try:
            result = action()
        except WijkpraatError as exc:
            log.warning("write failed (%s): %s", kind, exc.message)
            self.error.emit(exc.message)
            return None
        self.data_changed.emit(kind)
        self.saved.emit(time.strftime("%H:%M:%S"))
        return result

    def _need(self) -> Bijeenkomst:
        if self.bijeenkomst is None:
            raise RuntimeError("no bijeenkomst is open")
        return self.bijeenkomst

    def update_bijeenkomst(self, **changes: Any) -> Bijeenkomst | None:
        b = self._need()

        def action() -> Bijeenkomst:
            # Kept before the announcement, so every view reads the new version.
            self.bijeenkomst = self.store.update_bijeenkomst(b.id, **changes)
            return self.bijeenkomst

        return self._write("bijeenkomst", action)

    def add_inbreng(self, tekst: str, soort: str | None = None) -> Inbreng | None:
        b, vraag = self._need(), self.vraag
        if vraag is None:
            return None
        return self._write("inbreng", lambda: self.store.add_inbreng(b.id, vraag.id, tekst, soort))

    def update_inbreng(self, inbreng_id: str, **changes: Any) -> Inbreng | None:
        return self._write("inbreng", lambda: self.store.update_inbreng(inbreng_id, **changes))

    def move_inbreng(self, inbreng_id: str, delta: int) -> None:
        self._write("inbreng", lambda: self.store.move_inbreng(inbreng_id, delta))

    def delete_inbreng(self, inbreng_id: str) -> None:
        self._undo.append(inbreng_id)  # before the announcement, so views see "can undo"
        if self._write("inbreng", lambda: self.store.delete_inbreng(inbreng_id)) is None:
            self._undo.pop()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_delete(self) -> Inbreng | None:
        """Bring back the inbreng deleted last."""
        if not self._undo:
            return None
        inbreng_id = self._undo.pop()
        return self._write("inbreng", lambda: self.store.restore_inbreng(inbreng_id))

    def inbreng(self) -> list[Inbreng]:
        if self.bijeenkomst is None or self.vraag is None:
            return []
        return self.store.inbreng(self.bijeenkomst.id, self.vraag.id)

    def set_stemming(self, optie: str, aantal: int) -> None:
        b, vraag = self._need(), self.vraag
        if vraag is not None:
            self._write("stemming", lambda: self.store.set_stemming(b.id, vraag.id, optie, aantal))

    def set_kompas(
        self, waarde_id: str, *, nu: int | None, doel: int | None, toelichting: str = ""
    ) -> None:
        b = self._need()
        self._write(
            "kompas",
            lambda: self.store.set_kompas(
                b.id, waarde_id, nu=nu, doel=doel, toelichting=toelichting
            ),
        )

    def set_rol(self, thema: str, taak: str, actoren: list[str]) -> None:
        b = self._need()
        self._write("rollen", lambda: self.store.set_rol(b.id, thema, taak, actoren))

    def add_witte_vlek(
        self, tekst: str, *, waarde_id: str | None = None, bouwsteen_id: str | None = None
    ) -> None:
        b = self._need()
        vraag_id = self.vraag.id if self.vraag else None
        self._write(
            "witte_vlek",
            lambda: self.store.add_witte_vlek(
                b.id, tekst, waarde_id=waarde_id, bouwsteen_id=bouwsteen_id, vraag_id=vraag_id
            ),
        )

    def add_afspraak(self, wat: str, **fields: Any) -> Afspraak | None:
        b = self._need()
        return self._write("afspraak", lambda: self.store.add_afspraak(b.id, wat, **fields))

    def update_afspraak(self, afspraak_id: str, **changes: Any) -> Afspraak | None:
        return self._write("afspraak", lambda: self.store.update_afspraak(afspraak_id, **changes))

    def delete_afspraak(self, afspraak_id: str) -> None:
        self._write("afspraak", lambda: self.store.delete_afspraak(afspraak_id))

    def set_evaluatie(self, afspraak_id: str, status: str, reflectie: str) -> None:
        b = self._need()
        self._write(
            "evaluatie", lambda: self.store.set_evaluatie(b.id, afspraak_id, status, reflectie)
        )

    def findings(self) -> list[Bevinding]:
        """What the congruence panel shows for the open bijeenkomst."""
        if self.bijeenkomst is None:
            return []
        b = self.bijeenkomst
        return check(
            self.pack,
            b.archetype,
            self.store.kompas_scores(b.id),
            self.store.afspraken(b.id),
            self.store.witte_vlekken(b.id),
            self.soort,
        )

    def _remember(self, key: str, value: str | None) -> None:
        try:
            if self.store.get_setting(key) != value:  # no needless write (and no start-up cost)
                self.store.set_setting(key, value)
        except WijkpraatError as exc:  # remembering the place must never stop a meeting
            self.error.emit(exc.message)

    # -- timer -------------------------------------------------------------------------
    def start_timer(self, limit_s: int | None = None) -> None:
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
        self.timer.reset()
        self._sync_ticker()
        self.tick()

    def _sync_ticker(self) -> None:
        """Tick once a second while the question timer or a speaking turn runs."""
        needed = self.timer.running or (self.round is not None and self.round.current is not None)
        if needed and not self._ticker.isActive():
            self._ticker.start()
        elif not needed:
            self._ticker.stop()

    def _on_tick(self) -> None:
        self.tick()

    def tick(self) -> TimerStatus:
        status = self.timer.status()
        self.timer_changed.emit(status)
        if self.round is not None:
            self.round_changed.emit(self.round.status())
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
        self.projection_changed.emit(self.projection)

    def toggle_blackout(self) -> None:
        self.set_projection("live" if self.projection.mode == "zwart" else "zwart")

    def toggle_welcome(self) -> None:
        self.set_projection("live" if self.projection.mode == "welkom" else "welkom")

    # -- deelnemers and the speaking round ---------------------------------------------------
    def deelnemers(self) -> list[Deelnemer]:
        return self.store.deelnemers(self.bijeenkomst.id) if self.bijeenkomst else []

    def add_deelnemer(self, label: str) -> Deelnemer | None:
        b = self._need()
        added = self._write("deelnemer", lambda: self.store.add_deelnemer(b.id, label))
        if added is not None and self.round is not None:
            self.round.add(added)
            self.round_changed.emit(self.round.status())
        return added

    def start_round(self, limit_s: int | None = None) -> bool:
        """Start a round on the current question; False when nobody is in the circle."""
        deelnemers = self.deelnemers()
        if not deelnemers:
            self.error.emit("Voeg eerst deelnemers toe (voornaam of stoelnummer).")
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
        self.round_finished.emit(summary)
        return summary

    def _round_changed(self) -> None:
        self._sync_ticker()
        self.round_changed.emit(self.round.status() if self.round else None)

    def _store_turn(self, turn: Turn) -> None:
        b = self._need()
        vraag_id = self.round.vraag_id if self.round else None
        self._write(
            "spreekbeurt",
            lambda: self.store.add_spreekbeurt(
                b.id,
                turn.deelnemer_id,
                vraag_id=vraag_id,
                start=turn.start,
                duur_s=turn.duur_s,
                gepast=turn.gepast,
            ),
        )
