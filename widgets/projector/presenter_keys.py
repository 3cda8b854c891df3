"""Presenter-clicker keys for the console and the projector window.

Next, previous, blackout, welcome, start and leave projection; the keys come from the
registry (`widgets/actions.py`). PageUp, PageDown, F5, Esc, Ctrl+B and Ctrl+W always work
(a clicker sends the first ones while the facilitator may be typing, and the facilitator
is nearly always in the inbreng field); the single letters, space and arrows work in the
projector window, and in the console only when focus is not in something that needs
those keys (text fields, lists, buttons, tabs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.meeting.adapter import MeetingState
from widgets import actions
from widgets.actions import Binding, Press

# Keys of the bindings below that work even while typing: none of them types a character.
ALWAYS = ("PgDown", "PgUp", "F5", "Esc", "Ctrl+B", "Ctrl+W")
KEY_USERS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QAbstractButton,
    QTabBar,
)


class PresenterKeys(QObject):
    """Application-wide event filter; `windows` are the console and the projector."""

    def __init__(
        self,
        state: MeetingState,
        *,
        start_projection: Callable[[], None],
        stop_projection: Callable[[], None],
        windows: Callable[[], list[QWidget]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.start_projection = start_projection
        self.stop_projection = stop_projection
        self.windows = windows
        self.bindings: dict[Binding, Callable[[], None]] = {
            actions.NEXT_SLIDE: lambda: self.state.advance(+1),
            actions.PREVIOUS_SLIDE: lambda: self.state.advance(-1),
            actions.START_PROJECTION: self.start_projection,
            actions.STOP_PROJECTION: self.stop_projection,
            actions.BLACKOUT: lambda: self.state.toggle_blackout(),
            actions.WELCOME: lambda: self.state.toggle_welcome(),
            actions.WOORDEN: lambda: self.state.toggle_woorden(),
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (paints too): the isinstance check
        # comes first, because asking a PySide event for its type makes an enum object.
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        press = Press.of(event)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and not any(
            "+" in k[1:] and press.matches(k) for k in ALWAYS
        ):
            return False  # other Ctrl/Alt/Shift combinations belong to the console
        window = watched.window() if isinstance(watched, QWidget) else None
        ours = self.windows()
        if window is None or window not in ours or QApplication.activeModalWidget() is not None:
            return False
        in_projector = window is not ours[0]
        # The widget the key goes to (normally the focus widget) decides whether it needs it.
        busy = isinstance(watched, KEY_USERS) and not in_projector
        if busy and not any(press.matches(k) for k in ALWAYS):
            return False
        action = self.action_for(press)
        if action is None:
            return False
        action()
        return True

    def action_for(self, event: QKeyEvent | Press) -> Callable[[], None] | None:
        """What a key press does now: nothing without a bijeenkomst, Esc only to stop."""
        if self.state.bijeenkomst is None:
            return None
        press = event if isinstance(event, Press) else Press.of(event)
        binding = next((b for b in self.bindings if b.matches(press)), None)
        if binding is None:
            return None
        if binding is actions.STOP_PROJECTION and self.state.projection.mode == "uit":
            return None
        return self.bindings[binding]
