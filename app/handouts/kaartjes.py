"""Meeneemkaartjes: four A6 cards on one A4 sheet, with cut lines and marks.

Each card: the gebied, one line on what happens next, the follow-up QR code and its URL.
Content keeps 10 mm from every cut, so printers that cannot print near the paper's
edge still print every card whole.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame

from app.content import wording
from app.content.labels import datum_lang
from app.handouts.data import KaartjesData
from app.handouts.drawings import QRCode
from app.handouts.fonts import BOLD, REGULAR, para, register
from app.handouts.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    footer_text,
    gap,
    markup,
    p,
    url_paragraph,
)

PAD = 10 * mm
QR_SIZE = 46 * mm
TEXT_MAX_H = 48 * mm  # with 18 mm for the URL, at least 38 mm stays for the QR code
URL_MAX_H = 18 * mm


def build_kaartjes(data: KaartjesData) -> bytes:
    register()  # before the canvas: it starts every page in our font
    buffer = io.BytesIO()
    page_w, page_h = A4
    c = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR)
    c.setTitle(f"Meeneemkaartjes {data.gebied}")
    c.setAuthor("Wijkpraat")
    c.setCreator("Wijkpraat")
    card_w, card_h = page_w / 2, page_h / 2
    for col in range(2):
        for row in range(2):
            _card(c, data, col * card_w, row * card_h, card_w, card_h)
    _cut_marks(c, page_w, page_h)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("card", fontName=REGULAR, fontSize=10, leading=13, textColor=INK)
    return {
        "kop": ParagraphStyle(
            "kop", parent=base, fontName=REGULAR, fontSize=9, leading=11, textColor=MUTED
        ),
        "gebied": ParagraphStyle(
            "gebied", parent=base, fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        "body": base,
        "url": ParagraphStyle("url", parent=base, fontSize=9, leading=11, alignment=TA_CENTER),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=6.5, leading=8, textColor=MUTED, alignment=TA_CENTER
        ),
    }


def _card(c: Canvas, data: KaartjesData, x: float, y: float, w: float, h: float) -> None:
    s = _styles()
    inner_w = w - 2 * PAD
    woord = wording("{de_wijk}", data.soort)
    # Long names or addresses shrink to fit instead of running into the QR code.
    text = KeepInFrame(
        inner_w,
        TEXT_MAX_H,
        [
            p(f"Bijeenkomst van {datum_lang(data.datum)} · {woord}", s["kop"]),
            gap(2 * mm),
            p(data.gebied, s["gebied"]),
            gap(3 * mm),
            markup(f"<b>Hoe gaat het verder?</b> {para(data.wat_nu)}", s["body"]),
        ],
        mode="shrink",
    )
    _, text_h = text.wrapOn(c, inner_w, TEXT_MAX_H)
    top = y + h - PAD
    text.drawOn(c, x + PAD, top - text_h)
    top -= text_h + 4 * mm

    footer = p(footer_text(data.content_versie, data.gedrukt), s["small"])
    _, foot_h = footer.wrap(inner_w, h)
    footer.drawOn(c, x + PAD, y + PAD)
    url = KeepInFrame(
        inner_w, URL_MAX_H, [url_paragraph(data.url, s["url"], inner_w)], mode="shrink"
    )
    _, url_h = url.wrapOn(c, inner_w, URL_MAX_H)
    scan = p("Scan de code met de camera van je telefoon:", s["url"])
    _, scan_h = scan.wrap(inner_w, h)
    # the scan hint, QR code and URL form one group, centred in the space that is left
    floor = y + PAD + foot_h + 3 * mm
    room = top - floor
    qr_size = min(QR_SIZE, room - scan_h - url_h - 4 * mm)
    group_h = scan_h + 2 * mm + qr_size + 2 * mm + url_h
    base = floor + (room - group_h) / 2
    url.drawOn(c, x + PAD, base)
    qr = QRCode(data.url, qr_size)
    qr.wrap(qr_size, qr_size)
    qr.drawOn(c, x + (w - qr_size) / 2, base + url_h + 2 * mm)
    scan.drawOn(c, x + PAD, base + url_h + 4 * mm + qr_size)


def _cut_marks(c: Canvas, page_w: float, page_h: float) -> None:
    """Dashed cut lines between the cards, marks at the edges and a cross in the middle."""
    mid_x, mid_y = page_w / 2, page_h / 2
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.line(mid_x, 12 * mm, mid_x, page_h - 12 * mm)
    c.line(16 * mm, mid_y, page_w - 12 * mm, mid_y)
    c.setDash()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    mark = 7 * mm
    for x0, y0, x1, y1 in (
        (mid_x, 3 * mm, mid_x, 3 * mm + mark),
        (mid_x, page_h - 3 * mm - mark, mid_x, page_h - 3 * mm),
        (3 * mm, mid_y, 3 * mm + mark, mid_y),
        (page_w - 3 * mm - mark, mid_y, page_w - 3 * mm, mid_y),
        (mid_x - 3 * mm, mid_y, mid_x + 3 * mm, mid_y),
        (mid_x, mid_y - 3 * mm, mid_x, mid_y + 3 * mm),
    ):
        c.line(x0, y0, x1, y1)
    c.setFont(REGULAR, 9)
    c.setFillColor(MUTED)
    c.drawString(11 * mm, mid_y - 3.2, "✂")  # on the cut line, clear of the cards' text
    c.restoreState()
