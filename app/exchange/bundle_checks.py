"""What a bundle must satisfy beyond its JSON Schema, each problem naming row and field.

References stay inside their bijeenkomst (or gebied); content ids are this praatplaat's;
no time lies more than a day ahead of this computer's clock; webadressen pass the same
check as when typed. Called by `app.exchange.bundle.validate_bundle`, after the schema
check, so every row here already has the right shape.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import WijkpraatError
from app.exchange.bundle_tables import BUNDLE_TABLES


def check_within_bijeenkomst(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """References stay inside their bijeenkomst (an evaluatie: inside the gebied)."""
    by_id = {t: {r["id"]: r for r in tabellen[t]} for t in BUNDLE_TABLES}
    gebied_of = {b["id"]: b["gebied_id"] for b in tabellen["bijeenkomst"]}
    for i, row in enumerate(tabellen["spreekbeurt"]):
        if by_id["deelnemer"][row["deelnemer_id"]]["bijeenkomst_id"] != row["bijeenkomst_id"]:
            return (
                f"tabellen.spreekbeurt[{i}].deelnemer_id verwijst naar een deelnemer "
                "van een andere bijeenkomst"
            )
    for table in ("inbreng", "stemming"):
        for i, row in enumerate(tabellen[table]):
            tafel = by_id["tafel"].get(row["tafel_id"])
            if tafel is not None and tafel["bijeenkomst_id"] != row["bijeenkomst_id"]:
                return (
                    f"tabellen.{table}[{i}].tafel_id verwijst naar een tafel "
                    "van een andere bijeenkomst"
                )
    # A witte vlek found earlier, and the afspraken evaluated in stap 3, belong to an
    # earlier bijeenkomst of the same gebied.
    for table, column, target in (
        ("afspraak", "witte_vlek_id", "witte_vlek"),
        ("evaluatie", "afspraak_id", "afspraak"),
    ):
        for i, row in enumerate(tabellen[table]):
            other = by_id[target].get(row[column])
            if other is not None and (
                gebied_of[other["bijeenkomst_id"]] != gebied_of[row["bijeenkomst_id"]]
            ):
                return (
                    f"tabellen.{table}[{i}].{column} verwijst naar een {target} "
                    "van een ander gebied"
                )
    return None


# column -> which kind of content id it holds, per table
CONTENT_IDS = {
    "bijeenkomst": {"archetype": "archetype", "huidige_vraag": "vraag"},
    "inbreng": {"vraag_id": "vraag"},
    "stemming": {"vraag_id": "vraag"},
    "kompas_score": {"waarde_id": "waarde"},
    "witte_vlek": {"waarde_id": "waarde", "bouwsteen_id": "bouwsteen", "vraag_id": "vraag"},
    "afspraak": {
        "instrument_id": "instrument",
        "waarde_id": "waarde",
        "bouwsteen_id": "bouwsteen",
        "borging_id": "borging",
    },
    "thema": {"archetype": "archetype"},
    "spreekbeurt": {"vraag_id": "vraag"},
    "draaiboek_vraag": {"vraag_id": "vraag"},
    "notitie": {"vraag_id": "vraag"},
    "foto": {"vraag_id": "vraag"},
}
_CONTENT_NAMES = {
    "archetype": "archetype",
    "vraag": "vraag",
    "waarde": "kompaswaarde",
    "bouwsteen": "bouwsteen",
    "instrument": "instrument",
    "borging": "soort afspraak",
}


def _content_ids() -> dict[str, frozenset[str]]:
    from app.content import default_pack

    pack = default_pack()
    kompas_ids = {w.id for w in pack.kompas}
    return {
        "archetype": frozenset(a.id for a in pack.archetypen),
        # A question merged into another in a later content version still counts by its
        # old id (`vervangt`): bundles made with 2026.1 keep importing.
        "vraag": frozenset(i for v in pack.vragen() for i in (v.id, *v.vervangt)),
        "waarde": frozenset(w.id for w in pack.kompas),
        "bouwsteen": frozenset(o.id for o in pack.onderdelen() if o.id not in kompas_ids),
        "borging": frozenset(b.id for b in pack.borging),
        "instrument": frozenset(i.id for i in pack.instrumenten),
    }


def check_content_ids(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """Every content id is one of this praatplaat's; a title in place of an id is not."""
    from app.content import default_pack

    known = _content_ids()
    ours = default_pack().version
    versie = {b["id"]: b["content_versie"] for b in tabellen["bijeenkomst"]}
    for table, columns in CONTENT_IDS.items():
        for i, row in enumerate(tabellen[table]):
            for column, kind in columns.items():
                value = row[column]
                if value is None or value in known[kind]:
                    continue
                made_with = versie.get(row.get("bijeenkomst_id") or row["id"], ours)
                newer = (
                    f"; de bundel is gemaakt met inhoud versie {made_with} en deze Wijkpraat "
                    f"kent {ours}: installeer de nieuwste Wijkpraat"
                    if made_with != ours
                    else ""
                )
                return (
                    f"tabellen.{table}[{i}].{column} is '{value}', een onbekende "
                    f"{_CONTENT_NAMES[kind]} in de praatplaat (inhoud {ours}){newer}"
                )
    return None


# A time further ahead than this is from a computer whose clock is wrong.
CLOCK_SLACK = dt.timedelta(days=1)
_TIMES = ("aangemaakt", "bijgewerkt", "verwijderd", "start")


def check_clock(bundle: dict[str, Any], now_utc: dt.datetime) -> str | None:
    """No time more than CLOCK_SLACK after this computer's clock ("newest wins" would
    then let a wrong clock win every later exchange)."""
    limit = now_utc + CLOCK_SLACK

    def ahead(value: Any) -> bool:
        # Every time passed the schema's date-time check (ISO 8601 with a zone).
        return isinstance(value, str) and dt.datetime.fromisoformat(value) > limit

    if ahead(bundle["gemaakt"]):
        return f"het veld 'gemaakt' ({bundle['gemaakt']}) ligt in de toekomst"
    for table in BUNDLE_TABLES:
        for i, row in enumerate(bundle["tabellen"][table]):
            for column in _TIMES:
                if ahead(row.get(column)):
                    return (
                        f"tabellen.{table}[{i}].{column} ({row[column]}) ligt meer dan een dag "
                        "na de klok van deze computer; de klok van de computer die de bundel "
                        "maakte staat waarschijnlijk verkeerd"
                    )
    return None


def check_urls(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """Webadressen pass the same check as when they are typed (they go into QR codes)."""
    from app.store import validation

    for table in ("bijeenkomst", "afspraak"):
        for i, row in enumerate(tabellen[table]):
            value = row["follow_up_url"]
            if value is None:
                continue
            try:
                ok = validation.url(value) == value
            except WijkpraatError:
                ok = False
            if not ok:
                return f"tabellen.{table}[{i}].follow_up_url is geen geldig webadres"
    return None


def check_fotos(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """Every photo is a whole JPEG or PNG as Wijkpraat stores them: of the kind and size
    the row says, at most 2000 pixels on its long side, without EXIF (no location)."""
    from app.exchange.bundle_rows import photo_bytes
    from app.store.images import stored_photo_problem

    for i, row in enumerate(tabellen["foto"]):
        where = f"tabellen.foto[{i}].data"
        try:
            data = photo_bytes(row["data"])
        except ValueError:
            return f"{where} is geen geldige base64-tekst"
        if len(data) != row["grootte"]:
            return f"{where} is niet even groot als tabellen.foto[{i}].grootte zegt"
        problem = stored_photo_problem(data, row["mime"])
        if problem:
            return f"{where} {problem}"
    return None
