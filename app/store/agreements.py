"""Stap 2 and 3: kompas, rolverdeling, witte vlekken, afspraken and their evaluatie."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.store import validation as check
from app.store.base import StoreBase, new_id, now
from app.store.records import Afspraak, Evaluatie, KompasScore, Rol, Thema, WitteVlek
from app.store.schema import ACTOREN, STATUS_AFSPRAAK, TAKEN


class AgreementTables(StoreBase):
    """Kompas, rol, witte vlek, afspraak and evaluatie rows."""

    # -- kompas ----------------------------------------------------------------------------
    def set_kompas(
        self,
        bijeenkomst_id: str,
        waarde_id: str,
        *,
        nu: int | None = None,
        doel: int | None = None,
        toelichting: str = "",
    ) -> KompasScore:
        """Set the scores of one kompas waarde (replaces what was there)."""
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "waarde_id": check.text(waarde_id, "de kompaswaarde"),
            "nu": check.score(nu, "Hoe staat het nu"),
            "doel": check.score(doel, "Waar willen we heen"),
            "toelichting": check.text(toelichting, "de toelichting", required=False),
            "bijgewerkt": now(),
        }
        self._bijeenkomst(bijeenkomst_id)
        with self.transaction() as db:
            existing = db.execute(
                "SELECT id FROM kompas_score WHERE bijeenkomst_id = ? AND waarde_id = ?",
                [bijeenkomst_id, waarde_id],
            ).fetchone()
            row_id = existing[0] if existing else new_id()
            db.table("kompas_score").upsert({**values, "id": row_id}, pk="id")
        return self._get("kompas_score", KompasScore, row_id)

    def kompas_scores(self, bijeenkomst_id: str) -> list[KompasScore]:
        return self._select(
            KompasScore,
            "SELECT * FROM kompas_score WHERE bijeenkomst_id = ? ORDER BY waarde_id",
            [bijeenkomst_id],
        )

    # -- rolverdeling ----------------------------------------------------------------------
    def set_rol(
        self, bijeenkomst_id: str, thema: str, taak: str, actoren: Iterable[str]
    ) -> list[Rol]:
        """Set who does `taak` for `thema` (replaces that cell of the grid)."""
        thema = check.text(thema, "het thema", max_len=200)
        taak = check.choice(taak, TAKEN, "De taak")
        chosen = [check.choice(a, ACTOREN, "Wie") for a in dict.fromkeys(actoren)]
        self._bijeenkomst(bijeenkomst_id)
        with self.transaction() as db:
            db.execute(
                "DELETE FROM rolverdeling WHERE bijeenkomst_id = ? AND thema = ? AND taak = ?",
                [bijeenkomst_id, thema, taak],
            )
            db.table("rolverdeling").insert_all(
                {
                    "id": new_id(),
                    "bijeenkomst_id": bijeenkomst_id,
                    "thema": thema,
                    "taak": taak,
                    "actor": actor,
                    "bijgewerkt": now(),
                }
                for actor in chosen
            )
        return [r for r in self.rollen(bijeenkomst_id) if r.thema == thema and r.taak == taak]

    def rollen(self, bijeenkomst_id: str) -> list[Rol]:
        return self._select(
            Rol,
            "SELECT * FROM rolverdeling WHERE bijeenkomst_id = ? ORDER BY thema, taak, actor",
            [bijeenkomst_id],
        )

    # -- thema (zeggenschap per thema) -------------------------------------------------------
    def set_thema(self, bijeenkomst_id: str, thema: str, archetype: str | None = None) -> Thema:
        """Add a thema or change its archetype (None: the bijeenkomst's archetype)."""
        thema = check.text(thema, "het thema", max_len=200)
        self._bijeenkomst(bijeenkomst_id)
        stamp = now()
        with self.transaction() as db:
            existing = db.execute(
                "SELECT id FROM thema WHERE bijeenkomst_id = ? AND thema = ?",
                [bijeenkomst_id, thema],
            ).fetchone()
            if existing:
                row_id = existing[0]
                db.table("thema").update(row_id, {"archetype": archetype, "bijgewerkt": stamp})
            else:
                row_id = new_id()
                volgorde = db.execute(
                    "SELECT COALESCE(MAX(volgorde), 0) + 1 FROM thema WHERE bijeenkomst_id = ?",
                    [bijeenkomst_id],
                ).fetchone()[0]
                db.table("thema").insert(
                    {
                        "id": row_id,
                        "bijeenkomst_id": bijeenkomst_id,
                        "thema": thema,
                        "archetype": archetype,
                        "volgorde": volgorde,
                        "aangemaakt": stamp,
                        "bijgewerkt": stamp,
                    }
                )
        return self._get("thema", Thema, row_id)

    def themas(self, bijeenkomst_id: str) -> list[Thema]:
        return self._select(
            Thema,
            "SELECT * FROM thema WHERE bijeenkomst_id = ? ORDER BY volgorde, aangemaakt",
            [bijeenkomst_id],
        )

    # -- witte vlek --------------------------------------------------------------------------
    def add_witte_vlek(
        self,
        bijeenkomst_id: str,
        tekst: str,
        *,
        waarde_id: str | None = None,
        bouwsteen_id: str | None = None,
        vraag_id: str | None = None,
        id: str | None = None,
    ) -> WitteVlek:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "tekst": check.text(tekst, "de witte vlek"),
            "waarde_id": waarde_id,
            "bouwsteen_id": bouwsteen_id,
            "vraag_id": vraag_id,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        self._bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("witte_vlek", WitteVlek, values, ignore=bool(id))

    def witte_vlekken(self, bijeenkomst_id: str) -> list[WitteVlek]:
        return self._select(
            WitteVlek,
            "SELECT * FROM witte_vlek WHERE bijeenkomst_id = ? ORDER BY aangemaakt",
            [bijeenkomst_id],
        )

    # -- afspraak ----------------------------------------------------------------------------
    def add_afspraak(
        self,
        bijeenkomst_id: str,
        wat: str,
        *,
        wie: str = "",
        wanneer: str = "",
        instrument_id: str | None = None,
        waarde_id: str | None = None,
        bouwsteen_id: str | None = None,
        witte_vlek_id: str | None = None,
        status: str = "open",
        follow_up_url: str | None = None,
        thema: str | None = None,
        borging_id: str | None = None,
        id: str | None = None,
    ) -> Afspraak:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
            **self._clean_afspraak(
                wat=wat,
                wie=wie,
                wanneer=wanneer,
                instrument_id=instrument_id,
                waarde_id=waarde_id,
                bouwsteen_id=bouwsteen_id,
                witte_vlek_id=witte_vlek_id,
                status=status,
                follow_up_url=follow_up_url,
                thema=thema,
                borging_id=borging_id,
            ),
        }
        self._bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert(
            "afspraak",
            Afspraak,
            values,
            ignore=bool(id),
            order_within=("bijeenkomst_id = ?", [bijeenkomst_id]),
        )

    @staticmethod
    def _clean_afspraak(**fields: Any) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "wat":
                clean[key] = check.text(value, "wat er wordt afgesproken")
            elif key in ("wie", "wanneer"):
                clean[key] = check.text(value, key, required=False, max_len=500)
            elif key in (
                "instrument_id",
                "waarde_id",
                "bouwsteen_id",
                "witte_vlek_id",
                "borging_id",
            ):
                clean[key] = value or None
            elif key == "thema":
                clean[key] = check.text(value, "het thema", max_len=200) if value else None
            elif key == "status":
                clean[key] = check.choice(value, STATUS_AFSPRAAK, "De status")
            elif key == "follow_up_url":
                clean[key] = check.url(value)
            elif key == "volgorde":
                clean[key] = check.count(value, key)
            else:
                raise TypeError(f"unknown afspraak field: {key}")
        return clean

    def afspraken(self, bijeenkomst_id: str) -> list[Afspraak]:
        return self._select(
            Afspraak,
            "SELECT * FROM afspraak WHERE bijeenkomst_id = ? ORDER BY volgorde, aangemaakt",
            [bijeenkomst_id],
        )

    def update_afspraak(self, afspraak_id: str, **changes: Any) -> Afspraak:
        return self._update("afspraak", Afspraak, afspraak_id, self._clean_afspraak(**changes))

    def delete_afspraak(self, afspraak_id: str) -> None:
        self._get("afspraak", Afspraak, afspraak_id)
        with self.transaction() as db:
            db.table("afspraak").delete(afspraak_id)

    # -- evaluatie (stap 3) -----------------------------------------------------------------
    def set_evaluatie(
        self, bijeenkomst_id: str, afspraak_id: str, status: str, reflectie: str = ""
    ) -> Evaluatie:
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "afspraak_id": afspraak_id,
            "status": check.choice(status, STATUS_AFSPRAAK, "De status"),
            "reflectie": check.text(reflectie, "de reflectie", required=False),
            "bijgewerkt": now(),
        }
        self._bijeenkomst(bijeenkomst_id)
        self._get("afspraak", Afspraak, afspraak_id)
        with self.transaction() as db:
            existing = db.execute(
                "SELECT id FROM evaluatie WHERE bijeenkomst_id = ? AND afspraak_id = ?",
                [bijeenkomst_id, afspraak_id],
            ).fetchone()
            values["id"] = existing[0] if existing else new_id()
            db.table("evaluatie").upsert(values, pk="id")
            # The afspraak itself carries its latest status.
            db.table("afspraak").update(
                afspraak_id, {"status": values["status"], "bijgewerkt": now()}
            )
        return self._get("evaluatie", Evaluatie, values["id"])

    def evaluaties(self, bijeenkomst_id: str) -> list[Evaluatie]:
        return self._select(
            Evaluatie,
            "SELECT * FROM evaluatie WHERE bijeenkomst_id = ? ORDER BY bijgewerkt",
            [bijeenkomst_id],
        )

    def earlier_afspraken(self, bijeenkomst_id: str) -> list[Afspraak]:
        """Afspraken of earlier bijeenkomsten of the same gebied (for stap 3)."""
        earlier, params = self._earlier_than(bijeenkomst_id)
        return self._select(
            Afspraak,
            f"""SELECT a.* FROM afspraak a JOIN bijeenkomst b ON b.id = a.bijeenkomst_id
                WHERE b.id IN ({earlier}) ORDER BY b.datum, b.aangemaakt, a.volgorde""",
            params,
        )
