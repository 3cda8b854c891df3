"""Back from a dark theme to the light one, the projector's text is dark again.

Found in a screenshot: after donker or hoog contrast and then licht, the welcome screen
showed white text on Qt's light grey, unreadable for the room.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from widgets.main_window import MainWindow

PACK = default_pack()


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("dark", ["donker", "hoog-contrast"])
def test_the_welcome_screen_is_readable_after_a_dark_theme(qtbot, demo_store, dark):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    b = next(x for x in demo_store.bijeenkomsten() if x.follow_up_url)
    win.open_bijeenkomst(b.id)
    win.start_projection()
    projector = win.projector
    qtbot.addWidget(projector)
    assert win.state.projection.mode == "welkom"
    title = projector.welcome_title
    try:
        win.set_theme(dark)
        qtbot.waitUntil(lambda: title.palette().windowText().color().lightness() > 100)
        win.set_theme("licht")
        QApplication.processEvents()
        image = projector.grab().toImage()
        background = image.pixelColor(2, 2)
        for label in (projector.welcome_title, projector.welcome_sub):
            text = label.palette().windowText().color()
            assert _contrast(text, background) >= 4.5, (label.text(), text.name())
    finally:
        win.set_theme("licht")
