"""The praatplaat: steps, archetypes, bouwstenen and kompas with their questions.

A4 is a handout in two columns; A3 is a poster in three columns with larger type. The
question numbers (B1.2, K3.4) are the ones the app shows.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Table,
    TableStyle,
)

from app.content import wording
from app.content.labels import KOMPAS_TITEL
from app.handouts.data import KompasPunt, PraatOnderdeel, PraatplaatData
from app.handouts.drawings import Kompas
from app.handouts.fonts import BOLD, REGULAR, para
from app.handouts.layout import (
    HEADER_BG,
    Styles,
    build,
    document,
    footer_text,
    gap,
    markup,
    p,
)

LAYOUT = {"A4": (2, 8.3), "A3": (4, 8.2)}  # columns, base font size
GUTTER = 7 * mm


def build_praatplaat(data: PraatplaatData) -> bytes:
    columns, base = LAYOUT[data.formaat]
    buffer = io.BytesIO()
    doc = document(buffer, f"Praatplaat {data.formaat}", data.formaat)
    styles = Styles(base)
    vraag_style = ParagraphStyle(
        "vraag",
        parent=styles.body,
        leftIndent=base * 3.4,
        firstLineIndent=-base * 3.4,
        spaceAfter=base * 0.25,
        allowWidows=0,  # a question is not split over two columns
        allowOrphans=0,
    )
    head = _header(data, doc.width, styles)
    head_h = head.wrap(doc.width, doc.height)[1] + 4 * mm
    col_w = (doc.width - GUTTER * (columns - 1)) / columns

    def column_frames(top_offset: float, prefix: str) -> list[Frame]:
        return [
            Frame(
                doc.leftMargin + i * (col_w + GUTTER),
                doc.bottomMargin,
                col_w,
                doc.height - top_offset,
                id=f"{prefix}{i}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for i in range(columns)
        ]

    top = Frame(
        doc.leftMargin,
        doc.bottomMargin + doc.height - head_h,
        doc.width,
        head_h,
        id="kop",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.pageTemplates = []
    doc.addPageTemplates(
        [
            PageTemplate(id="eerste", frames=[top, *column_frames(head_h, "a")]),
            PageTemplate(id="verder", frames=column_frames(0, "b")),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("verder"), head, FrameBreak()]
    story.append(
        p(
            "★ = kernvraag: de opening en de kernvragen passen in één avond. "
            "De andere vragen zijn er om verder te praten.",
            styles.small,
        )
    )
    if data.opening is not None:
        story += _onderdeel(data.opening, styles, vraag_style)
    story.append(markup("Vijf bouwstenen", styles.h2))
    for onderdeel in data.bouwstenen:
        story += _onderdeel(onderdeel, styles, vraag_style)
    story.append(CondPageBreak(col_w))
    story.append(markup(wording(KOMPAS_TITEL, data.soort), styles.h2))
    punten = [KompasPunt(i, o.titel, None, None) for i, o in enumerate(data.kompas, start=1)]
    story.append(Kompas(punten, col_w, font_size=base * 0.9, scores=False))
    for onderdeel in data.kompas:
        story += _onderdeel(onderdeel, styles, vraag_style)
    if data.woorden and data.formaat == "A4":  # the A3 poster has no room left for it
        story.append(markup("Wat betekent dat woord?", styles.h2))
        for woord, uitleg in data.woorden:
            story.append(markup(f"<b>{para(woord)}</b>: {para(uitleg)}", styles.small))
    build(doc, story, footer_text(data.content_versie, data.gedrukt))
    return buffer.getvalue()


def _onderdeel(o: PraatOnderdeel, styles: Styles, vraag_style: ParagraphStyle) -> list[Flowable]:
    titel = para(o.titel) if o.code == "O" else f"{o.code}&nbsp;&nbsp;{para(o.titel)}"
    out: list[Flowable] = [
        markup(titel, styles.h3),
        p(o.uitleg, styles.small),
        gap(styles.body.fontSize * 0.4),
    ]
    for v in o.vragen:
        extra = (
            f" <font color='#5b6673' size='{styles.small.fontSize:.1f}'>"
            f"(vanaf {para(v.vanaf)})</font>"
            if v.vanaf
            else ""
        )
        out.append(
            markup(
                f"<font name='{BOLD}'>{v.nummer}</font>&nbsp;&nbsp;{para(v.tekst)}"
                f"{' ★' if v.kern else ''}{extra}",
                vraag_style,
            )
        )
    return out


def _header(data: PraatplaatData, width: float, styles: Styles) -> Table:
    """Title, the three steps and the three archetypes, side by side."""
    cell_w = width / 3
    stap_cells = [
        [
            markup(f"<font color='#1f5f8b'>Stap {n}</font>&nbsp; {para(titel)}", styles.h3),
            p(uitleg, styles.small),
        ]
        for n, titel, uitleg in data.stappen
    ]
    arch_cells = [
        [markup(f"Archetype {n}: {para(titel)}", styles.h3), p(kort, styles.small)]
        for n, titel, kort in data.archetypen
    ]
    title = markup(para(data.titel, hyphenate=False), styles.title)
    intro = p(
        wording(
            "Samen praten over zeggenschap in {de_wijk}: "
            "drie stappen, drie archetypen, vijf bouwstenen en het kompas.",
            data.soort,
        ),
        styles.subtitle,
    )
    qr: Any = ""
    if data.follow_up_url:  # the meeting's follow-up page, as on every handout
        from app.handouts.afspraken import qr_block

        size = styles.body.fontSize * 2.6 * mm
        qr = qr_block(data.follow_up_url, "Doe later mee:", size, styles, cell_w - 6)
    rows: list[list[Any]] = [
        [[title, intro], "", qr],
        [markup("De drie stappen", styles.h2), "", ""],
        stap_cells,
        [markup("Hoeveel zeggenschap? Drie archetypen", styles.h2), "", ""],
        arch_cells,
        [
            p(
                "Vragen met ‘vanaf …’ horen bij meer zeggenschap: die bespreek je als je "
                "voor dat archetype of een hoger archetype kiest.",
                styles.small,
            ),
            "",
            "",
        ],
    ]
    table = Table(rows, colWidths=[cell_w] * 3)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1 if not qr else 1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("SPAN", (0, 3), (-1, 3)),
                ("SPAN", (0, 5), (-1, 5)),
                ("LEFTPADDING", (0, 5), (-1, 5), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 2), (-1, 2), HEADER_BG),
                ("BACKGROUND", (0, 4), (-1, 4), HEADER_BG),
                ("LINEAFTER", (0, 2), (1, 2), 2, "white"),
                ("LINEAFTER", (0, 4), (1, 4), 2, "white"),
                ("LEFTPADDING", (0, 0), (-1, 1), 0),
                ("LEFTPADDING", (0, 3), (-1, 3), 0),
                ("TOPPADDING", (0, 2), (-1, 2), 4),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 6),
                ("BOTTOMPADDING", (0, 4), (-1, 4), 6),
            ]
        )
    )
    return table
