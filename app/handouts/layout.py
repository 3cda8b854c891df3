"""Shared page furniture for the handouts: styles, footer with "pagina x van y", tables.

Imported only while building a PDF (it pulls in reportlab).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.content.labels import datum_lang
from app.handouts import hyphenation
from app.handouts.fonts import BOLD, REGULAR, para, printable, register

PAGE_SIZES = {"A4": A4, "A3": A3}
MARGIN = 16 * mm
FOOTER_Y = 9 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
ACCENT = colors.HexColor("#1f5f8b")
WARM = colors.HexColor("#c9611c")
HEADER_BG = colors.HexColor("#e3edf5")
RULE = colors.HexColor("#b7c3cf")
_URL_PARTS = re.compile(r"[^/.\-?&=_#]+[/.\-?&=_#]*|[/.\-?&=_#]+")


class Styles:
    """Paragraph styles scaled from one base size (the A3 poster uses a bigger one)."""

    def __init__(self, base: float = 9.5) -> None:
        register()
        hyphenation.install()  # reportlab's hyphenation below reads pyphen's cache
        s = base
        # Dutch hyphenation (pyphen's nl_NL dictionary) before reportlab's last resort,
        # cutting a long word anywhere without a hyphen ("Kampvuurbije|enkomst").
        self.body = ParagraphStyle(
            "body",
            fontName=REGULAR,
            fontSize=s,
            leading=s * 1.3,
            hyphenationLang="nl_NL",
            embeddedHyphenation=1,
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=s * 0.85, leading=s * 1.1, textColor=MUTED
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=s * 0.9, leading=s * 1.12)
        self.url = ParagraphStyle("url", parent=self.cell, hyphenationLang="")  # url_lines
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=BOLD, textColor=INK)
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            hyphenationLang="",
            fontName=BOLD,
            fontSize=s * 2.2,
            leading=s * 2.6,
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=self.body,
            hyphenationLang="",
            fontSize=s * 1.3,
            leading=s * 1.6,
            textColor=MUTED,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            hyphenationLang="",  # headings keep their words whole
            fontName=BOLD,
            fontSize=s * 1.35,
            leading=s * 1.7,
            textColor=ACCENT,
            spaceBefore=s * 1.1,
            spaceAfter=s * 0.4,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.body,
            hyphenationLang="",  # headings keep their words whole
            fontName=BOLD,
            fontSize=s * 1.1,
            leading=s * 1.4,
            spaceBefore=s * 0.8,
            spaceAfter=s * 0.2,
            keepWithNext=1,
        )
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)


def footer_text(content_versie: str, gedrukt: dt.date) -> str:
    return f"Wijkpraat · inhoud {content_versie} · afgedrukt op {datum_lang(gedrukt.isoformat())}"


def numbered_canvas(footer: str, font_size: float = 7.5) -> type[Canvas]:
    """A canvas class that writes the footer and "pagina x van y" once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # no stray, unembedded Helvetica in the PDF
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(REGULAR, font_size)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, FOOTER_Y, footer)
            self.drawRightString(width - MARGIN, FOOTER_Y, f"pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas


def document(
    buffer: io.BytesIO, title: str, formaat: str = "A4", margin: float = MARGIN
) -> BaseDocTemplate:
    register()
    size = PAGE_SIZES[formaat]
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * mm,  # room for the footer
        title=title,
        author="Wijkpraat",
        creator="Wijkpraat",
        invariant=1,  # the same data gives the same bytes
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def build(doc: BaseDocTemplate, story: list[Flowable], footer: str) -> None:
    doc.build(story, canvasmaker=numbered_canvas(footer))


def p(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user) text; markup characters print as typed."""
    return Paragraph(para(text), style)


def url_lines(url: str, font: str, size: float, width: float) -> list[str]:
    """Break a URL into lines that fit `width`, preferably after / . - ? & = _ #."""
    lines: list[str] = []
    current = ""
    for token in _URL_PARTS.findall(printable(url)):
        if stringWidth(current + token, font, size) <= width:
            current += token
            continue
        if current:
            lines.append(current)
        current = ""
        for ch in token:  # a part longer than a line: break it anywhere
            if current and stringWidth(current + ch, font, size) > width:
                lines.append(current)
                current = ""
            current += ch
    if current:
        lines.append(current)
    return lines


def url_paragraph(url: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The URL as printed under a QR code: complete, and never wider than `width`."""
    lines = url_lines(url, style.fontName, style.fontSize, width - 1)
    return Paragraph("<br/>".join(escape(line, quote=False) for line in lines), style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup (escape user parts with `para`)."""
    return Paragraph(text, style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header repeats on every page and whose tall rows split."""
    head = [Paragraph(para(h), styles.cell_head) for h in header]
    body = [[c if isinstance(c, Flowable) else p(c, styles.cell) for c in row] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def facts_table(facts: Sequence[tuple[str, str]], width: float, styles: Styles) -> Table:
    """Label/value pairs (Gebied, Datum, …) as a quiet two-column table."""
    label_w = 28 * mm
    rows = [[p(label, styles.cell_head), p(value, styles.cell)] for label, value in facts]
    table = Table(rows, colWidths=[label_w, width - label_w], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height: float) -> Spacer:
    return Spacer(1, height)
