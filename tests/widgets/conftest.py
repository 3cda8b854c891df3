"""The main window on a fresh store, shown (offscreen), as most widget tests start."""

from __future__ import annotations

import pytest

from app.content import default_pack
from widgets.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store, default_pack())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
