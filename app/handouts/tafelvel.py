"""The tafelvel: one A4 per tafel with the questions for the table and numbered lines to
write on, each question's number (K2.3) printed beside it, so the answers are typed in
later by number (Ctrl+J in the console). Questions that do not fit with room to write
continue on a second sheet of the same tafel.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.content.labels import datum_lang
from app.handouts.fonts import BOLD, REGULAR, para, register
from app.handouts.layout import ACCENT, INK, MARGIN, MUTED, RULE, footer_text
from app.handouts.tafelvel_data import TafelKop, TafelvelData, TafelvelVraag

LINE = 8.5 * mm  # one written line: room for handwriting
NUMBER_W = 20 * mm  # the question's number, left of its text
GAP = 4 * mm  # between questions
MIN_LINES, MAX_LINES = 2, 8
FOOTER_H = 12 * mm


@dataclass(frozen=True)
class _Sheet:
    vragen: tuple[int, ...]  # indices into data.vragen
    lines: int  # written lines per question on this sheet


def build_tafelvel(data: TafelvelData) -> bytes:
    register()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR)
    c.setTitle(f"Tafelvellen {data.kop.gebied}")
    c.setAuthor("Wijkpraat")
    c.setCreator("Wijkpraat")
    s = _styles()
    width, height = A4
    text_w = width - 2 * MARGIN - NUMBER_W
    texts = [Paragraph(para(v.tekst), s["vraag"]) for v in data.vragen]
    heights = [t.wrap(text_w, height)[1] for t in texts]
    for tafel in data.tafels:
        top = _header(c, data, tafel, s, first=True)
        sheets = _sheets(heights, top - MARGIN - FOOTER_H)
        for number, sheet in enumerate(sheets, start=1):
            if number > 1:
                top = _header(c, data, tafel, s, first=False)
            y = top
            for index in sheet.vragen:
                y = _question(c, data.vragen[index], texts[index], heights[index], y, sheet.lines)
            _footer(c, data, tafel, number, len(sheets))
            c.showPage()
    c.save()
    return buffer.getvalue()


def _sheets(heights: list[float], room: float) -> list[_Sheet]:
    """Questions over sheets: all on one when each keeps MIN_LINES lines to write on,
    otherwise over as few sheets as needed, shared out evenly; the room left on a sheet
    becomes extra lines (up to MAX_LINES)."""

    def need(indices: list[int]) -> float:
        return float(sum(heights[i] + MIN_LINES * LINE + GAP for i in indices))

    greedy: list[list[int]] = [[]]
    for index in range(len(heights)):
        if greedy[-1] and need([*greedy[-1], index]) > room:
            greedy.append([])
        greedy[-1].append(index)
    count, total = len(greedy), len(heights)
    even = [list(range(total))[k * total // count : (k + 1) * total // count] for k in range(count)]
    chosen = even if all(need(group) <= room for group in even) else greedy
    result = []
    for indices in chosen:
        fixed = sum(heights[i] + GAP for i in indices)
        lines = int((room - fixed) // (LINE * max(1, len(indices))))
        result.append(_Sheet(tuple(indices), max(MIN_LINES, min(MAX_LINES, lines))))
    return result


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "vraag": ParagraphStyle(
            "vraag", fontName=REGULAR, fontSize=11.5, leading=14.5, textColor=INK
        ),
        "uitleg": ParagraphStyle(
            "uitleg", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK
        ),
    }


def _header(
    c: Canvas, data: TafelvelData, tafel: TafelKop, s: dict[str, ParagraphStyle], *, first: bool
) -> float:
    """The sheet's head; returns where the questions start."""
    width, height = A4
    kop = data.kop
    y = height - MARGIN
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 9)
    waar = f" · {kop.locatie}" if kop.locatie else ""
    c.drawString(
        MARGIN, y - 9, f"Tafelvel · {kop.gebied} · {kop.titel} · {datum_lang(kop.datum)}{waar}"
    )
    y -= 9 + 8 * mm
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 22)
    name = tafel.titel or "Tafel: ____________________"
    c.drawString(MARGIN, y, name if first else f"{name} (vervolg)")
    c.setFillColor(INK)
    c.setFont(REGULAR, 11)
    leider = tafel.gespreksleider or "____________________"
    c.drawRightString(width - MARGIN, y, f"Gespreksleider: {leider}")
    y -= 6 * mm
    if first:
        voorbeeld = data.vragen[0].nummer if data.vragen else "K2.3"
        uitleg = Paragraph(
            "Schrijf bij elke vraag op wat jullie aan tafel zeggen: één punt per regel. "
            "Schrijf geen namen van mensen op. Het nummer voor de vraag (zoals "
            f"{voorbeeld}) helpt om het later in Wijkpraat in te typen.",
            s["uitleg"],
        )
        _, h = uitleg.wrap(width - 2 * MARGIN, height)
        uitleg.drawOn(c, MARGIN, y - h)
        y -= h + 3 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.line(MARGIN, y, width - MARGIN, y)
    return float(y - GAP)


def _question(
    c: Canvas, vraag: TafelvelVraag, text: Paragraph, text_h: float, top: float, lines: int
) -> float:
    """Number, question and numbered lines; returns the top of the next question."""
    width, _ = A4
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 14)
    c.drawString(MARGIN, top - 13, vraag.nummer)
    text.drawOn(c, MARGIN + NUMBER_W, top - text_h)
    y = top - text_h
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    for n in range(1, lines + 1):
        y -= LINE
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 9)
        c.drawRightString(MARGIN + NUMBER_W - 3 * mm, y + 1.5, f"{n}.")
        c.line(MARGIN + NUMBER_W, y, width - MARGIN, y)
    return float(y - GAP)


def _footer(c: Canvas, data: TafelvelData, tafel: TafelKop, number: int, total: int) -> None:
    width, _ = A4
    c.setFont(REGULAR, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN, 9 * mm, footer_text(data.kop.content_versie, data.kop.gedrukt))
    sheet = f"{tafel.titel or 'Tafel'} · blad {number} van {total}"
    c.drawRightString(width - MARGIN, 9 * mm, sheet)
