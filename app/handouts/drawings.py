"""Vector drawings for the handouts: QR codes, the kompas, and the kompas trend."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.handouts.data import KompasPunt, Meting
from app.handouts.fonts import BOLD, REGULAR, printable
from app.handouts.layout import ACCENT, INK, MUTED, RULE, WARM
from app.handouts.qr import dark_runs, qr_matrix


class QRCode(Flowable):
    """A QR code as vector squares; `size` includes the quiet zone."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(url)  # validates: only http(s) with a host
        self.url = url
        self.size = size
        self.width = self.height = size

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        n = len(self.matrix)
        module = self.size / n
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        path = c.beginPath()
        for row, col, length in dark_runs(self.matrix):
            path.rect(col * module, self.size - (row + 1) * module, length * module, module)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(printable(text), font, size, width) or [""]


class Kompas(Flowable):
    """The kompas voor wijkdemocratie: four waarden on four axes, rings 1 to 5.

    With scores it draws 'nu' (filled) and 'doel' (dashed) and a legend; without, it is
    the empty compass of the praatplaat.
    """

    def __init__(
        self,
        punten: Sequence[KompasPunt],
        width: float,
        *,
        font_size: float = 8,
        scores: bool = True,
    ) -> None:
        super().__init__()
        self.punten = list(punten)[:4]
        self.width = width
        self.font_size = font_size
        self.scores = scores
        lead = font_size * 1.2
        # Side labels need room for their longest word; in a narrow column there is none,
        # so the axes then carry just K1..K4 and a key beneath names the waarden.
        # (the score "(3 → 4)" is one word here: it gets a line of its own, never split)
        side_words = [
            w for p in self.punten[1::2] for w in [*self._title(p).split(), self._score(p)] if w
        ]
        widest = max((stringWidth(w, BOLD, font_size) for w in side_words), default=0) + 8
        self.compact = widest > width * 0.3
        self.key: list[str] = []
        if self.compact:
            self.label_w = font_size * 2.4
            for punt in self.punten:
                self.key += _wrapped(self._full_label(punt), REGULAR, font_size * 0.9, width)
        else:
            self.label_w = max(min(34 * mm, width * 0.28), widest)
        self.key_h = len(self.key) * font_size * 1.1 + (4 if self.key else 0)
        self.radius = min((width - 2 * self.label_w) / 2 - 4, 32 * mm * font_size / 8)
        if self.compact:
            self.radius = min(self.radius, width * 0.3)
        self.label_h = (1.4 if self.compact else 3) * lead
        self.legend_h = 2.2 * font_size if scores else 0
        self.height = 2 * (self.radius + self.label_h) + self.legend_h + self.key_h

    @property
    def _cy(self) -> float:
        return float(self.legend_h + self.key_h + self.label_h + self.radius)

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _title(self, punt: KompasPunt) -> str:
        return f"K{punt.nummer} {punt.titel}"

    def _score(self, punt: KompasPunt) -> str:
        if not self.scores:
            return ""
        return f"({punt.nu or '–'} → {punt.doel or '–'})" if punt.nu or punt.doel else ""

    def _full_label(self, punt: KompasPunt) -> str:
        if self.scores and not self._score(punt):
            return f"{self._title(punt)} (nog geen score)"
        return f"{self._title(punt)} {self._score(punt)}".strip()

    def _label(self, punt: KompasPunt) -> str:
        return f"K{punt.nummer}" if self.compact else self._full_label(punt)

    def draw(self) -> None:
        c = self.canv
        fs = self.font_size
        cx = self.width / 2
        cy = self._cy
        r = self.radius
        axes = [(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]  # K1 top, clockwise
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for ring in range(1, 6):
            d = r * ring / 5
            c.lines(
                [
                    (cx + ax * d, cy + ay * d, cx + bx * d, cy + by * d)
                    for (ax, ay), (bx, by) in zip(axes, axes[1:] + axes[:1], strict=True)
                ]
            )
        for ax, ay in axes:
            c.line(cx, cy, cx + ax * r, cy + ay * r)
        c.setFont(REGULAR, fs * 0.75)
        c.setFillColor(MUTED)
        for ring in range(1, 6):
            c.drawString(cx + 2, cy + r * ring / 5 - fs * 0.3, str(ring))
        if self.scores:
            self._polygon(axes, "nu", ACCENT, filled=True)
            self._polygon(axes, "doel", WARM, filled=False)
        self._labels(axes)
        if self.scores:
            self._legend()
        self._key()
        c.restoreState()

    def _key(self) -> None:
        c = self.canv
        fs = self.font_size * 0.9
        c.setFont(REGULAR, fs)
        c.setFillColor(INK)
        top = self.legend_h + self.key_h - fs
        for i, line in enumerate(self.key):
            c.drawString(0, top - i * self.font_size * 1.1, line)

    def _polygon(
        self, axes: list[tuple[float, float]], field: str, color: colors.Color, filled: bool
    ) -> None:
        values = [getattr(p, field) or 0 for p in self.punten]
        if not any(values):
            return
        c = self.canv
        cx = self.width / 2
        cy = self._cy
        pts = [
            (cx + ax * self.radius * v / 5, cy + ay * self.radius * v / 5)
            for (ax, ay), v in zip(axes, values, strict=False)
        ]
        path = c.beginPath()
        path.moveTo(*pts[0])
        for pt in pts[1:]:
            path.lineTo(*pt)
        path.close()
        c.saveState()
        c.setStrokeColor(color)
        c.setLineWidth(1.6)
        if filled:
            c.setFillColor(color, alpha=0.25)
        else:
            c.setDash(4, 3)
        c.drawPath(path, stroke=1, fill=1 if filled else 0)
        c.restoreState()

    def _labels(self, axes: list[tuple[float, float]]) -> None:
        c = self.canv
        fs = self.font_size
        lead = fs * 1.2
        cx = self.width / 2
        cy = self._cy
        r = self.radius
        c.setFillColor(INK)
        c.setFont(BOLD, fs)
        for (ax, ay), punt in zip(axes, self.punten, strict=False):
            if ax == 0:
                lines = _wrapped(self._label(punt), BOLD, fs, self.width - 8)[:3]
                top = cy + r + 4 + lead * (len(lines) - 1) + fs * 0.2 if ay > 0 else cy - r - lead
                for i, line in enumerate(lines):
                    c.drawCentredString(cx, top - i * lead, line)
            else:
                if self.compact:
                    lines = [self._label(punt)]
                else:  # the score on a line of its own: "(3 → 4)" never breaks in two
                    title = self._full_label(punt).removesuffix(self._score(punt)).strip()
                    lines = _wrapped(title, BOLD, fs, self.label_w - 6)[:3]
                    lines += [self._score(punt)] if self._score(punt) else []
                y0 = cy + lead * (len(lines) - 1) / 2 - fs * 0.35
                for i, line in enumerate(lines):
                    if ax > 0:
                        c.drawString(cx + r + 5, y0 - i * lead, line)
                    else:
                        c.drawRightString(cx - r - 5, y0 - i * lead, line)

    def _legend(self) -> None:
        c = self.canv
        fs = self.font_size * 0.9
        y = fs * 0.5
        x = self.width / 2 - 62 * mm * fs / 7.2 / 2
        c.setFont(REGULAR, fs)
        c.setFillColor(INK)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.6)
        c.line(x, y + fs * 0.35, x + 18, y + fs * 0.35)
        c.drawString(x + 22, y, "nu: hoe staat het nu")
        x2 = x + 22 + c.stringWidth("nu: hoe staat het nu", REGULAR, fs) + 14
        c.setStrokeColor(WARM)
        c.setDash(4, 3)
        c.line(x2, y + fs * 0.35, x2 + 18, y + fs * 0.35)
        c.setDash()
        c.drawString(x2 + 22, y, "doel: waar willen we heen")


class Trend(Flowable):
    """How each kompas waarde moved over the metingen: one small chart per waarde."""

    def __init__(self, metingen: Sequence[Meting], width: float, font_size: float = 7.5) -> None:
        super().__init__()
        self.metingen = list(metingen)
        self.width = width
        self.font_size = font_size
        self.height = 46 * mm

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not self.metingen:
            return
        c = self.canv
        fs = self.font_size
        count = len(self.metingen[0].punten)
        gutter = 5 * mm
        panel_w = (self.width - gutter * (count - 1)) / count
        title_h = 2 * fs * 1.2 + 2
        axis_w = fs * 1.2
        bottom = fs * 1.8
        plot_h = self.height - title_h - bottom
        c.saveState()
        for index in range(count):
            x0 = index * (panel_w + gutter)
            titel = self.metingen[0].punten[index].titel
            c.setFont(BOLD, fs)
            c.setFillColor(INK)
            for i, line in enumerate(_wrapped(f"K{index + 1} {titel}", BOLD, fs, panel_w)[:2]):
                c.drawString(x0, self.height - fs - i * fs * 1.2, line)
            px0, px1 = x0 + axis_w, x0 + panel_w - 4
            c.setFont(REGULAR, fs * 0.8)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            for level in range(1, 6):
                y = bottom + plot_h * (level - 1) / 4
                c.line(px0, y, px1, y)
                c.setFillColor(MUTED)
                c.drawRightString(px0 - 2, y - fs * 0.28, str(level))
            n = len(self.metingen)

            def x_of(i: int, px0: float = px0, px1: float = px1, n: int = n) -> float:
                return (px0 + px1) / 2 if n == 1 else px0 + 6 + (px1 - px0 - 12) * i / (n - 1)

            for i in range(n):
                c.setFillColor(MUTED)
                c.drawCentredString(x_of(i), bottom - fs * 1.2, str(i + 1))
            for field, color, dash in (("doel", WARM, (3, 2)), ("nu", ACCENT, None)):
                pts = [
                    (x_of(i), bottom + plot_h * (v - 1) / 4)
                    for i, m in enumerate(self.metingen)
                    if (v := getattr(m.punten[index], field))
                ]
                c.setStrokeColor(color)
                c.setFillColor(color)
                c.setLineWidth(1.5)
                c.setDash(*dash) if dash else c.setDash()
                for a, b in itertools.pairwise(pts):
                    c.line(*a, *b)
                c.setDash()
                for pt in pts:
                    c.circle(*pt, 1.8, stroke=0, fill=1)
        c.restoreState()
