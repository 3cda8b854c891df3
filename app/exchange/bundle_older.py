"""Bundles made by an earlier Wijkpraat: what they could not hold yet is filled in empty."""

from __future__ import annotations

from typing import Any

# table a schema version added -> the columns it added to tables that were already there
ADDED: dict[str, dict[str, tuple[str, ...]]] = {
    "thema": {"afspraak": ("thema", "borging_id")},  # zeggenschap per thema (schema 4)
    "tafel": {"inbreng": ("tafel_id",), "stemming": ("tafel_id",)},  # tafels
    "draaiboek": {},  # the draaiboek: no bijeenkomst of an older bundle had one
    "draaiboek_vraag": {},
    "notitie": {},  # notes per question and photos: none in an older bundle
    "foto": {},
}
# columns a schema version added to a table without adding a table -> their empty value
ADDED_COLUMNS: dict[str, dict[str, object]] = {
    # the meeting facts entered at closing: not entered
    "bijeenkomst": {"aantal_bijdragen": None, "organisaties": ""},
    "draaiboek": {"begintijd": ""},  # the evening's start time came after the draaiboek
}


def fill_older(bundle: dict[str, Any]) -> None:
    """A bundle from before zeggenschap per thema has no thema table and no afspraak.thema /
    borging_id; one from before the tafels has no tafel table and no tafel_id (everything
    was said plenary); one from before the draaiboek, notes per question and photos has
    none of those tables; one from before the meeting facts has no
    bijeenkomst.aantal_bijdragen / organisaties. They were not there, so they are empty."""
    tabellen = bundle.get("tabellen")
    if not isinstance(tabellen, dict):
        return
    for table, columns_of in ADDED.items():
        if table in tabellen:
            continue
        tabellen[table] = []
        for other, columns in columns_of.items():
            for row in tabellen.get(other) or []:
                if isinstance(row, dict):
                    for column in columns:
                        row.setdefault(column, None)
    for table, defaults in ADDED_COLUMNS.items():
        rows = tabellen.get(table)
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict):
                for column, empty in defaults.items():
                    row.setdefault(column, empty)
