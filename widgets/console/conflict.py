"""A field changed by another window or program while the facilitator was typing in it:
both versions are shown, and the facilitator chooses."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.store.records import Afspraak
from widgets.common.debounce import Debouncer

if TYPE_CHECKING:
    from app.meeting.adapter import MeetingState


class ConflictBar(QFrame):
    """'Ondertussen veranderde … in “…”.' with [Neem die over] and [Houd mijn tekst]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Twee versies")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton("Neem die over")
        self.keep_button = QPushButton("Houd mijn tekst")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.keep_button)
        self.take_button.clicked.connect(lambda: self._choose(self._on_take))
        self.keep_button.clicked.connect(lambda: self._choose(self._on_keep))
        self._on_take: Callable[[], None] | None = None
        self._on_keep: Callable[[], None] | None = None
        self.hide()

    def offer(
        self,
        field: str,
        mine: str,
        theirs: str,
        on_take: Callable[[], None],
        on_keep: Callable[[], None] | None = None,
    ) -> None:
        """Show both versions of `field`; `on_take` puts theirs in the field, `on_keep`
        saves the facilitator's own."""
        self.text.setText(
            f"Ondertussen veranderde een ander venster of programma ‘{field}’ in: “{theirs}”. "
            f"Uw tekst: “{mine}”. Welke blijft?"
        )
        self._on_take, self._on_keep = on_take, on_keep
        self.show()

    def _choose(self, action: Callable[[], None] | None) -> None:
        self.hide()
        if action is not None:
            action()


class TwoVersions:
    """For the afspraak editor: changes by another window or program appear in the
    fields, and a field the facilitator changed too shows both versions instead."""

    state: MeetingState
    current: Afspraak | None
    conflict: ConflictBar
    _debouncer: Debouncer
    _loading: bool

    def _show_changes_from_elsewhere(self, before: Afspraak | None) -> None:
        """Show a field's new stored text (another window, an import). When the
        facilitator is typing in that very field, show both versions to choose from."""
        now = self.current
        if now is None or before is None or before.id != now.id:
            return
        for name in ("wat", "wie", "wanneer"):
            edit: QLineEdit = getattr(self, name)
            theirs, old, mine = getattr(now, name), getattr(before, name), edit.text()
            if mine == theirs:
                continue
            if mine == old:
                self._set_text(edit, theirs)  # not typed in: show the new text
            elif theirs != old:
                # Both changed it. A save still waiting must not win unseen, so it keeps
                # starting from `old` (and then shows both again instead of writing).
                self.current = now = dataclasses.replace(now, **{name: old})
                self._offer_both(name, mine, theirs)

    def _set_text(self, edit: QLineEdit, value: str) -> None:
        self._loading = True
        position = edit.cursorPosition()
        edit.setText(value)
        edit.setCursorPosition(min(position, len(value)))
        self._loading = False

    def _take(self, edit: QLineEdit, theirs: str) -> None:
        """The facilitator chose the other version: it stays, nothing of theirs is sent."""
        self._debouncer.cancel()
        self._set_text(edit, theirs)

    def _offer_both(self, name: str, mine: str, theirs: str) -> None:
        edit: QLineEdit = getattr(self, name)
        started_from: dict[str, Any] = {name: theirs}

        def take() -> None:
            self._take(edit, theirs)
            if self.current is not None:  # theirs is now the version started from
                self.current = dataclasses.replace(self.current, **started_from)

        def keep() -> None:
            if self.current is not None:
                self.current = dataclasses.replace(self.current, **started_from)
                self.state.update_afspraak(self.current.id, **{name: edit.text()})

        self.conflict.offer(name, mine, theirs, take, keep)
