"""The hand counts of a bijeenkomst laid out as Consul's officing screen asks for them.

Consul (Stem van Groningen) has no import for in-person results: an officer types them
into the officing screen (Stembureau › Resultaten), per question one field per answer,
then blank ("blanco"), null ("ongeldig") and the total. This sheet lists exactly those
fields, in that order, so the officer types them over without thinking. A hand count
has no blank or invalid votes: those are 0, and the total is the sum of the answers.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from app.content import ContentPack, default_pack, wording
from app.content.labels import datum_lang
from app.errors import InvalidInput
from app.exchange.csv_export import csv_bytes
from app.store import Store

log = logging.getLogger(__name__)
KOLOMMEN = ("Vraag", "Veld in Consul", "Aantal")
BLANCO = "Blanco (whites)"
ONGELDIG = "Ongeldig (nulls)"
TOTAAL = "Totaal (total)"


@dataclass(frozen=True)
class Telling:
    """One question: the answers in the order of the count, then blank, null and total."""

    vraag_id: str
    vraag: str
    antwoorden: tuple[tuple[str, int], ...]
    blanco: int = 0
    ongeldig: int = 0

    @property
    def totaal(self) -> int:
        return sum(n for _, n in self.antwoorden) + self.blanco + self.ongeldig

    def velden(self) -> list[tuple[str, int]]:
        rest = [(BLANCO, self.blanco), (ONGELDIG, self.ongeldig), (TOTAAL, self.totaal)]
        return [*self.antwoorden, *rest]


@dataclass(frozen=True)
class TellingData:
    gebied: str
    bijeenkomst: str
    datum: str
    content_versie: str
    tellingen: tuple[Telling, ...]


def telling_data(
    store: Store, bijeenkomst_id: str, vraag_id: str | None = None, pack: ContentPack | None = None
) -> TellingData:
    pack = pack or default_pack()
    b = store.bijeenkomst(bijeenkomst_id)
    g = store.gebied(b.gebied_id)
    per_vraag: dict[str, list[tuple[str, int]]] = {}
    for s in store.stemmingen(b.id, vraag_id):
        per_vraag.setdefault(s.vraag_id, []).append((s.optie, s.aantal))
    if not per_vraag:
        raise InvalidInput(
            "Bij deze bijeenkomst "
            + ("en deze vraag " if vraag_id else "")
            + "is nog niet met handen geteld. Er is dus niets over te typen in Consul."
        )
    tellingen = []
    for vid, antwoorden in per_vraag.items():
        try:
            vraag = f"{pack.vraag(vid).nummer} {wording(pack.vraag(vid).tekst, g.soort)}"
        except KeyError:
            vraag = vid
        tellingen.append(Telling(vid, vraag, tuple(antwoorden)))
    return TellingData(g.naam, b.titel, b.datum, b.content_versie, tuple(tellingen))


def telling_csv(data: TellingData) -> bytes:
    """For Dutch Excel, like the other CSVs: BOM, `;`."""
    rows: list[tuple[object, ...]] = [KOLOMMEN]
    for t in data.tellingen:
        rows += [(t.vraag, veld, n) for veld, n in t.velden()]
    return csv_bytes(rows)


def telling_pdf(data: TellingData) -> bytes:
    """An A4 sheet: per question a table with the fields of Consul's screen, big numbers."""
    import datetime as dt

    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    from app.handouts.fonts import BOLD
    from app.handouts.layout import (
        Styles,
        build,
        data_table,
        document,
        footer_text,
        gap,
        keep,
        p,
    )

    buffer = io.BytesIO()
    doc = document(buffer, f"Telling voor Consul {data.gebied}")
    styles = Styles(11)
    # big enough to read from a sheet on the table while typing
    field = ParagraphStyle("veld", parent=styles.body, fontSize=14, leading=20)
    number = ParagraphStyle("getal", parent=field, fontName=BOLD, alignment=TA_RIGHT)
    story = [
        p("Telling voor Consul", styles.title),
        p(f"{data.gebied} · {data.bijeenkomst} · {datum_lang(data.datum)}", styles.subtitle),
        gap(3 * mm),
        p(
            "Typ deze getallen in Consul over bij Stembureau › Resultaten: per vraag elk "
            "antwoord, dan blanco, ongeldig en het totaal. Bij handen opsteken is er geen "
            "blanco of ongeldige stem: die zijn 0.",
            styles.body,
        ),
    ]
    width = doc.width
    for t in data.tellingen:
        rows = [[p(veld, field), p(str(n), number)] for veld, n in t.velden()]
        table = data_table(
            ["Veld in Consul", "Aantal"],
            rows,
            [width - 40 * mm, 40 * mm],
            styles,
            extra=[("LINEABOVE", (0, -1), (-1, -1), 1.2, styles.h2.textColor)],
        )
        story.append(keep(p(t.vraag, styles.h2), table))
    build(doc, story, footer_text(data.content_versie, dt.date.today()))
    return buffer.getvalue()
