"""Presenter-clicker keys for the console and the projector window.

PageDown / Right / Space next, PageUp / Left previous, B or . blackout, W welcome,
F5 start projection, Esc leave projection. PageUp, PageDown and F5 always work (a clicker
sends them while the facilitator may be typing); the other keys work in the projector
window, and in the console only when focus is not in something that needs those keys
(text fields, lists, buttons, tabs).
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

ALWAYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F5}
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl/Alt/Shift combinations belong to the console
        window = watched.window() if isinstance(watched, QWidget) else None
        ours = self.windows()
        if window is None or window not in ours or QApplication.activeModalWidget() is not None:
            return False
        key = Qt.Key(event.key())
        in_projector = window is not ours[0]
        # The widget the key goes to (normally the focus widget) decides whether it needs it.
        busy = isinstance(watched, KEY_USERS) and not in_projector
        if busy and key not in ALWAYS:
            return False
        action = self._action(key, event.text())
        if action is None:
            return False
        action()
        return True

    def _action(self, key: Qt.Key, text: str) -> Callable[[], None] | None:
        s = self.state
        if s.bijeenkomst is None:
            return None
        projecting = s.projection.mode != "uit"
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
            return lambda: s.advance(+1)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            return lambda: s.advance(-1)
        if key == Qt.Key.Key_F5:
            return self.start_projection
        if key == Qt.Key.Key_Escape and projecting:
            return self.stop_projection
        if key == Qt.Key.Key_B or text == ".":
            return s.toggle_blackout
        if key == Qt.Key.Key_W:
            return s.toggle_welcome
        return None
