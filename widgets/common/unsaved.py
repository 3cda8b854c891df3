"""The status bar's "Nog niet opgeslagen" line and the question before leaving."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from widgets.common.themes import error_colour

if TYPE_CHECKING:
    from app.meeting.adapter import MeetingState


READONLY_TEXT = (
    "Alleen-lezen geopend: Wijkpraat mag dit bestand niet veranderen, dus wat u nu "
    "wijzigt wordt niet opgeslagen. Kopieer het bestand naar een map waar u mag "
    "schrijven (bijvoorbeeld Documenten) en open het daar."
)


class UnsavedLabel(QLabel):
    """What is typed but not saved yet (the database busy, the disk full): visible in
    the status bar until it is saved, whatever other messages come and go."""

    def __init__(self, parent: QWidget | None = None, *, fixed: str | None = None) -> None:
        super().__init__(parent)
        self.fixed = fixed  # shown whenever nothing is pending (a read-only database)
        self.setObjectName("nietOpgeslagen")
        self.setWordWrap(True)
        self.setAccessibleName("Nog niet opgeslagen")
        self.hide()

    def show_text(self, text: str | None) -> None:
        text = text or self.fixed
        self.setText(text or "")
        self.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.setVisible(bool(text))


def confirm_leave_unsaved(parent: QWidget, text: str) -> bool:
    """Ask before leaving while typed text is not saved yet."""
    answer = QMessageBox.question(
        parent,
        "Nog niet opgeslagen",
        f"{text}\n\nToch doorgaan? De tekst blijft bewaard naast de database en wordt "
        "opgeslagen zodra het kan, ook als u Wijkpraat later opnieuw start.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class UnsavedGuard(QObject):
    """For the main window: the "Nog niet opgeslagen" line, a look for other writers
    whenever the window becomes active, and the question before leaving with unsaved
    text. `on_outside` runs when another window or process changed the database."""

    def __init__(
        self, window: QMainWindow, on_outside: Callable[[], None], *, readonly: bool = False
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_outside = on_outside
        self._state: MeetingState | None = None
        self.label = UnsavedLabel(fixed=READONLY_TEXT if readonly else None)
        window.statusBar().addPermanentWidget(self.label, 1)
        window.installEventFilter(self)
        self.label.show_text(None)

    def attach(self, state: MeetingState) -> None:
        self._state = state
        state.unsaved.connect(self.label.show_text)
        state.outside_changed.connect(self._outside)
        self.label.show_text(state.unsaved_text())

    def _outside(self) -> None:
        self._on_outside()
        self._window.statusBar().showMessage(
            "De gegevens zijn bijgewerkt door een ander venster of programma.", 10000
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Back to this window (from another one, or another program): look at once.
        if (
            watched is self._window
            and event.type() == QEvent.Type.ActivationChange
            and self._window.isActiveWindow()
            and self._state is not None
        ):
            self._state.watch()
        return False

    confirm = staticmethod(confirm_leave_unsaved)  # tests replace this

    def may_leave(self, flush: Callable[[], None] | None) -> bool:
        """True when nothing typed is unsaved (after `flush` and one more try), or the
        facilitator chose to go on."""
        if flush is not None:
            flush()
        state = self._state
        if state is None or not state.has_unsaved() or state.retry_unsaved():
            return True
        return self.confirm(self._window, state.unsaved_text() or "")
