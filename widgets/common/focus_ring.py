"""A clear focus frame in every theme: a 2-px ring around the widget that has focus.

Qt's own frames differ per style and are nearly invisible in the light one (Fusion draws
none on a push button), and a style-sheet border would flatten the native look of every
focused control. So one ring widget follows `QApplication.focusChanged`: it is a child of
the focused widget's parent (it scrolls and moves with it), ignores the mouse, and is
repainted in the theme's focus colour. No event filter on the application: only the
focused widget is watched, for moves and resizes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2
# Against the window colour of each theme: 5.6:1 on Qt's light grey, 7.9:1 on donker,
# 19.6:1 on hoog contrast (a focus indicator needs 3:1, WCAG 2.2).
COLOURS = {"licht": "#0b57d0", "donker": "#e69f00", "hoog-contrast": "#ffff00"}


class FocusRing(QWidget):
    """The ring itself: a child of the focused widget's parent, painted, mouse-transparent."""

    def __init__(self, parent: QWidget, colour: QColor) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = colour

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.colour, WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class FocusRings(QObject):
    """Moves the ring to whatever gets focus; makes a new ring when its parent is gone."""

    def __init__(self) -> None:
        super().__init__()
        self.colour = QColor(COLOURS["licht"])
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None

    def live_ring(self) -> FocusRing | None:
        """The ring, unless Qt deleted it with its parent (a closed window)."""
        if self.ring is not None and not shiboken6.isValid(self.ring):
            self.ring = None
        return self.ring

    def set_theme(self, name: str) -> None:
        self.colour = QColor(COLOURS.get(name, COLOURS["licht"]))
        ring = self.live_ring()
        if ring is not None:
            ring.colour = self.colour
            ring.update()

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        parent = new.parentWidget() if new is not None else None
        if new is None or parent is None or new.window().objectName() == "projector":
            self.hide()
            return
        self.target = new
        new.installEventFilter(self)
        ring = self.live_ring()
        if ring is None or ring.parentWidget() is not parent:
            if ring is not None:
                ring.deleteLater()
            self.ring = FocusRing(parent, self.colour)
        self.place()

    def hide(self) -> None:
        ring = self.live_ring()
        if ring is not None:
            ring.hide()

    def place(self) -> None:
        target, ring = self.target, self.live_ring()
        if target is not None and not shiboken6.isValid(target):
            target = self.target = None
        if target is None or ring is None or not target.isVisible():
            self.hide()
            return
        ring.setGeometry(target.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
        ring.show()
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
                self.place()
            elif event.type() == QEvent.Type.Hide:
                self.hide()
        return False


_rings: FocusRings | None = None


def install(theme: str) -> FocusRings | None:
    """The application's focus ring, made on first use, in the colour of `theme`."""
    global _rings
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _rings is None:
        _rings = FocusRings()
        app.focusChanged.connect(_rings.follow)
    _rings.set_theme(theme)
    return _rings
