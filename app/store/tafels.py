"""Tafels (seed 001): the named tables of a bijeenkomst, each with a gespreksleider label.

Inbreng and hand counts may belong to a tafel (`tafel_id`, app.store.talk). Removing a
tafel loses nothing that was said: its inbreng stays (without a tafel, ON DELETE SET NULL)
and its hand counts are added to the plenary counts, so the summed tally stays the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import now
from app.store.records import Inbreng, Tafel
from app.store.talk import TalkTables

# A gespreksleider is a label (first name, "Alice", "gebiedsteam"), never contact data.
GESPREKSLEIDER_MAX = 80
TITEL_MAX = 60


class TafelTables(TalkTables):
    """Tafel rows, and the inbreng of a bijeenkomst grouped per vraag and tafel."""

    def tafels(self, bijeenkomst_id: str) -> list[Tafel]:
        return self._select(
            Tafel,
            "SELECT * FROM tafel WHERE bijeenkomst_id = ? ORDER BY volgorde, aangemaakt",
            [bijeenkomst_id],
        )

    def tafel(self, tafel_id: str) -> Tafel:
        return self._get("tafel", Tafel, tafel_id)

    def add_tafel(self, bijeenkomst_id: str, titel: str, gespreksleider: str = "") -> Tafel:
        self._bijeenkomst(bijeenkomst_id)
        titel = self._free_name(bijeenkomst_id, titel)
        stamp = now()
        return self._insert(
            "tafel",
            Tafel,
            {
                "bijeenkomst_id": bijeenkomst_id,
                "titel": titel,
                "gespreksleider": _leider(gespreksleider),
                "aangemaakt": stamp,
                "bijgewerkt": stamp,
            },
            order_within=("bijeenkomst_id = ?", [bijeenkomst_id]),
        )

    def update_tafel(
        self, tafel_id: str, *, titel: str | None = None, gespreksleider: str | None = None
    ) -> Tafel:
        tafel = self.tafel(tafel_id)
        changes: dict[str, str] = {}
        if titel is not None and titel.strip() != tafel.titel:
            changes["titel"] = self._free_name(tafel.bijeenkomst_id, titel)
        if gespreksleider is not None:
            changes["gespreksleider"] = _leider(gespreksleider)
        return self._update("tafel", Tafel, tafel_id, changes)

    def delete_tafel(self, tafel_id: str) -> Tafel:
        """Remove a tafel; its inbreng stays (no tafel), its counts go to the plenary ones."""
        tafel = self.tafel(tafel_id)
        with self.transaction() as db:
            counted = db.execute(
                "SELECT vraag_id, optie, aantal FROM stemming WHERE tafel_id = ?", [tafel_id]
            ).fetchall()
            for vraag_id, optie, aantal in counted:
                plenary = db.execute(
                    "SELECT aantal FROM stemming WHERE bijeenkomst_id = ? AND vraag_id = ?"
                    " AND optie = ? AND tafel_id IS NULL",
                    [tafel.bijeenkomst_id, vraag_id, optie],
                ).fetchone()
                total = aantal + (plenary[0] if plenary else 0)
                db.execute(
                    "DELETE FROM stemming WHERE tafel_id = ? AND vraag_id = ? AND optie = ?",
                    [tafel_id, vraag_id, optie],
                )
                self.set_stemming(tafel.bijeenkomst_id, vraag_id, optie, total)
            # The inbreng keeps its words and loses only the tafel (ON DELETE SET NULL);
            # bijgewerkt moves, so an export carries the change to the other laptop.
            db.execute(
                "UPDATE inbreng SET tafel_id = NULL, bijgewerkt = ? WHERE tafel_id = ?",
                [now(), tafel_id],
            )
            db.execute("DELETE FROM tafel WHERE id = ?", [tafel_id])
        return tafel

    def inbreng_per_tafel(
        self, bijeenkomst_id: str, *, include_private: bool = False
    ) -> dict[str, dict[str | None, list[Inbreng]]]:
        """{vraag_id: {tafel_id (None: no tafel): [inbreng in order]}} of one bijeenkomst,
        deleted inbreng left out, privé only with `include_private`. The tafels come in
        their order, then None; the verslag and the plenaire terugkoppeling read this."""
        order = {t.id: i for i, t in enumerate(self.tafels(bijeenkomst_id))}
        found: dict[str, dict[str | None, list[Inbreng]]] = {}
        for item in self.iter_inbreng(bijeenkomst_id):
            if item.prive and not include_private:
                continue
            found.setdefault(item.vraag_id, {}).setdefault(item.tafel_id, []).append(item)
        last = len(order)
        return {
            vraag_id: dict(
                sorted(groups.items(), key=lambda kv: order.get(kv[0], last) if kv[0] else last)
            )
            for vraag_id, groups in found.items()
        }

    def clear_gespreksleiders(self, bijeenkomst_ids: Iterable[str]) -> int:
        """Empty the gespreksleider labels of these bijeenkomsten (anonymising)."""
        ids = list(bijeenkomst_ids)
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        with self.transaction() as db:
            cursor = db.execute(
                f"UPDATE tafel SET gespreksleider = '', bijgewerkt = ?"
                f" WHERE gespreksleider != '' AND bijeenkomst_id IN ({marks})",
                [now(), *ids],
            )
            return int(cursor.rowcount)

    def _free_name(self, bijeenkomst_id: str, titel: str) -> str:
        titel = check.text(titel, "de naam van de tafel", max_len=TITEL_MAX)
        taken = self.query(
            "SELECT 1 FROM tafel WHERE bijeenkomst_id = ? AND lower(titel) = lower(?)",
            [bijeenkomst_id, titel],
        )
        if taken:
            raise InvalidInput(f"Er is al een tafel '{titel}' bij deze bijeenkomst.")
        return titel


def _leider(value: str) -> str:
    return check.text(value, "de gespreksleider", required=False, max_len=GESPREKSLEIDER_MAX)
