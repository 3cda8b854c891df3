"""What a bundle holds: its tables in writing order, the rows unique by content, and the
references that must resolve inside the bundle (one table per schema migration that
added one; `bundle_older` fills what an older bundle could not hold)."""

from __future__ import annotations

# Tables in the bundle, parents before children (the order rows are written in).
BUNDLE_TABLES = (
    "gebied",
    "bijeenkomst",
    "tafel",
    "witte_vlek",
    "afspraak",
    "inbreng",
    "stemming",
    "kompas_score",
    "rolverdeling",
    "thema",
    "deelnemer",
    "spreekbeurt",
    "evaluatie",
    "draaiboek",
    "draaiboek_vraag",
    "notitie",
    "foto",
)
# Tables that belong to one laptop and never travel in a bundle.
LOCAL_TABLES = ("instelling",)
# Rows unique by content besides their id: merge on this key as well.
NATURAL_KEYS = {
    "stemming": ("bijeenkomst_id", "vraag_id", "optie", "tafel_id"),
    "tafel": ("bijeenkomst_id", "titel"),
    "kompas_score": ("bijeenkomst_id", "waarde_id"),
    "rolverdeling": ("bijeenkomst_id", "thema", "taak", "actor"),
    "thema": ("bijeenkomst_id", "thema"),
    "evaluatie": ("bijeenkomst_id", "afspraak_id"),
    "draaiboek": ("bijeenkomst_id",),
    "draaiboek_vraag": ("bijeenkomst_id", "vraag_id"),
    "notitie": ("bijeenkomst_id", "vraag_id"),
}
# column -> table it must point to inside the bundle
REFERENCES = {
    "bijeenkomst": {"gebied_id": "gebied"},
    "witte_vlek": {"bijeenkomst_id": "bijeenkomst"},
    "afspraak": {"bijeenkomst_id": "bijeenkomst", "witte_vlek_id": "witte_vlek"},
    "tafel": {"bijeenkomst_id": "bijeenkomst"},
    "inbreng": {"bijeenkomst_id": "bijeenkomst", "tafel_id": "tafel"},
    "stemming": {"bijeenkomst_id": "bijeenkomst", "tafel_id": "tafel"},
    "kompas_score": {"bijeenkomst_id": "bijeenkomst"},
    "rolverdeling": {"bijeenkomst_id": "bijeenkomst"},
    "thema": {"bijeenkomst_id": "bijeenkomst"},
    "deelnemer": {"bijeenkomst_id": "bijeenkomst"},
    "spreekbeurt": {"bijeenkomst_id": "bijeenkomst", "deelnemer_id": "deelnemer"},
    "evaluatie": {"bijeenkomst_id": "bijeenkomst", "afspraak_id": "afspraak"},
    "draaiboek": {"bijeenkomst_id": "bijeenkomst"},
    "draaiboek_vraag": {"bijeenkomst_id": "bijeenkomst"},
    "notitie": {"bijeenkomst_id": "bijeenkomst"},
    "foto": {"bijeenkomst_id": "bijeenkomst"},
}
