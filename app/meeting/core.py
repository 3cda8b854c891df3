"""The meeting's state and how changes are announced; the base of the flow's parts.

`MeetingCore` holds what the console and the projector both show (the open bijeenkomst,
page, question, timer, projection, round) and announces every change as a `Change` to
its listeners. reads.py, writes.py and flow.py add what a meeting does with it; no Qt
here: `app.meeting.adapter.MeetingState` turns the announcements into signals.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.content import ContentPack, Vraag, wording
from app.errors import WijkpraatError
from app.meeting.rows import InbrengRows
from app.meeting.speaking_round import SpeakingRound
from app.meeting.timer import Clock, QuestionTimer
from app.meeting.unsaved import Unsaved
from app.store import Store
from app.store.journal import Journal, journal_path
from app.store.records import (
    Bijeenkomst,
    Gebied,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# The console's pages; the stap of the bijeenkomst follows the page. Voorbereiden (the
# draaiboek) comes before stap 1 and has its own key; Ctrl+1…6 open NUMBERED_VIEWS.
VIEWS = ("voorbereiden", "bespreken", "archetype", "kompas", "rollen", "afspraken", "evalueren")
NUMBERED_VIEWS = VIEWS[1:]
STAP_OF_VIEW = {
    "voorbereiden": 1,
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
    """What the room sees. `show_names` is the facilitator's visible "toon namen" switch;
    `rehearsal` says the room view is a practice window beside the console (F6)."""

    mode: str = "uit"  # uit | welkom | live | zwart
    show_inbreng: bool = True
    show_names: bool = False
    rehearsal: bool = False
    show_woorden: bool = False  # the glossary in B1 instead of the question (key G)
    show_plenair: bool = False  # the plenaire terugkoppeling: what each tafel said


@dataclass(frozen=True)
class RadarPoint:
    """One kompas waarde on the radar: its title and the nu and doel scores (1–5)."""

    label: str
    nu: int | None
    doel: int | None


class Change(enum.Enum):
    """What a listener is told about; the payload is given per member."""

    BIJEENKOMST = enum.auto()  # the opened Bijeenkomst, or None
    VIEW = enum.auto()  # one of VIEWS
    QUESTION = enum.auto()  # the current Vraag, or None
    ARCHETYPE = enum.auto()  # the chosen archetype id, or None
    DATA = enum.auto()  # a DataKind: what was written
    ROWS = enum.auto()  # a RowEdit: one row of the current question's inbreng, before DATA
    SAVED = enum.auto()  # local time of the last successful write, "HH:MM:SS"
    ERROR = enum.auto()  # a Dutch message for a write that failed
    TIMER = enum.auto()  # TimerStatus
    PROJECTION = enum.auto()  # Projection
    ROUND = enum.auto()  # RoundStatus, or None when no round runs
    ROUND_FINISHED = enum.auto()  # RoundSummary of a round that was stopped
    UNSAVED = enum.auto()  # Dutch text of what is typed but not saved yet, or None
    OUTSIDE = enum.auto()  # another window or process changed the database (no payload)


class DataKind(enum.StrEnum):
    """Which rows a write changed, so that a view re-reads only what it shows."""

    BIJEENKOMST = "bijeenkomst"
    INBRENG = "inbreng"
    STEMMING = "stemming"
    KOMPAS = "kompas"
    ROLLEN = "rollen"
    WITTE_VLEK = "witte_vlek"
    AFSPRAAK = "afspraak"
    EVALUATIE = "evaluatie"
    DEELNEMER = "deelnemer"
    SPREEKBEURT = "spreekbeurt"
    TAFEL = "tafel"  # the tafels, or the tafel inbreng is typed for
    DRAAIBOEK = "draaiboek"
    NOTITIE = "notitie"  # a private note (of a question or of the bijeenkomst)
    FOTO = "foto"


Listener = Callable[[Change, Any], None]


class MeetingCore:
    """The state of the live meeting. Listeners are called as listener(change, payload)."""

    def __init__(self, *, store: Store, pack: ContentPack, clock: Clock = time.monotonic) -> None:
        self._store = store
        self.pack = pack
        self.listeners: list[Listener] = []
        self.bijeenkomst: Bijeenkomst | None = None
        self.gebied: Gebied | None = None
        self.view = "bespreken"
        self.vraag: Vraag | None = None
        self._undo: list[str] = []
        self.alle_vragen = False  # True: every question, not only the opening + kernvragen
        self._answered: set[str] = set()  # questions of the open bijeenkomst with inbreng
        # The current question's inbreng, read once and then changed row by row.
        self._rows = InbrengRows()
        self.timer = QuestionTimer(clock)
        self._plan: dict[str, int] = {}  # the draaiboek: vraag id -> minutes, in order
        self._spent_s = 0  # seconds the question timer ran this evening before now
        self._clock = clock
        self.projection = Projection()
        self.round: SpeakingRound | None = None
        # Themes typed in the rolverdeling before any role is set for them.
        self._draft_themes: list[str] = []
        # Typed text the database does not have yet (busy, disk full), journaled.
        self._unsaved = Unsaved(None if store.readonly else Journal(journal_path(store.path)))
        self._seen_version: int | None = None  # PRAGMA data_version last seen

    def _announce(self, change: Change, payload: Any = None) -> None:
        for listener in list(self.listeners):
            listener(change, payload)

    def _ticking(self, needed: bool) -> None:
        """Whether something runs that wants a tick a second; the adapter keeps a timer."""

    @property
    def soort(self) -> str:
        return self.gebied.soort if self.gebied else "wijk"

    def text(self, content_text: str) -> str:
        """Content text with wijk/dorp wording for the open gebied."""
        return wording(content_text, self.soort)

    def _write(self, kind: DataKind, action: Callable[[], T]) -> T | None:
        """Run one store write; announce it, or report a known failure in Dutch."""
        try:
            result = action()
        except WijkpraatError as exc:
            log.warning("write failed (%s): %s", kind, exc.message)
            self._announce(Change.ERROR, exc.message)
            return None
        self._announce(Change.DATA, kind)
        self._announce(Change.SAVED, time.strftime("%H:%M:%S"))
        return result

    def _need(self) -> Bijeenkomst:
        if self.bijeenkomst is None:
            raise RuntimeError("no bijeenkomst is open")
        return self.bijeenkomst

    def _remember(self, key: str, value: str | None) -> None:
        try:
            if self._store.get_setting(key) != value:  # no needless write (and no start-up cost)
                self._store.set_setting(key, value)
        except WijkpraatError as exc:  # remembering the place must never stop a meeting
            self._announce(Change.ERROR, exc.message)
