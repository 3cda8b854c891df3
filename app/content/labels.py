"""Every Dutch label of an enum, every counted noun and the date formats.

Shared by the GUI, the CLI, the handouts and the exports, so a word is written once.
Labels of the wijk/dorp wording are placeholders instead (app.content.wording).
"""

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
    "tafel": "Tafelgesprekken (met gespreksleiders)",
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
GEBIED_SOORT_LABELS = {"wijk": "Wijk", "dorp": "Dorp"}
# The store's inbreng soorten (app.store.schema.INBRENG_SOORTEN): the four DNA categories
# of app.content.model.DNA_SOORTEN, and "idee" and "zorg".
INBRENG_SOORT_LABELS = {
    "sterkte": "Sterkte",
    "zwakte": "Zwakte",
    "kans": "Kans",
    "bedreiging": "Bedreiging",
    "idee": "Idee",
    "zorg": "Zorg",
}
GEEN_INBRENG_SOORT = "(geen soort)"
HANDOUT_LABELS = {
    "afspraken": "Afsprakenlijst",
    "praatplaat": "Praatplaat",
    "kaartjes": "Meeneemkaartjes",
    "evaluatie": "Evaluatieverslag",
    "voorstel": "Voorstel aan de gemeenteraad",
    "tafelvel": "Tafelvellen",
    "draaiboek": "Draaiboek",
    "uitnodiging": "Uitnodiging",
}
EXPORT_LABELS = {
    "bundel": "Alles, om in te lezen op een andere laptop (JSON)",
    "afspraken": "Afspraken voor Excel of LibreOffice (CSV)",
    "inbreng": "Inbreng voor Excel of LibreOffice (CSV)",
}
# The kompas's name follows the gebied: "Kompas voor dorpsdemocratie" in a dorp.
KOMPAS_TITEL = "Kompas voor {wijkdemocratie}"
ACTOR_LABELS = {
    "bewoners": "Bewoners",
    "bewonersorganisatie": "Bewonersorganisatie",
    "gebiedsteam": "Gebiedsteam",
    "college": "College",
    "gemeenteraad": "Gemeenteraad",
    "partner": "Partner",
}
# What the console header says the room sees (Projection.mode).
PROJECTIE_LABELS = {
    "uit": "geen projectie",
    "welkom": "welkomstscherm",
    "live": "live",
    "zwart": "zwart scherm",
}


def inbreng_soort_label(soort: str | None) -> str:
    """'Sterkte' for "sterkte"; inbreng without a soort reads '(geen soort)'."""
    return INBRENG_SOORT_LABELS[soort] if soort else GEEN_INBRENG_SOORT


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


def plural(n: int, one: str, many: str) -> str:
    """The Dutch noun for a count: `one` for 1, `many` for 0 and for more than 1."""
    return one if n == 1 else many


def count_label(n: int, one: str, many: str) -> str:
    """'1 afspraak', '3 afspraken', '0 afspraken': the number with its Dutch noun."""
    return f"{n} {plural(n, one, many)}"


def duur_label(minuten: int) -> str:
    """'1 uur 35 min', '2 uur', '45 min' for a number of minutes (the draaiboek's times)."""
    hours, rest = divmod(minuten, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} uur {rest} min" if rest else f"{hours} uur"
