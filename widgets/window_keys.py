"""The window's keys come before a text field's own editing keys.

On X11, Qt's line edits, text edits and spin boxes claim some Ctrl combinations for
emacs-style editing (Ctrl+E: end of line, Ctrl+H: delete a character) before any
shortcut sees them, so Ctrl+E did nothing while the cursor was in the inbreng field (found
by trying the app under Xvfb; the offscreen platform has no such bindings). The keys of
the registry that work in the whole window, or in the inbreng field, with Ctrl or Alt,
do what F1 says there too. The keys of the inbreng list (Ctrl+Z among them) are left to
the fields: there they keep their usual meaning.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from widgets.actions import ALL, Press, Where

FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
WINDOW_WIDE = (Where.OVERZICHT, Where.CONSOLE, Where.OVERAL, Where.INVOERVELD)


class WindowKeysFirst(QObject):
    """An application event filter: a ShortcutOverride for one of our Ctrl/Alt keys, sent
    to a field of `window`, is not handed to the field, so the shortcut fires."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.keys = [
            key
            for binding in ALL
            if binding.where in WINDOW_WIDE
            for key in binding.keys
            if "Ctrl+" in key or "Alt+" in key
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap checks come first.
        if not isinstance(event, QKeyEvent) or not isinstance(watched, FIELDS):
            return False
        if event.type() != QEvent.Type.ShortcutOverride or watched.window() is not self.window:
            return False
        press = Press.of(event)
        return any(press.matches(key) for key in self.keys)
