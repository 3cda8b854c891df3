"""Work for a widget that is not on screen waits until it is shown.

Opening a bijeenkomst told every console page to load at once, also the five tabs nobody
is looking at: the afspraken page alone checked the whole rolverdeling (about 23 ms of a
250 ms start-up). A page now loads when it is next shown; what it shows is never older
than the moment it appears, because the load runs on the Show event, before the first
paint of the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs work now when `widget` is (or will be, once its window shows) on screen, and
    otherwise at its next Show event; the same key asked twice runs once."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pending: dict[str, Callable[[], object]] = {}
        widget.installEventFilter(self)

    def run(self, key: str, work: Callable[[], object]) -> None:
        if self._widget.isVisibleTo(self._widget.window()):
            self._pending.pop(key, None)
            work()
        else:
            self._pending[key] = work

    def waiting(self, key: str) -> bool:
        return key in self._pending

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self._pending:
            work = list(self._pending.values())
            self._pending.clear()
            for job in work:
                job()
        return False
