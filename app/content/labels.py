"""Dutch display formats shared by the GUI, the CLI and the handouts."""

from __future__ import annotations

import datetime as dt

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
VORM_LABELS = {
    "kampvuur": "Kampvuurbijeenkomst",
    "projectie": "Groep met projector",
    "tafel": "Tafelgesprek",
}
STATUS_LABELS = {"gepland": "Gepland", "bezig": "Bezig", "afgesloten": "Afgesloten"}
STATUS_AFSPRAAK_LABELS = {
    "open": "Open",
    "loopt": "Loopt",
    "gedaan": "Gedaan",
    "gestopt": "Gestopt",
}
TAAK_LABELS = {
    "regisseert": "Regisseert",
    "organiseert": "Organiseert",
    "beslist": "Beslist",
    "voert_uit": "Voert uit",
}
ACTOR_LABELS = {
    "bewoners": "Bewoners",
    "bewonersorganisatie": "Bewonersorganisatie",
    "gebiedsteam": "Gebiedsteam",
    "college": "College",
    "gemeenteraad": "Gemeenteraad",
    "partner": "Partner",
}


def datum_lang(iso: str) -> str:
    """'2026-03-12' -> '12 maart 2026'; text that is not a date is returned as is."""
    try:
        d = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def datum_kort(iso: str) -> str:
    """'2026-03-12' -> '12-03-2026' (dd-mm-jjjj, as Dutch spreadsheets expect)."""
    try:
        return dt.date.fromisoformat(iso).strftime("%d-%m-%Y")
    except (TypeError, ValueError):
        return str(iso)


def count_label(n: int, one: str, many: str) -> str:
    """'1 afspraak', '3 afspraken', '0 afspraken': the number with its Dutch noun."""
    return f"{n} {one if n == 1 else many}"
