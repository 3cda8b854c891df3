"""The draaiboek (one A4, for the facilitator) and the uitnodiging (an A4 flyer in B1, for
residents, with the QR code to the online page)."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app.content import wording
from app.content.labels import datum_lang
from app.handouts.afspraken import QR_MAIN, header, qr_block
from app.handouts.draaiboek_data import VORM_TIPS, DraaiboekData, PlanVraag, UitnodigingData
from app.handouts.fonts import REGULAR, para
from app.handouts.layout import (
    Styles,
    build,
    data_table,
    document,
    footer_text,
    gap,
    keep,
    markup,
    p,
)

LEEG = {
    "doel": "Nog niet ingevuld. Schrijf in een paar zinnen wat deze avond moet opleveren.",
    "kader": "Nog niet ingevuld. Wat ligt al vast, en waarover kan de groep meebeslissen?",
    "proces": "Nog niet ingevuld. Wat gebeurt er na deze avond met wat er gezegd is?",
}


def _wanneer(datum: str, begintijd: str) -> str:
    """'2 december 2026, 19.30 uur' (the Dutch way to write a time in running text)."""
    if not begintijd:
        return datum_lang(datum)
    return f"{datum_lang(datum)}, {begintijd.replace(':', '.')} uur"


def _tijd(minuten: int, begintijd: str = "") -> str:
    """Minutes into the evening as a clock time from `begintijd` ("19:30"), else from 0:00."""
    if begintijd:
        uur, minuut = (int(x) for x in begintijd.split(":"))
        minuten += uur * 60 + minuut
    return f"{minuten // 60 % 24}:{minuten % 60:02d}"


def build_draaiboek(data: DraaiboekData) -> bytes:
    """One A4 for the facilitator: a long evening makes the type smaller rather than
    leaving its last line alone on a second page."""
    pdf = b""
    for base in (9.0, 8.5, 8.0, 7.5):
        pdf, pages = _draaiboek(data, base)
        if pages == 1:
            break
    return pdf


def _draaiboek(data: DraaiboekData, base: float) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = document(buffer, f"Draaiboek {data.kop.gebied}")
    styles = Styles(base)
    width = doc.width
    story: list[Flowable] = header("Draaiboek", data.kop, None, width, styles, doc.height / 3)
    for veld, kop, tekst in (
        ("doel", "Doel", data.doel),
        ("kader", "Kader", data.kader),
        ("proces", "Proces", data.proces),
    ):
        story.append(markup(kop, styles.h3))
        story.append(p(tekst or LEEG[veld], styles.body if tekst else styles.small))
    tip = VORM_TIPS.get(data.vorm_id)
    if tip:
        story.append(markup(f"Vorm: {para(data.kop.vorm)}", styles.h3))
        story.append(p(tip, styles.body))

    totaal = sum(v.minuten or 0 for v in data.vragen)
    if data.gepland:
        story.append(markup(f"Het plan van de avond: {para(_duur(totaal))}", styles.h2))
    else:
        story.append(markup("De vragen van de avond", styles.h2))
        story.append(
            p(
                "Er is nog geen draaiboek gemaakt: dit zijn de opening en de kernvragen. "
                "Kies vragen en minuten op het tabblad Voorbereiden.",
                styles.small,
            )
        )
    story.append(_plan_table(data.vragen, data.gepland, width, styles, data.begintijd))
    if data.gepland:
        story.append(gap(2 * mm))
        story.append(
            p(
                f"Einde van het gesprek na {_duur(totaal)}"
                + (f", om {_tijd(totaal, data.begintijd)}" if data.begintijd else "")
                + ". Houd tijd over voor afspraken "
                "en voor de afsluiting: wat gebeurt er nu, en wanneer horen mensen meer?",
                styles.small,
            )
        )
    build(doc, story, footer_text(data.kop.content_versie, data.kop.gedrukt))
    return buffer.getvalue(), int(doc.page)


def _duur(minuten: int) -> str:
    hours, rest = divmod(minuten, 60)
    if not hours:
        return f"{rest} minuten"
    return f"{hours} uur en {rest} minuten" if rest else f"{hours} uur"


def _plan_table(
    vragen: tuple[PlanVraag, ...],
    gepland: bool,
    width: float,
    styles: Styles,
    begintijd: str = "",
) -> Table:
    if gepland:
        widths = [14 * mm, 14 * mm, 0, 14 * mm]
        widths[2] = width - sum(widths)
        rows = [
            [
                _tijd(v.begin, begintijd) if v.begin is not None else "",
                v.nummer,
                markup(
                    f"{para(v.tekst)}<br/><font size='7'>{para(v.onderdeel)}</font>", styles.cell
                ),
                f"{v.minuten} min" if v.minuten else "",
            ]
            for v in vragen
        ]
        return data_table(["Vanaf", "Nr", "Vraag", "Duur"], rows, widths, styles)
    widths = [14 * mm, width - 14 * mm]
    rows2: list[list[Flowable | str]] = [[v.nummer, v.tekst] for v in vragen]
    return data_table(["Nr", "Vraag"], rows2, widths, styles)


def build_uitnodiging(data: UitnodigingData) -> bytes:
    """A4 flyer on one page: big type, short sentences, the QR beside the welcome. A long
    list of questions makes the type smaller rather than spilling onto a second page."""
    pdf = b""
    for base in (12.0, 11.0, 10.0, 9.0):
        pdf, pages = _uitnodiging(data, base)
        if pages == 1:
            break
    return pdf


def _uitnodiging(data: UitnodigingData, base: float) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = document(buffer, f"Uitnodiging {data.kop.titel}", margin=20 * mm)
    styles = Styles(base)
    bullet = ParagraphStyle("bullet", parent=styles.body, leftIndent=base, bulletIndent=0)
    width = doc.width
    kop = data.kop

    def w(text: str) -> str:
        return wording(text, kop.soort)

    story: list[Flowable] = [
        markup(f"Uitnodiging · {para(kop.gebied, hyphenate=False)}", styles.subtitle),
        p(kop.titel, styles.title),
        gap(3 * mm),
        markup(f"<b>Wanneer:</b> {para(_wanneer(kop.datum, data.begintijd))}", styles.body),
        markup(f"<b>Waar:</b> {para(kop.locatie or 'volgt nog')}", styles.body),
        gap(2 * mm),
    ]
    for kop_tekst, tekst in (
        ("Waarom komen we bij elkaar?", data.doel),
        ("Wat ligt al vast?", data.kader),
        ("Wat gebeurt er daarna?", data.proces),
    ):
        if tekst:
            story += [markup(kop_tekst, styles.h2), p(tekst, styles.body)]
    if data.vragen:
        story.append(markup("Hier praten we over", styles.h2))
        story += [markup(f"<bullet>•</bullet>{para(v.tekst)}", bullet) for v in data.vragen]
    welkom = [
        markup("Iedereen is welkom", styles.h2),
        p(
            w(
                "Woont of werkt u in {de_wijk}? Dan bent u welkom. U hoeft niets voor te "
                "bereiden. Uw mening telt, ook als u niet zo vaak iets zegt."
            ),
            styles.body,
        ),
    ]
    if not data.url:
        story += welkom
    else:
        qr_w = QR_MAIN + 16 * mm
        caption = "Scan de code met uw telefoon. Dan leest u meer en doet u online mee."
        table = Table(
            [[welkom, qr_block(data.url, caption, QR_MAIN + 8 * mm, styles, qr_w)]],
            colWidths=[width - qr_w, qr_w],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(keep(gap(2 * mm), table))
    build(doc, story, footer_text(kop.content_versie, kop.gedrukt))
    return buffer.getvalue(), int(doc.page)
