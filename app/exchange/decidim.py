"""Follow-up files for Decidim: results (accountability), proposals and a closing report.

Decidim's admin imports read CSV with a header row, `;` between fields and UTF-8 **without**
a byte-order mark (the importer does not strip one: it would become part of the first
header). Fields with `;`, quotes or newlines are quoted the standard way (RFC 4180), which
Ruby's CSV library reads back exactly. Text is written as typed: no spreadsheet formula
guard, since a platform reads these files, not Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.content import ContentPack, default_pack
from app.content.labels import STATUS_AFSPRAAK_LABELS, count_label, datum_lang
from app.content.wording import content_name
from app.errors import InvalidInput
from app.exchange.dutch_dates import parse_wanneer
from app.store import Store
from app.store.records import Afspraak, Bijeenkomst, Gebied, Inbreng
from app.store.schema import STATUS_AFSPRAAK

log = logging.getLogger(__name__)
LOCALE = "nl"
RESULTATEN_KOLOMMEN = (
    "id",
    f"title/{LOCALE}",
    f"description/{LOCALE}",
    "start_date",
    "end_date",
    "status/id",
    "progress",
    "parent/id",
)
VOORSTELLEN_KOLOMMEN = (f"title/{LOCALE}", f"body/{LOCALE}")
# Progress per status; a stopped afspraak gets none (Decidim leaves the field empty).
PROGRESS = {"open": 0, "loopt": 50, "gedaan": 100}
# Decidim's proposal title is at most 150 characters.
TITEL_MAX = 150
# Where the status mapping of a gebied is remembered (table instelling).
STATUS_SETTING = "decidim_status_ids/{gebied_id}"


def csv_text(rows: Iterable[Iterable[object]]) -> bytes:
    """`;`-separated, minimal quoting, UTF-8 without BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(["" if v is None else str(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _paragraphs(lines: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)


# -- status mapping, set once per gebied -----------------------------------------------------
def status_ids(store: Store, gebied_id: str) -> dict[str, str]:
    """The remembered Decidim `status/id` per afspraak status for this gebied."""
    raw = store.get_setting(STATUS_SETTING.format(gebied_id=gebied_id))
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {k: str(v) for k, v in value.items() if k in STATUS_AFSPRAAK} if value else {}


def parse_status_ids(pairs: Iterable[str]) -> dict[str, str]:
    """'open=3', 'loopt=4' … into {status: id}; a Dutch message for a bad pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        status, sep, status_id = pair.partition("=")
        status, status_id = status.strip().lower(), status_id.strip()
        if not sep or status not in STATUS_AFSPRAAK or not status_id.isdigit():
            raise InvalidInput(
                f"'{pair}' is geen koppeling. Schrijf bijvoorbeeld open=1: een status "
                f"({', '.join(STATUS_AFSPRAAK)}) en het nummer van die status in Decidim."
            )
        mapping[status] = status_id
    return mapping


def remember_status_ids(store: Store, gebied_id: str, mapping: Mapping[str, str]) -> None:
    merged = status_ids(store, gebied_id) | dict(mapping)
    store.set_setting(STATUS_SETTING.format(gebied_id=gebied_id), json.dumps(merged))


# -- results (accountability) -------------------------------------------------------------
def _result_description(a: Afspraak, pack: ContentPack, soort: str) -> str:
    return _paragraphs(
        [
            f"Wie doet het: {a.wie}" if a.wie else "",
            f"Wanneer: {a.wanneer}" if a.wanneer else "",
            f"Kompaswaarde: {content_name(pack.waarde, a.waarde_id, 'titel', soort)}"
            if a.waarde_id
            else "",
            f"Hoe: {content_name(pack.instrument, a.instrument_id, 'naam', soort)}"
            if a.instrument_id
            else "",
            f"Stand nu: {STATUS_AFSPRAAK_LABELS.get(a.status, a.status)}",
        ]
    )


def resultaten_rows(
    store: Store,
    bijeenkomst_id: str,
    mapping: Mapping[str, str] | None = None,
    pack: ContentPack | None = None,
) -> list[tuple[object, ...]]:
    """Header and one row per afspraak: Decidim accountability results (locale nl)."""
    pack = pack or default_pack()
    b = store.bijeenkomst(bijeenkomst_id)
    if mapping is None:
        mapping = status_ids(store, b.gebied_id)
    soort = store.gebied(b.gebied_id).soort
    reference = dt.date.fromisoformat(b.datum)
    rows: list[tuple[object, ...]] = [RESULTATEN_KOLOMMEN]
    for a in store.afspraken(b.id):
        periode = parse_wanneer(a.wanneer, reference)
        start = periode.start if periode else None
        end = periode.eind if periode else None
        rows.append(
            (
                "",  # empty: a new result
                a.wat,
                _result_description(a, pack, soort),
                start.isoformat() if start else "",
                end.isoformat() if end else "",
                mapping.get(a.status, ""),
                PROGRESS.get(a.status, ""),
                "",
            )
        )
    return rows


# -- proposals ---------------------------------------------------------------------------------
def _title(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= TITEL_MAX else one_line[: TITEL_MAX - 1].rstrip() + "…"


def chosen_inbreng(
    store: Store,
    bijeenkomst_id: str,
    *,
    ids: Iterable[str] | None = None,
    min_stippen: int = 0,
) -> list[Inbreng]:
    """The inbreng to offer as proposals: the chosen ids (or all), never privé ones."""
    wanted = set(ids) if ids is not None else None
    items = [
        i
        for i in store.inbreng(bijeenkomst_id)
        if not i.prive and i.stippen >= min_stippen and (wanted is None or i.id in wanted)
    ]
    if wanted is not None and len(items) < len(wanted):
        log.info(
            "proposals: %d chosen items left out (privé or not found)", len(wanted) - len(items)
        )
    return items


def voorstellen_rows(
    store: Store, bijeenkomst_id: str, items: Iterable[Inbreng], pack: ContentPack | None = None
) -> list[tuple[object, ...]]:
    pack = pack or default_pack()
    b = store.bijeenkomst(bijeenkomst_id)
    g = store.gebied(b.gebied_id)
    rows: list[tuple[object, ...]] = [VOORSTELLEN_KOLOMMEN]
    for i in items:
        if i.prive:  # never, even when a caller passes one
            continue
        vraag = content_name(pack.vraag, i.vraag_id, "tekst", g.soort)
        rows.append(
            (
                _title(i.tekst),
                _paragraphs(
                    [
                        i.tekst,
                        f"Gezegd bij de vraag: {vraag}",
                        f"Bijeenkomst: {b.titel} in {g.naam}, {datum_lang(b.datum)}.",
                    ]
                ),
            )
        )
    return rows


# -- closing report -------------------------------------------------------------------------
@dataclass(frozen=True)
class Verslag:
    """What Decidim's "Close meeting" form asks for, ready to paste."""

    html: str
    tekst: str
    aantal_deelnemers: int | None
    aantal_bijdragen: int
    organisaties: str


def verslag(store: Store, bijeenkomst_id: str, pack: ContentPack | None = None) -> Verslag:
    """The closing report: afspraken, witte vlekken and the counts, without privé inbreng."""
    pack = pack or default_pack()
    b = store.bijeenkomst(bijeenkomst_id)
    g = store.gebied(b.gebied_id)
    afspraken = store.afspraken(b.id)
    inbreng = [i for i in store.inbreng(b.id) if not i.prive]
    vlekken = store.witte_vlekken(b.id)
    deelnemers = b.aantal_deelnemers
    if deelnemers is None:
        deelnemers = len(store.deelnemers(b.id)) or None
    # The meeting facts entered at closing win; without them, count what was typed in.
    bijdragen = len(inbreng) if b.aantal_bijdragen is None else b.aantal_bijdragen
    archetype = content_name(pack.archetype, b.archetype, "titel", g.soort)
    intro = (
        f"Op {datum_lang(b.datum)} spraken we in {g.naam}"
        + (f" ({b.locatie})" if b.locatie else "")
        + f" over: {b.titel}"
    ).rstrip(".") + ("" if b.titel.rstrip()[-1:] in "?!" else ".")
    facts = [
        intro,
        f"Er {_waren(deelnemers)} {count_label(deelnemers, 'deelnemer', 'deelnemers')}."
        if deelnemers
        else "",
        f"Er {_kwamen(bijdragen)} {count_label(bijdragen, 'bijdrage', 'bijdragen')}."
        if bijdragen
        else "",
        f"Aanwezige organisaties: {b.organisaties.strip()}." if b.organisaties.strip() else "",
        f"Gekozen vorm van zeggenschap: {archetype}." if archetype else "",
    ]
    html_parts = [f"<h2>{html.escape(b.titel)}</h2>", _paragraphs(facts)]
    text_parts = [b.titel, "", *[f for f in facts if f]]
    if afspraken:
        html_parts.append("<h3>Wat we afspraken</h3><ul>")
        text_parts += ["", "Wat we afspraken:"]
        for a in afspraken:
            extra = _afspraak_extra(a)
            html_parts.append(
                f"<li>{html.escape(a.wat)}"
                + (f" ({html.escape(extra)})" if extra else "")
                + "</li>"
            )
            text_parts.append(f"- {a.wat}" + (f" ({extra})" if extra else ""))
        html_parts.append("</ul>")
    if vlekken:
        html_parts.append("<h3>Waar we nog niet over spraken</h3><ul>")
        text_parts += ["", "Waar we nog niet over spraken:"]
        for v in vlekken:
            html_parts.append(f"<li>{html.escape(v.tekst)}</li>")
            text_parts.append(f"- {v.tekst}")
        html_parts.append("</ul>")
    if b.follow_up_url:
        html_parts.append(
            f'<p>Praat verder: <a href="{html.escape(b.follow_up_url, quote=True)}">'
            f"{html.escape(b.follow_up_url)}</a></p>"
        )
        text_parts += ["", f"Praat verder: {b.follow_up_url}"]
    return Verslag(
        html="\n".join(html_parts) + "\n",
        tekst="\n".join(text_parts) + "\n",
        aantal_deelnemers=deelnemers,
        aantal_bijdragen=bijdragen,
        organisaties=b.organisaties.strip(),
    )


def _waren(n: int) -> str:
    return "was" if n == 1 else "waren"


def _kwamen(n: int) -> str:
    return "kwam" if n == 1 else "kwamen"


def _afspraak_extra(a: Afspraak) -> str:
    parts = [a.wie, a.wanneer, STATUS_AFSPRAAK_LABELS.get(a.status, a.status).lower()]
    return ", ".join(p for p in parts if p)


def verslag_file(v: Verslag, b: Bijeenkomst, g: Gebied) -> bytes:
    """One HTML page: the counts for the form's fields, then the report to paste."""
    counts = [
        ("Aantal deelnemers (attendees count)", v.aantal_deelnemers or ""),
        ("Aantal bijdragen (contributions count)", v.aantal_bijdragen),
        ("Aanwezige organisaties (attending organizations)", v.organisaties or "(niet bekend)"),
    ]
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(val))}</td></tr>" for k, val in counts
    )
    page = (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>Verslag voor Decidim: {html.escape(b.titel)}</title></head><body>\n"
        f"<h1>Verslag voor Decidim: {html.escape(g.naam)}, {html.escape(datum_lang(b.datum))}"
        "</h1>\n<p>Vul in Decidim bij <em>Bijeenkomst sluiten</em> deze getallen in:</p>\n"
        f"<table>{rows}</table>\n"
        "<p>Kopieer daarna het verslag hieronder naar het veld <em>Verslag</em>:</p>\n<hr>\n"
        f"{v.html}<hr>\n<h2>Zonder opmaak</h2>\n<pre>{html.escape(v.tekst)}</pre>\n"
        "</body></html>\n"
    )
    return page.encode("utf-8")
