"""Themes: the dark ones change every control's colours and can be undone."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox

from app.content import default_pack
from widgets.common.themes import THEMES
from widgets.main_window import SETTING_THEME, MainWindow


def test_each_theme_applies_and_is_remembered(qtbot, demo_store):
    win = MainWindow(demo_store, default_pack())
    qtbot.addWidget(win)
    box = QCheckBox("Namen op projectie")
    qtbot.addWidget(box)
    light = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    try:
        for name in THEMES:
            win.set_theme(name)
            assert demo_store.get_setting(SETTING_THEME) == name
            window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
            text = QApplication.palette().color(QPalette.ColorRole.WindowText).lightness()
            if name == "licht":
                assert window == light
            else:
                assert window < 60 and text > 180  # dark background, light text
                # a check box keeps a visible frame against the background
                assert "QCheckBox::indicator" in QApplication.instance().styleSheet()
    finally:
        win.set_theme("licht")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() == light
