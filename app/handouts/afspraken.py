"""The afsprakenlijst (A4): what was agreed, by whom, with QR codes to follow it online."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app.content import wording
from app.content.labels import KOMPAS_TITEL, TAAK_LABELS, datum_lang
from app.handouts.data import AfspraakRegel, AfsprakenlijstData, Kop
from app.handouts.drawings import Kompas, QRCode
from app.handouts.fonts import REGULAR, para
from app.handouts.layout import (
    Styles,
    build,
    data_table,
    document,
    facts_table,
    footer_text,
    gap,
    keep,
    markup,
    p,
    url_paragraph,
)
from app.store.schema import TAKEN

QR_MAIN = 34 * mm
QR_SMALL = 27 * mm


def kop_facts(kop: Kop) -> list[tuple[str, str]]:
    facts = [
        ("Gebied", f"{kop.gebied} ({wording('{wijk}', kop.soort)})"),
        ("Datum", datum_lang(kop.datum)),
        ("Locatie", kop.locatie or "–"),
        ("Vorm", kop.vorm),
        ("Deelnemers", str(kop.deelnemers) if kop.deelnemers is not None else "niet geteld"),
    ]
    if kop.stap_titel:
        facts.append(("Stap", f"{kop.stap} · {kop.stap_titel}"))
    return facts


def qr_block(url: str, caption: str, size: float, styles: Styles, width: float) -> list[Flowable]:
    """A QR code with a line of explanation and the URL printed beneath it."""
    return [QRCode(url, size), p(caption, styles.small), url_paragraph(url, styles.url, width)]


def header(
    title: str, kop: Kop, url: str | None, width: float, styles: Styles, max_height: float
) -> list[Flowable]:
    """Title and facts on the left, the follow-up QR code on the right.

    When long texts make that block taller than `max_height`, the same parts follow each
    other instead, so they can flow onto the next page.
    """
    qr_w = QR_MAIN + 14 * mm if url else 0

    def left(facts_w: float) -> list[Flowable]:
        return [
            markup(
                f"{title} <font color='#1f5f8b'>{para(kop.gebied, hyphenate=False)}</font>",
                styles.title,
            ),
            p(kop.titel, styles.subtitle),
            gap(3 * mm),
            facts_table(kop_facts(kop), facts_w, styles),
        ]

    right = qr_block(url, "Scan en volg hoe het verder gaat:", QR_MAIN, styles, qr_w) if url else []
    table = Table([[left(width - qr_w - 6 * mm), right or ""]], colWidths=[width - qr_w, qr_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    if table.wrap(width, max_height)[1] <= max_height:
        return [table]
    return [*left(width), gap(3 * mm), *([keep(*right)] if right else [])]


def build_afsprakenlijst(data: AfsprakenlijstData) -> bytes:
    buffer = io.BytesIO()
    doc = document(buffer, f"Afsprakenlijst {data.kop.gebied}")
    styles = Styles()
    width = doc.width
    story = header("Afsprakenlijst", data.kop, data.follow_up_url, width, styles, doc.height / 2)

    # Sections with nothing in them are said once, under the header, instead of each
    # under its own heading: at the end of the list such a heading and its one sentence
    # would otherwise take a page of their own.
    empty: list[str] = []
    sections: list[Flowable] = []

    def section(title: str, content: list[Flowable], if_empty: str) -> None:
        if content:
            sections.extend([markup(title, styles.h2), *content])
        else:
            empty.append(if_empty)

    zeggenschap = (
        [markup(f"<b>{para(data.archetype)}</b> — {para(data.archetype_kort)}", styles.body)]
        if data.archetype
        else []
    )
    zeggenschap += [  # zeggenschap per thema
        markup(f"Thema {para(thema)}: <b>{para(titel)}</b>", styles.body)
        for thema, titel in data.themas
    ]
    section("Gekozen zeggenschap", zeggenschap, "Nog geen archetype gekozen.")

    sections.append(
        keep(
            markup(wording(KOMPAS_TITEL, data.kop.soort), styles.h2),
            Kompas(data.kompas, min(width, 150 * mm)),
        )
    )

    rollen: list[Flowable] = []
    if data.rollen:
        thema_w = 32 * mm
        cell_w = (width - thema_w) / len(TAKEN)
        rollen.append(
            data_table(
                ["Thema", *(TAAK_LABELS[t] for t in TAKEN)],
                [[r.thema, *(c or "–" for c in r.cellen)] for r in data.rollen],
                [thema_w, *[cell_w] * len(TAKEN)],
                styles,
            )
        )
    section("Rolverdeling", rollen, "Nog geen rolverdeling ingevuld.")

    afspraken: list[Flowable] = []
    if data.afspraken:
        widths = [8 * mm, 0, 34 * mm, 20 * mm, 24 * mm, 24 * mm, 16 * mm]
        widths[1] = width - sum(widths)
        rows = []
        for a in data.afspraken:
            wat: Flowable | str = a.wat
            if a.url:
                wat = markup(
                    f"{para(a.wat)}<br/><font size='7' color='#5b6673'>"
                    f"QR-code {a.nummer} hieronder</font>",
                    styles.cell,
                )
            rows.append([str(a.nummer), wat, a.wie, a.wanneer, a.instrument, a.waarde, a.status])
        afspraken.append(
            data_table(
                ["Nr", "Wat", "Wie", "Wanneer", "Instrument", "Waarde", "Status"],
                rows,
                widths,
                styles,
            )
        )
    section("Afspraken", afspraken, "Er zijn nog geen afspraken gemaakt.")

    vlekken = [markup(f"•&nbsp;&nbsp;{para(vlek)}", styles.body) for vlek in data.witte_vlekken]
    section("Open witte vlekken", vlekken, "Geen open witte vlekken.")

    story += empty_note(empty, styles)
    story += sections

    met_url = [(a, a.url) for a in data.afspraken if a.url]
    if met_url:
        story.append(markup("Afspraken met een eigen webpagina", styles.h2))
        story.append(qr_grid(met_url, width, styles))

    build(doc, story, footer_text(data.kop.content_versie, data.kop.gedrukt))
    return buffer.getvalue()


def empty_note(sentences: list[str], styles: Styles) -> list[Flowable]:
    """What is still empty, in one quiet paragraph under the header."""
    return [gap(2 * mm), p(" ".join(sentences), styles.small)] if sentences else []


def qr_grid(afspraken: list[tuple[AfspraakRegel, str]], width: float, styles: Styles) -> Table:
    """Per-afspraak QR codes (afspraak, its URL), three to a row, number and URL beneath."""
    per_row = 3
    cell_w = width / per_row
    cells: list[list[Any] | str] = [
        [
            QRCode(url, QR_SMALL),
            markup(f"<b>Afspraak {a.nummer}</b>: {para(_short(a.wat))}", styles.small),
            url_paragraph(url, styles.url, cell_w - 8),
        ]
        for a, url in afspraken
    ]
    while len(cells) % per_row:
        cells.append("")
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    table = Table(rows, colWidths=[cell_w] * per_row, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
