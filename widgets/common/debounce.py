"""Save-as-you-go for typed text: write ~0.3 s after the last key, and on leaving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 300  # well inside the 0.5 s promise, long enough not to write every key


class Debouncer(QObject):
    """Calls `action` once typing pauses; `flush()` writes what is pending now."""

    def __init__(self, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._fire)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    @property
    def waiting(self) -> bool:
        """Whether typed text waits for the pause before it is written."""
        return self._timer.isActive()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._action()
