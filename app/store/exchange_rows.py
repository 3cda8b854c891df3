"""Whole rows in and out, for a bundle export, an import and anonymising.

The exchange package decides what goes into a bundle and what an import may change;
these methods are the SQL it needs, so that SQL stays in the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any, Literal

from app.store.base import StoreBase, now
from app.store.failures import known_errors

Merge = Literal["added", "updated", "unchanged", "conflict"]
LOOKUP_CHUNK = 500


class ExchangeRows(StoreBase):
    """Rows as plain dicts, selected per gebied; one-row merges for an import."""

    def gebied_rows(self, table: str, gebied_id: str | None) -> list[dict[str, Any]]:
        """Every row of `table` that belongs to one gebied (or to all, with None).

        Deelnemers come in the order they were added (their seat numbers follow it);
        other tables by id, so an export of the same data is the same file.
        """
        return list(self.iter_gebied_rows(table, gebied_id))

    def iter_gebied_rows(
        self, table: str, gebied_id: str | None, *, batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """gebied_rows one at a time, fetched `batch` rows at a time: an export of a
        million rows holds a thousand in memory, not a million."""
        sql, params = self._gebied_sql(table, gebied_id)
        with known_errors():
            cursor = self._conn.execute(sql, params)
            try:
                while rows := cursor.fetchmany(batch):
                    yield from map(dict, rows)
            finally:
                cursor.close()

    def _gebied_sql(self, table: str, gebied_id: str | None) -> tuple[str, list[Any]]:
        params: list[Any] = []
        if table == "gebied":
            sql = "SELECT * FROM gebied"
            if gebied_id is not None:
                sql += " WHERE id = ?"
                params.append(gebied_id)
        elif table == "bijeenkomst":
            sql = "SELECT * FROM bijeenkomst"
            if gebied_id is not None:
                sql += " WHERE gebied_id = ?"
                params.append(gebied_id)
        else:
            sql = f"SELECT * FROM [{table}]"
            if gebied_id is not None:
                sql += " WHERE bijeenkomst_id IN (SELECT id FROM bijeenkomst WHERE gebied_id = ?)"
                params.append(gebied_id)
        sql += " ORDER BY aangemaakt, id" if table == "deelnemer" else " ORDER BY id"
        return sql, params

    def merge_rows(
        self,
        table: str,
        rows: Sequence[dict[str, Any]],
        natural_key: tuple[str, ...] = (),
        *,
        newer: Callable[[str, str | None], bool],
        since: str | None = None,
        conflicts: list[dict[str, Any]] | None = None,
    ) -> dict[Merge, int]:
        """merge_row for a batch: the existing rows are looked up with a query per 500
        and the new ones inserted with one statement (`_insert_staged`), so an import of 50,000
        rows holds the write lock for the writing only, not for 50,000 round trips.
        Rows within one batch must have distinct ids and natural keys (a checked bundle
        has them). With `since` (the last exchange), a row changed on both sides after it
        is a "conflict", as in merge_row: left as it is here, and added to `conflicts`."""
        counts: dict[Merge, int] = {"added": 0, "updated": 0, "unchanged": 0, "conflict": 0}
        if not rows:
            return counts
        with self.transaction() as db:
            ids = [row["id"] for row in rows]
            by_id = {r["id"]: dict(r) for r in self._rows_in(table, "id", ids)}
            by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
            if natural_key:
                missing = [row for row in rows if row["id"] not in by_id]
                if missing:
                    # A natural key starts with its owner (bijeenkomst_id), and an owner
                    # has few such rows: fetch them per owner.
                    owner = natural_key[0]
                    owners = sorted({row[owner] for row in missing})
                    for r in self._rows_in(table, owner, owners):
                        by_key[tuple(r[c] for c in natural_key)] = dict(r)
            new: list[dict[str, Any]] = []
            for row in rows:
                existing = by_id.get(row["id"])
                if existing is None and natural_key:
                    existing = by_key.get(tuple(row[c] for c in natural_key))
                if existing is None:
                    new.append(row)
                    continue
                changes = {k: v for k, v in row.items() if k != "id"}
                if "bijgewerkt" not in row or existing | changes == existing:
                    counts["unchanged"] += 1
                    continue
                if (
                    since is not None
                    and newer(row["bijgewerkt"], since)
                    and newer(existing["bijgewerkt"], since)
                ):
                    counts["conflict"] += 1  # changed on both sides: neither wins unseen
                    if conflicts is not None:
                        conflicts.append(row)
                    continue
                if not newer(row["bijgewerkt"], existing["bijgewerkt"]):
                    counts["unchanged"] += 1
                    continue
                db.table(table).update(existing["id"], changes)
                counts["updated"] += 1
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in new:  # rows with the same columns (in a checked bundle: all of them)
                groups.setdefault(tuple(row), []).append(row)
            for columns, same in groups.items():
                values = (
                    list(map(itemgetter(*columns), same))
                    if len(columns) > 1
                    else [(row[columns[0]],) for row in same]
                )
                self._insert_staged(table, columns, values)
            counts["added"] = len(new)
        return counts

    def _rows_in(self, table: str, column: str, values: list[Any]) -> Iterator[sqlite3.Row]:
        """The rows whose `column` is one of `values`, asked LOOKUP_CHUNK values at a time
        (older SQLite allows 999 host parameters in one statement)."""
        for start in range(0, len(values), LOOKUP_CHUNK):
            chunk = values[start : start + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            yield from self.query(f"SELECT * FROM [{table}] WHERE [{column}] IN ({marks})", chunk)

    def _insert_staged(
        self, table: str, columns: tuple[str, ...], values: list[tuple[Any, ...]]
    ) -> None:
        """Insert many rows with one INSERT … SELECT from a temporary copy of the table.

        Why not executemany straight into the table: every executed INSERT opens a
        statement savepoint, and at each savepoint the FTS5 search index (issue 15's
        triggers on inbreng, afspraak, …) writes out what it has gathered so far, so
        50,000 rows made 50,000 tiny index segments to merge (1.7 s CPU of an import's
        2.5 s). One statement per batch lets the index gather the batch (0.8 s). The
        temporary table has the columns and no constraints, triggers or indexes; the
        real table's constraints, foreign keys and triggers apply in the INSERT … SELECT.
        """
        names = ", ".join(f"[{c}]" for c in columns)
        stage = f"temp.[_import_{table}]"
        self._conn.execute(f"CREATE TEMP TABLE {stage} AS SELECT {names} FROM [{table}] WHERE 0")
        try:
            self._conn.executemany(
                f"INSERT INTO {stage} ({names}) VALUES ({','.join('?' * len(columns))})", values
            )
            self._conn.execute(
                f"INSERT INTO main.[{table}] ({names}) SELECT {names} FROM {stage} ORDER BY rowid"
            )
        finally:
            self._conn.execute(f"DROP TABLE {stage}")

    def merge_row(
        self,
        table: str,
        row: dict[str, Any],
        natural_key: tuple[str, ...] = (),
        *,
        newer: Any,
        since: str | None = None,
    ) -> Merge:
        """Add `row`, or update the row it matches (by id, else by `natural_key`).

        `newer(incoming, existing)` decides whether the incoming `bijgewerkt` wins. With
        `since` (the last exchange), a row changed on both sides after it is a
        "conflict": left as it is here, for a person to look at.
        """
        with self.transaction() as db:
            found = self.query(f"SELECT * FROM [{table}] WHERE id = ?", [row["id"]])
            if not found and natural_key:
                found = self.query(
                    f"SELECT * FROM [{table}] WHERE "
                    + " AND ".join(f"[{c}] = ?" for c in natural_key),
                    [row[c] for c in natural_key],
                )
            if not found:
                db.table(table).insert(row)
                return "added"
            existing = dict(found[0])
            changes = {k: v for k, v in row.items() if k != "id"}
            if "bijgewerkt" not in row or existing | changes == existing:
                return "unchanged"
            if (
                since is not None
                and newer(row["bijgewerkt"], since)
                and newer(existing["bijgewerkt"], since)
            ):
                return "conflict"  # changed on both sides: neither wins unseen
            if not newer(row["bijgewerkt"], existing["bijgewerkt"]):
                return "unchanged"
            db.table(table).update(existing["id"], changes)
            return "updated"

    def deelnemer_labels(self, bijeenkomst_id: str) -> list[tuple[str, str]]:
        """(id, label) of the deelnemers of a bijeenkomst, in the order they were added."""
        rows = self.query(
            "SELECT id, label FROM deelnemer WHERE bijeenkomst_id = ? ORDER BY aangemaakt, id",
            [bijeenkomst_id],
        )
        return [(row["id"], row["label"]) for row in rows]

    def set_deelnemer_label(self, deelnemer_id: str, label: str) -> None:
        with self.transaction() as db:
            db.table("deelnemer").update(deelnemer_id, {"label": label})

    # Free text a person typed, per bijeenkomst: what anonymising cannot rewrite safely.
    _FREE_TEXT = (
        ("inbreng", "tekst"),
        ("afspraak", "wat"),
        ("afspraak", "wanneer"),
        ("witte_vlek", "tekst"),
        ("evaluatie", "reflectie"),
        ("kompas_score", "toelichting"),
        ("notitie", "tekst"),
        ("foto", "bijschrift"),
    )

    def free_texts(self, bijeenkomst_id: str) -> list[str]:
        """Every free text of a bijeenkomst (its notes included), deleted inbreng too."""
        texts = [
            r[0]
            for r in self.query("SELECT notities FROM bijeenkomst WHERE id = ?", [bijeenkomst_id])
        ]
        for table, column in self._FREE_TEXT:
            texts += [
                r[0]
                for r in self.query(
                    f"SELECT [{column}] FROM [{table}] WHERE bijeenkomst_id = ?", [bijeenkomst_id]
                )
            ]
        return texts

    def afspraak_wie(self, bijeenkomst_id: str) -> list[tuple[str, str]]:
        """(id, wie) of the afspraken of a bijeenkomst."""
        rows = self.query("SELECT id, wie FROM afspraak WHERE bijeenkomst_id = ?", [bijeenkomst_id])
        return [(row["id"], row["wie"]) for row in rows]

    def set_afspraak_wie(self, afspraak_id: str, wie: str) -> None:
        with self.transaction() as db:
            db.table("afspraak").update(afspraak_id, {"wie": wie, "bijgewerkt": now()})

    def compact(self) -> None:
        """Rewrite the file without free pages and empty the WAL, so text that was
        replaced (a name after anonymising) is no longer anywhere in the file's bytes."""
        self.full_check()  # VACUUM rewrites the file: never a damaged one
        with known_errors():
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
