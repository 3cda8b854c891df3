"""The facilitator's private notes: one per question (and `bijeenkomst.notities` for the
bijeenkomst as a whole, in places.py). Never on the projector; in an export only with
"met notities" (app.exchange.bundle_rows)."""

from __future__ import annotations

from app.store import validation as check
from app.store.base import StoreBase, new_id, now
from app.store.records import Notitie


class NoteTables(StoreBase):
    """Notitie rows: one per bijeenkomst and question, saved as typed."""

    def set_notitie(self, bijeenkomst_id: str, vraag_id: str, tekst: str) -> Notitie:
        """Store the note of a question (an empty text keeps the row, empty)."""
        vraag_id = check.text(vraag_id, "de vraag")
        tekst = check.text(tekst, "de notitie", required=False, max_len=50_000)
        self._bijeenkomst(bijeenkomst_id)
        stamp = now()
        with self.transaction() as db:
            found = db.execute(
                "SELECT id FROM notitie WHERE bijeenkomst_id = ? AND vraag_id = ?",
                [bijeenkomst_id, vraag_id],
            ).fetchone()
            if found:
                row_id = found[0]
                db.table("notitie").update(row_id, {"tekst": tekst, "bijgewerkt": stamp})
            else:
                row_id = new_id()
                db.table("notitie").insert(
                    {
                        "id": row_id,
                        "bijeenkomst_id": bijeenkomst_id,
                        "vraag_id": vraag_id,
                        "tekst": tekst,
                        "aangemaakt": stamp,
                        "bijgewerkt": stamp,
                    }
                )
        return self._get("notitie", Notitie, row_id)

    def notitie(self, bijeenkomst_id: str, vraag_id: str) -> str:
        """The note of one question ('' when there is none)."""
        rows = self.query(
            "SELECT tekst FROM notitie WHERE bijeenkomst_id = ? AND vraag_id = ?",
            [bijeenkomst_id, vraag_id],
        )
        return str(rows[0][0]) if rows else ""

    def notities_per_vraag(self, bijeenkomst_id: str) -> dict[str, str]:
        """{vraag_id: note} of a bijeenkomst, empty notes left out (for the verslag)."""
        rows = self.query(
            "SELECT vraag_id, tekst FROM notitie WHERE bijeenkomst_id = ? AND tekst != ''"
            " ORDER BY vraag_id",
            [bijeenkomst_id],
        )
        return {row[0]: row[1] for row in rows}
