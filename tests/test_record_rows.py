"""Records are read from rows by column name, whatever the column order, extra columns
or (for a defaulted field) a missing column: what an older file or a new column gives."""

from __future__ import annotations

import sqlite3

from app.store.records import Inbreng, row_builder

COLUMNS = (
    "bijgewerkt", "id", "extra", "bijeenkomst_id", "vraag_id", "tekst", "soort",
    "volgorde", "stippen", "prive", "verwijderd", "aangemaakt", "tafel_id",
)  # fmt: skip


def rows(columns: tuple[str, ...]) -> list[sqlite3.Row]:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute(f"CREATE TABLE t ({', '.join(columns)})")
    values = {
        "bijgewerkt": "2027-01-02", "id": "i1", "extra": "x", "bijeenkomst_id": "b1",
        "vraag_id": "v1", "tekst": "Meer bankjes", "soort": None, "volgorde": 3,
        "stippen": 2, "prive": 0, "verwijderd": None, "aangemaakt": "2027-01-01",
        "tafel_id": "t1",
    }  # fmt: skip
    conn.execute(
        f"INSERT INTO t VALUES ({', '.join('?' * len(columns))})", [values[c] for c in columns]
    )
    return list(conn.execute("SELECT * FROM t"))


def test_fields_are_taken_by_name_in_any_column_order_past_unknown_columns():
    row = rows(COLUMNS)[0]
    item = row_builder(Inbreng, tuple(row.keys()))(row)
    assert item == Inbreng(
        id="i1", bijeenkomst_id="b1", vraag_id="v1", tekst="Meer bankjes", soort=None,
        volgorde=3, stippen=2, prive=0, verwijderd=None, aangemaakt="2027-01-01",
        bijgewerkt="2027-01-02", tafel_id="t1",
    )  # fmt: skip


def test_a_row_without_a_defaulted_column_gets_the_default():
    columns = tuple(c for c in COLUMNS if c != "tafel_id")
    row = rows(columns)[0]
    item = row_builder(Inbreng, tuple(row.keys()))(row)
    assert item.tafel_id is None and item.tekst == "Meer bankjes" and item.volgorde == 3
