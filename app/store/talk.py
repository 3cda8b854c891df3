"""What the room says in stap 1: inbreng and hand-count tallies (stemmingen)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import StoreBase, new_id, now
from app.store.failures import known_errors
from app.store.records import Inbreng, Stemming, row_builder
from app.store.schema import INBRENG_SOORTEN


class TalkTables(StoreBase):
    """Inbreng and stemming rows."""

    # -- inbreng -------------------------------------------------------------------------
    def add_inbreng(
        self,
        bijeenkomst_id: str,
        vraag_id: str,
        tekst: str,
        soort: str | None = None,
        *,
        stippen: int = 0,
        prive: bool = False,
        id: str | None = None,
        tafel_id: str | None = None,
    ) -> Inbreng:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "vraag_id": check.text(vraag_id, "de vraag"),
            "tekst": check.text(tekst, "de inbreng"),
            "soort": check.optional_choice(soort, INBRENG_SOORTEN, "De soort"),
            "stippen": check.count(stippen, "Het aantal stippen"),
            "prive": int(bool(prive)),
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        self._bijeenkomst(bijeenkomst_id)
        if tafel_id is not None:
            values["tafel_id"] = self._own_tafel(bijeenkomst_id, tafel_id)
        if id:
            values["id"] = id
        return self._insert(
            "inbreng",
            Inbreng,
            values,
            ignore=bool(id),
            order_within=("bijeenkomst_id = ? AND vraag_id = ?", [bijeenkomst_id, vraag_id]),
        )

    def vragen_met_inbreng(self, bijeenkomst_id: str) -> set[str]:
        """The vraag ids of a bijeenkomst that have (not deleted) inbreng: one small query,
        not every row, so a question set of 20,000 items opens as fast as one of ten."""
        # A skip scan over idx_inbreng_vraag: the next vraag_id after each one found,
        # then whether that vraag has a row that is not deleted. It reads a few index
        # entries per question, where SELECT DISTINCT read all 20,000 rows (12 ms).
        rows = self.query(
            "WITH RECURSIVE v(id) AS ("
            " SELECT min(vraag_id) FROM inbreng WHERE bijeenkomst_id = :b"
            " UNION ALL SELECT (SELECT min(vraag_id) FROM inbreng"
            " WHERE bijeenkomst_id = :b AND vraag_id > v.id) FROM v WHERE v.id IS NOT NULL)"
            " SELECT id FROM v WHERE id IS NOT NULL AND EXISTS (SELECT 1 FROM inbreng"
            " WHERE bijeenkomst_id = :b AND vraag_id = v.id AND verwijderd IS NULL)",
            {"b": bijeenkomst_id},
        )
        return {row[0] for row in rows}

    def inbreng(
        self, bijeenkomst_id: str, vraag_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Inbreng]:
        sql = "SELECT * FROM inbreng WHERE bijeenkomst_id = ?"
        params: list[Any] = [bijeenkomst_id]
        if vraag_id is not None:
            sql += " AND vraag_id = ?"
            params.append(vraag_id)
        if not include_deleted:
            sql += " AND verwijderd IS NULL"
        return self._select(Inbreng, sql + " ORDER BY vraag_id, volgorde, aangemaakt", params)

    def iter_inbreng(self, bijeenkomst_id: str, *, batch: int = 1000) -> Iterator[Inbreng]:
        """inbreng(bijeenkomst_id) one at a time, `batch` rows per fetch: a CSV of a
        bijeenkomst with 100,000 items holds a thousand of them in memory at most."""
        with known_errors():
            cursor = self._conn.execute(
                "SELECT * FROM inbreng WHERE bijeenkomst_id = ? AND verwijderd IS NULL"
                " ORDER BY vraag_id, volgorde, aangemaakt",
                [bijeenkomst_id],
            )
            build = row_builder(Inbreng, tuple(d[0] for d in cursor.description))
            try:
                while rows := cursor.fetchmany(batch):
                    for row in rows:
                        yield build(row)
            finally:
                cursor.close()

    def update_inbreng(self, inbreng_id: str, **changes: Any) -> Inbreng:
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "tekst":
                clean[key] = check.text(value, "de inbreng")
            elif key == "soort":
                clean[key] = check.optional_choice(value, INBRENG_SOORTEN, "De soort")
            elif key in ("stippen", "volgorde"):
                clean[key] = check.count(value, key)
            elif key == "prive":
                clean[key] = int(bool(value))
            elif key == "tafel_id":
                item = self._get("inbreng", Inbreng, inbreng_id)
                clean[key] = value and self._own_tafel(item.bijeenkomst_id, value)
            else:
                raise TypeError(f"unknown inbreng field: {key}")
        return self._update("inbreng", Inbreng, inbreng_id, clean)

    def _own_tafel(self, bijeenkomst_id: str, tafel_id: str) -> str:
        """A tafel of this bijeenkomst, or a Dutch error (never another meeting's tafel)."""
        rows = self.query(
            "SELECT 1 FROM tafel WHERE id = ? AND bijeenkomst_id = ?", [tafel_id, bijeenkomst_id]
        )
        if not rows:
            raise InvalidInput("Deze tafel bestaat niet (meer) in deze bijeenkomst.")
        return tafel_id

    def move_inbreng(self, inbreng_id: str, delta: int) -> list[Inbreng]:
        """Move an item up (-1) or down (+1) among the inbreng of its question.

        Returns the rows whose place changed: the item and the neighbour it swapped
        places with (two rows, whatever the length of the list), or every row of the
        question when equal numbers had to be renumbered first. Empty when nothing moved.
        """
        item = self._get("inbreng", Inbreng, inbreng_id)
        if item.verwijderd is not None or delta not in (-1, 1):
            return []  # a deleted item has no place in the list to move
        with self.transaction() as db:
            before = delta < 0
            neighbour = self._select(
                Inbreng,
                "SELECT * FROM inbreng WHERE bijeenkomst_id = ? AND vraag_id = ?"
                " AND verwijderd IS NULL AND id != ?"
                + (
                    " AND (volgorde, aangemaakt) <= (?, ?)"
                    " ORDER BY volgorde DESC, aangemaakt DESC LIMIT 1"
                    if before
                    else " AND (volgorde, aangemaakt) >= (?, ?)"
                    " ORDER BY volgorde, aangemaakt LIMIT 1"
                ),
                [item.bijeenkomst_id, item.vraag_id, item.id, item.volgorde, item.aangemaakt],
            )
            if not neighbour:
                return []
            other = neighbour[0]
            if other.volgorde != item.volgorde:
                db.table("inbreng").update(item.id, {"volgorde": other.volgorde})
                db.table("inbreng").update(other.id, {"volgorde": item.volgorde})
                return [self._get("inbreng", Inbreng, r) for r in (item.id, other.id)]
            # Equal numbers (older data): number the whole question, then swap.
            ids = [i.id for i in self.inbreng(item.bijeenkomst_id, item.vraag_id)]
            pos = ids.index(item.id)
            ids.insert(pos + delta, ids.pop(pos))
            for order, row_id in enumerate(ids, start=1):
                db.table("inbreng").update(row_id, {"volgorde": order})
        return self.inbreng(item.bijeenkomst_id, item.vraag_id)

    def delete_inbreng(self, inbreng_id: str) -> Inbreng:
        """Soft delete, so undo (and a later look) can bring the words back."""
        return self._update("inbreng", Inbreng, inbreng_id, {"verwijderd": now()})

    def restore_inbreng(self, inbreng_id: str) -> Inbreng:
        return self._update("inbreng", Inbreng, inbreng_id, {"verwijderd": None})

    # -- stemming (hand-count tallies) -----------------------------------------------------
    def set_stemming(
        self,
        bijeenkomst_id: str,
        vraag_id: str,
        optie: str,
        aantal: int,
        *,
        tafel_id: str | None = None,
    ) -> Stemming:
        """The count of one optie at one tafel (None: the plenary count)."""
        vraag_id = check.text(vraag_id, "de vraag")
        optie = check.text(optie, "de optie", max_len=200)
        aantal = check.count(aantal, "Het aantal")
        self._bijeenkomst(bijeenkomst_id)
        if tafel_id is not None:
            self._own_tafel(bijeenkomst_id, tafel_id)
        with self.transaction() as db:
            existing = db.execute(
                "SELECT id FROM stemming WHERE bijeenkomst_id = ? AND vraag_id = ? AND optie = ?"
                " AND ifnull(tafel_id, '') = ?",
                [bijeenkomst_id, vraag_id, optie, tafel_id or ""],
            ).fetchone()
            if existing:
                db.table("stemming").update(existing[0], {"aantal": aantal, "bijgewerkt": now()})
                row_id = existing[0]
            else:
                row_id = new_id()
                order = self._next_order(
                    "stemming", "bijeenkomst_id = ? AND vraag_id = ?", [bijeenkomst_id, vraag_id]
                )
                db.table("stemming").insert(
                    {
                        "id": row_id,
                        "bijeenkomst_id": bijeenkomst_id,
                        "vraag_id": vraag_id,
                        "optie": optie,
                        "aantal": aantal,
                        "volgorde": order,
                        "bijgewerkt": now(),
                        "tafel_id": tafel_id,
                    }
                )
        return self._get("stemming", Stemming, row_id)

    def stemmingen(
        self, bijeenkomst_id: str, vraag_id: str | None = None, *, per_tafel: bool = False
    ) -> list[Stemming]:
        """The hand counts, one row per vraag and optie summed over the tafels (tafel_id
        None); with `per_tafel` the stored rows, one per tafel (None: plenary)."""
        where = "WHERE bijeenkomst_id = ?"
        params: list[Any] = [bijeenkomst_id]
        if vraag_id is not None:
            where += " AND vraag_id = ?"
            params.append(vraag_id)
        if per_tafel:
            sql = f"SELECT * FROM stemming {where} ORDER BY vraag_id, volgorde"
        else:
            sql = (
                "SELECT min(id) AS id, bijeenkomst_id, vraag_id, optie, sum(aantal) AS aantal,"
                " min(volgorde) AS volgorde, max(bijgewerkt) AS bijgewerkt, NULL AS tafel_id"
                f" FROM stemming {where} GROUP BY vraag_id, optie"
                " ORDER BY vraag_id, min(volgorde), optie"
            )
        return self._select(Stemming, sql, params)
