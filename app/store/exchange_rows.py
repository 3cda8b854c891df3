"""Whole rows in and out, for a bundle export, an import and anonymising.

The exchange package decides what goes into a bundle and what an import may change;
these methods are the SQL it needs, so that SQL stays in the store.
"""

from __future__ import annotations

from typing import Any, Literal

from app.store.base import StoreBase, now
from app.store.failures import known_errors

Merge = Literal["added", "updated", "unchanged", "conflict"]


class ExchangeRows(StoreBase):
    """Rows as plain dicts, selected per gebied; one-row merges for an import."""

    def gebied_rows(self, table: str, gebied_id: str | None) -> list[dict[str, Any]]:
        """Every row of `table` that belongs to one gebied (or to all, with None).

        Deelnemers come in the order they were added (their seat numbers follow it);
        other tables by id, so an export of the same data is the same file.
        """
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
        return [dict(row) for row in self.query(sql, params)]

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
        with known_errors():
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
