"""Who is in the room (labels only, never contact data) and their spreekbeurten."""

from __future__ import annotations

import math

from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import StoreBase, now
from app.store.records import Deelnemer, Spreekbeurt
from app.store.schema import DENKSTIJLEN


class PeopleTables(StoreBase):
    """Deelnemer and spreekbeurt rows."""

    # -- deelnemers and spreekbeurten ------------------------------------------------------
    def add_deelnemer(
        self,
        bijeenkomst_id: str,
        label: str,
        *,
        rol: str = "",
        groep: str = "",
        denkstijl: str | None = None,
        id: str | None = None,
    ) -> Deelnemer:
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "label": check.text(label, "een voornaam of stoelnummer", max_len=60),
            "rol": check.text(rol, "de rol", required=False, max_len=100),
            "groep": check.text(groep, "de groep", required=False, max_len=100),
            "denkstijl": check.optional_choice(denkstijl, DENKSTIJLEN, "Doener of denker"),
            "aangemaakt": now(),
        }
        self._bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("deelnemer", Deelnemer, values, ignore=bool(id))

    def deelnemers(self, bijeenkomst_id: str) -> list[Deelnemer]:
        return self._select(
            Deelnemer,
            "SELECT * FROM deelnemer WHERE bijeenkomst_id = ? ORDER BY aangemaakt, label",
            [bijeenkomst_id],
        )

    def add_spreekbeurt(
        self,
        bijeenkomst_id: str,
        deelnemer_id: str,
        *,
        vraag_id: str | None,
        start: str,
        duur_s: float,
        gepast: bool = False,
    ) -> Spreekbeurt:
        if not math.isfinite(duur_s) or duur_s < 0:
            raise InvalidInput("Een spreekbeurt kan niet korter dan 0 seconden duren.")
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "deelnemer_id": deelnemer_id,
            "vraag_id": vraag_id,
            "start": start,
            "duur_s": float(duur_s),
            "gepast": int(gepast),
        }
        if self._get("deelnemer", Deelnemer, deelnemer_id).bijeenkomst_id != bijeenkomst_id:
            raise InvalidInput("Deze deelnemer hoort bij een andere bijeenkomst.")
        values["start"] = check.timestamp(start, "het begin van de spreekbeurt")
        return self._insert("spreekbeurt", Spreekbeurt, values)

    def spreekbeurten(self, bijeenkomst_id: str) -> list[Spreekbeurt]:
        return self._select(
            Spreekbeurt,
            "SELECT * FROM spreekbeurt WHERE bijeenkomst_id = ? ORDER BY start",
            [bijeenkomst_id],
        )
