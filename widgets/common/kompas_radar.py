"""The kompas voor wijkdemocratie as a four-point radar, drawn with QPainter.

Colour-blind safe (Okabe–Ito blue and orange) and never colour alone: "nu" is a solid
line with round points, "doel" a dashed line with square points, and a legend says so.
Sizes scale with the widget, so the same drawing works on a laptop and a projector.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.meeting.core import RadarPoint

LegendItem = tuple[str, QColor, Qt.PenStyle]
NU_COLOUR = QColor("#0072B2")
DOEL_COLOUR = QColor("#D55E00")


class KompasRadar(QWidget):
    """Shows `RadarPoint`s (normally the four kompas waarden) on a 1–5 scale."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.points: list[RadarPoint] = []
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title or "Kompas")

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_points(self, points: list[RadarPoint], title: str | None = None) -> None:
        self.points = list(points)
        if title is not None:
            self.title = title
        summary = "; ".join(
            f"{p.label}: nu {p.nu or '–'}, doel {p.doel or '–'}" for p in self.points
        )
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fg = self.palette().windowText().color()
        side = min(self.width(), self.height())
        font = QFont(self.font())
        # Large enough for a projector, small enough that four labels fit beside the drawing.
        font.setPixelSize(max(11, int(min(side / 24, self.width() / 30))))
        painter.setFont(font)
        line = painter.fontMetrics().height()

        metrics = painter.fontMetrics()
        legend_rows = self._legend_rows(metrics, line)
        top = line * 1.4 if self.title else 0
        legend_h = line * (0.4 + 1.2 * len(legend_rows))
        area = QRectF(0, top, self.width(), self.height() - top - legend_h)
        centre = area.center()
        # Room for the labels left and right (wrapped to two lines at most) and above/below.
        side_labels = [p.label for i, p in enumerate(self.points) if i % 2 == 1]
        label_w = max((self._wrapped_width(metrics, t) for t in side_labels), default=0)
        radius = min(area.height() / 2 - line * 2.4, area.width() / 2 - label_w - line)
        if self.title:
            title_font = QFont(font)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(fg)
            painter.drawText(
                QRectF(0, 0, self.width(), top), Qt.AlignmentFlag.AlignCenter, self.title
            )
            painter.setFont(font)
        if radius <= 10 or not self.points:
            return

        n = len(self.points)
        angles = [-math.pi / 2 + i * 2 * math.pi / n for i in range(n)]

        def at(angle: float, value: float) -> QPointF:
            r = radius * value / 5
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        grid = QColor(fg)
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        for level in range(1, 6):
            painter.drawPolygon(QPolygonF([at(a, level) for a in angles]))
        for a in angles:
            painter.drawLine(centre, at(a, 5))

        self._series(painter, angles, at, "nu", NU_COLOUR, Qt.PenStyle.SolidLine, side)
        self._series(painter, angles, at, "doel", DOEL_COLOUR, Qt.PenStyle.DashLine, side)

        painter.setPen(fg)
        for point, a in zip(self.points, angles, strict=True):
            anchor = at(a, 5.0)
            dx, dy = math.cos(a), math.sin(a)
            flags = Qt.TextFlag.TextWordWrap
            if abs(dx) < 0.5:  # top or bottom: centred above or below the point
                box = QRectF(anchor.x() - radius, 0, 2 * radius, line * 2.2)
                box.moveCenter(QPointF(anchor.x(), anchor.y() + dy * line * 1.3))
                vertical = Qt.AlignmentFlag.AlignBottom if dy < 0 else Qt.AlignmentFlag.AlignTop
                flags |= Qt.AlignmentFlag.AlignHCenter | vertical
            else:  # left or right: beside the point, towards the edge
                w = label_w + line * 0.5
                x = anchor.x() + line * 0.5 if dx > 0 else anchor.x() - line * 0.5 - w
                box = QRectF(x, anchor.y() - line * 1.2, w, line * 2.4)
                horizontal = Qt.AlignmentFlag.AlignLeft if dx > 0 else Qt.AlignmentFlag.AlignRight
                flags |= Qt.AlignmentFlag.AlignVCenter | horizontal
            painter.drawText(box, flags, point.label)

        self._legend(painter, legend_rows, self.height() - legend_h, line, fg)

    def _series(
        self,
        painter: QPainter,
        angles: list[float],
        at: Callable[[float, float], QPointF],
        attr: str,
        colour: QColor,
        style: Qt.PenStyle,
        side: float,
    ) -> None:
        values = [getattr(p, attr) for p in self.points]
        pen = QPen(colour, max(2.0, side / 120), style)
        painter.setPen(pen)
        known = [(a, v) for a, v in zip(angles, values, strict=True) if v is not None]
        if len(known) == len(values):
            painter.drawPolygon(QPolygonF([at(a, v) for a, v in known]))
        painter.setBrush(colour)
        size = max(4.0, side / 60)
        for a, v in known:
            p = at(a, v)
            if attr == "nu":
                painter.drawEllipse(p, size, size)
            else:
                painter.drawRect(QRectF(p.x() - size, p.y() - size, 2 * size, 2 * size))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _wrapped_width(metrics: QFontMetrics, text: str) -> float:
        """Width of a label wrapped to at most two lines at a space."""
        words = text.split()
        best = metrics.horizontalAdvance(text)
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            best = min(best, max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)))
        return best

    def _legend_rows(self, metrics: QFontMetrics, line: float) -> list[list[LegendItem]]:
        items: list[LegendItem] = [
            ("Hoe staat het nu", NU_COLOUR, Qt.PenStyle.SolidLine),
            ("Waar willen we heen", DOEL_COLOUR, Qt.PenStyle.DashLine),
        ]
        total = sum(line * 3.4 + metrics.horizontalAdvance(t) for t, _, _ in items)
        return [items] if total <= self.width() else [[item] for item in items]

    def _legend(
        self, painter: QPainter, rows: list[list[LegendItem]], top: float, line: float, fg: QColor
    ) -> None:
        metrics = painter.fontMetrics()
        for r, items in enumerate(rows):
            widths = [line * 2.4 + metrics.horizontalAdvance(text) for text, _, _ in items]
            x = self.width() / 2 - (sum(widths) + line * (len(items) - 1)) / 2
            y = top + line * (0.8 + 1.2 * r)
            for (text, colour, style), width in zip(items, widths, strict=True):
                painter.setPen(QPen(colour, max(2.0, line / 6), style))
                painter.drawLine(QPointF(x, y), QPointF(x + line * 1.8, y))
                painter.setPen(fg)
                painter.drawText(QPointF(x + line * 2.2, y + metrics.ascent() / 2.5), text)
                x += width + line
