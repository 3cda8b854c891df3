"""`MeetingState`: the meeting flow as a QObject, so views connect to Qt signals.

The only module in app/ that imports Qt, and only QtCore. It adds no logic to the flow:
it turns each announced `Change` into its signal and keeps the one-second tick.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.content import ContentPack
from app.meeting.core import Change
from app.meeting.flow import MeetingFlow
from app.meeting.timer import Clock
from app.store import Store

WATCH_MS = 1000


class MeetingState(QObject, MeetingFlow):
    """The live meeting (see MeetingFlow) with a signal per kind of change.

    Signals:
        bijeenkomst_changed(object): the opened Bijeenkomst, or None
        view_changed(str): one of VIEWS
        question_changed(object): the current Vraag, or None
        archetype_changed(object): the chosen archetype id, or None
        data_changed(object): a DataKind, what was written
        rows_changed(object): a RowEdit, one row of the current question's inbreng
        saved(str): local time of the last successful write, "HH:MM:SS"
        error(str): a Dutch message for a write that failed
        timer_changed(object): TimerStatus
        projection_changed(object): Projection
        round_changed(object): RoundStatus, or None when no round runs
        round_finished(object): RoundSummary of a round that was stopped
        unsaved(object): Dutch text of what is typed but not saved yet, or None
        outside_changed(): another window or process changed the database
    """

    bijeenkomst_changed = Signal(object)
    view_changed = Signal(str)
    question_changed = Signal(object)
    archetype_changed = Signal(object)
    data_changed = Signal(object)
    rows_changed = Signal(object)
    saved = Signal(str)
    error = Signal(str)
    timer_changed = Signal(object)
    projection_changed = Signal(object)
    round_changed = Signal(object)
    round_finished = Signal(object)
    unsaved = Signal(object)
    outside_changed = Signal()

    def __init__(
        self,
        store: Store,
        pack: ContentPack,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        # PySide6 passes the keywords QObject does not know on to MeetingFlow.__init__
        # (cooperative multiple inheritance); its stubs only know QObject's own.
        super().__init__(parent, store=store, pack=pack, clock=clock)  # type: ignore[call-arg]
        self._signals = {
            Change.BIJEENKOMST: self.bijeenkomst_changed,
            Change.VIEW: self.view_changed,
            Change.QUESTION: self.question_changed,
            Change.ARCHETYPE: self.archetype_changed,
            Change.DATA: self.data_changed,
            Change.ROWS: self.rows_changed,
            Change.SAVED: self.saved,
            Change.ERROR: self.error,
            Change.TIMER: self.timer_changed,
            Change.PROJECTION: self.projection_changed,
            Change.ROUND: self.round_changed,
            Change.ROUND_FINISHED: self.round_finished,
            Change.UNSAVED: self.unsaved,
        }
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        # Retries what is not saved yet and notices other writers (PRAGMA data_version).
        self._watcher = QTimer(self)
        self._watcher.setInterval(WATCH_MS)
        self._watcher.timeout.connect(self.watch)
        self._watcher.start()
        self.check_outside_changes()  # the version to compare with
        if self.has_unsaved():  # text a killed run left in the journal: save it first
            QTimer.singleShot(0, self.watch)

    def _announce(self, change: Change, payload: Any = None) -> None:
        super()._announce(change, payload)
        if change is Change.OUTSIDE:
            self.outside_changed.emit()
        else:
            self._signals[change].emit(payload)

    def _ticking(self, needed: bool) -> None:
        if needed and not self._ticker.isActive():
            self._ticker.start()
        elif not needed:
            self._ticker.stop()
