"""What the room reads: in every theme, reached from every other theme, each text on every
projector view stands out from its background by at least WCAG AA (4.5:1), measured on
the rendered pixels (pytest-qt, offscreen). And each theme's focus frame stands out from
the window (WCAG 2.2 asks 3:1 for a focus indicator)."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.content import default_pack
from widgets.common.themes import THEMES
from widgets.main_window import MainWindow

PACK = default_pack()
# Every theme after every other (and licht first and last): a colour left over from the
# theme before shows up here.
ORDER = ["licht", *itertools.chain.from_iterable(itertools.permutations(THEMES, 2)), "licht"]
VIEWS = ("bespreken", "archetype", "kompas", "rollen", "afspraken", "evalueren")


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(image: QImage, widget: QWidget, top: QWidget) -> float:
    """Background = the commonest colour in the widget's area; text = the colour there
    farthest from it in contrast (the middle of the glyphs, past the anti-aliasing)."""
    origin = widget.mapTo(top, widget.rect().topLeft())
    ratio = image.devicePixelRatio()
    x0, y0 = int(origin.x() * ratio), int(origin.y() * ratio)
    w, h = int(widget.width() * ratio), int(widget.height() * ratio)
    colours: Counter[int] = Counter()
    for y in range(max(0, y0), min(image.height(), y0 + h), 2):
        for x in range(max(0, x0), min(image.width(), x0 + w), 2):
            colours[image.pixel(x, y)] += 1
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(c), background) for c in colours)


@pytest.fixture
def room(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    b = next(x for x in demo_store.bijeenkomsten() if x.follow_up_url and x.stap == 1)
    win.open_bijeenkomst(b.id)
    win.preview_projection()
    qtbot.addWidget(win.projector)
    win.projector.resize(1280, 720)
    win.state.set_stemming("eens", 9)
    win.state.set_stemming("oneens", 2)
    yield win
    win.set_theme("licht")


@pytest.mark.slow  # seconds, not milliseconds: in make test, not in make test-fast
def test_every_projector_text_is_readable_in_every_theme_after_every_theme(qtbot, room):
    state, projector = room.state, room.projector
    checked, weak = 0, []
    for theme in ORDER:
        room.set_theme(theme)
        for mode, view in [("welkom", "bespreken"), *(("live", v) for v in VIEWS)]:
            state.set_view(view)
            state.set_projection(mode)
            QApplication.processEvents()
            image = projector.grab().toImage()
            shown = [
                w
                for w in projector.findChildren(QLabel)
                if w.isVisibleTo(projector) and w.text().strip()
            ]
            shown += [w for w in (projector.bars, projector.radar) if w.isVisibleTo(projector)]
            assert shown, (theme, mode, view)
            for widget in shown:
                checked += 1
                ratio = text_contrast(image, widget, projector)
                if ratio < 4.5:
                    name = widget.objectName() or type(widget).__name__
                    weak.append(f"{theme} {mode}/{view} {name}: {ratio:.1f}:1")
    assert checked > 100
    assert not weak, weak


@pytest.mark.parametrize("theme", list(THEMES))
def test_the_focus_frame_stands_out_in_every_theme(qtbot, room, theme):
    room.set_theme(theme)
    room.stop_projection()
    field = room.console.bespreken.inbreng_input
    button = room.console.bespreken.up_button
    for widget in (field, button):
        room.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)  # as with Tab: a keyboard user
        qtbot.waitUntil(widget.hasFocus)
        area = widget.geometry().adjusted(-3, -3, 3, 3)  # a frame may lie just outside
        focused = widget.parentWidget().grab(area).toImage()
        room.console.bespreken.soort_box.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        unfocused = widget.parentWidget().grab(area).toImage()
        window = room.palette().window().color()
        # The frame: pixels on the widget's edge that change with focus.
        changed = [
            QColor.fromRgb(focused.pixel(x, y))
            for x, y in _edge(focused, depth=6)
            if focused.pixel(x, y) != unfocused.pixel(x, y)
        ]
        assert changed, f"{theme}: no visible focus frame on {type(widget).__name__}"
        best = max(contrast(c, window) for c in changed)
        assert best >= 3, f"{theme}: focus frame {best:.1f}:1 on {type(widget).__name__}"


def _edge(image: QImage, depth: int) -> list[tuple[int, int]]:
    w, h = image.width(), image.height()
    points = []
    for d in range(depth):
        points += [(x, d) for x in range(w)] + [(x, h - 1 - d) for x in range(w)]
        points += [(d, y) for y in range(h)] + [(w - 1 - d, y) for y in range(h)]
    return points
