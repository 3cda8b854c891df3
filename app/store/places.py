"""Gebieden and their bijeenkomsten."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.content import default_pack
from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import StoreBase, now
from app.store.records import Bijeenkomst, Gebied
from app.store.schema import SOORTEN_GEBIED, STATUS_BIJEENKOMST, VORMEN


class PlacesTables(StoreBase):
    """Gebied and bijeenkomst rows."""

    # -- gebied --------------------------------------------------------------------------
    def add_gebied(
        self,
        naam: str,
        soort: str,
        gebiedsteam: str = "",
        notities: str = "",
        *,
        id: str | None = None,
    ) -> Gebied:
        stamp = now()
        values = {
            "naam": check.text(naam, "de naam van het gebied", max_len=200),
            "soort": check.choice(soort, SOORTEN_GEBIED, "Soort"),
            "gebiedsteam": check.text(gebiedsteam, "het gebiedsteam", required=False, max_len=200),
            "notities": check.text(notities, "de notities", required=False),
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        if id:
            values["id"] = id
        return self._insert("gebied", Gebied, values, ignore=bool(id))

    def gebieden(self) -> list[Gebied]:
        return self._select(Gebied, "SELECT * FROM gebied ORDER BY naam COLLATE NOCASE, id")

    def gebied(self, gebied_id: str) -> Gebied:
        return self._get("gebied", Gebied, gebied_id)

    def update_gebied(self, gebied_id: str, **changes: Any) -> Gebied:
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "naam":
                clean[key] = check.text(value, "de naam van het gebied", max_len=200)
            elif key == "soort":
                clean[key] = check.choice(value, SOORTEN_GEBIED, "Soort")
            elif key == "gebiedsteam":
                clean[key] = check.text(value, "het gebiedsteam", required=False, max_len=200)
            elif key == "notities":
                clean[key] = check.text(value, "de notities", required=False)
            else:
                raise TypeError(f"unknown gebied field: {key}")
        return self._update("gebied", Gebied, gebied_id, clean)

    # -- bijeenkomst -------------------------------------------------------------------------
    def add_bijeenkomst(
        self,
        gebied_id: str,
        titel: str,
        datum: str | dt.date,
        *,
        locatie: str = "",
        vorm: str = "tafel",
        stap: int = 1,
        archetype: str | None = None,
        follow_up_url: str | None = None,
        content_versie: str | None = None,
        status: str = "gepland",
        aantal_deelnemers: int | None = None,
        id: str | None = None,
    ) -> Bijeenkomst:
        if content_versie is None:
            content_versie = default_pack().version
        self.gebied(gebied_id)
        stamp = now()
        values = {
            "gebied_id": gebied_id,
            "content_versie": content_versie,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
            **self._clean_bijeenkomst(
                titel=titel,
                datum=datum,
                locatie=locatie,
                vorm=vorm,
                stap=stap,
                archetype=archetype,
                follow_up_url=follow_up_url,
                status=status,
                aantal_deelnemers=aantal_deelnemers,
            ),
        }
        if id:
            values["id"] = id
        return self._insert("bijeenkomst", Bijeenkomst, values, ignore=bool(id))

    @staticmethod
    def _clean_bijeenkomst(**fields: Any) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "titel":
                clean[key] = check.text(value, "de titel", max_len=200)
            elif key == "datum":
                clean[key] = check.iso_date(value)
            elif key in ("locatie", "notities"):
                clean[key] = check.text(value, key, required=False)
            elif key == "vorm":
                clean[key] = check.choice(value, VORMEN, "De vorm")
            elif key == "stap":
                if value not in (1, 2, 3):
                    raise InvalidInput("De stap moet 1, 2 of 3 zijn.")
                clean[key] = value
            elif key == "archetype":
                ids = (a.id for a in default_pack().archetypen)
                clean[key] = check.known_id(value, ids, "Het archetype")
            elif key == "huidige_vraag":
                clean[key] = check.known_id(
                    value, (v.id for v in default_pack().vragen()), "De vraag"
                )
            elif key == "follow_up_url":
                clean[key] = check.url(value)
            elif key == "status":
                clean[key] = check.choice(value, STATUS_BIJEENKOMST, "De status")
            elif key == "aantal_deelnemers":
                clean[key] = None if value is None else check.count(value, "Het aantal deelnemers")
            elif key == "aantal_bijdragen":
                clean[key] = None if value is None else check.count(value, "Het aantal bijdragen")
            elif key == "organisaties":
                clean[key] = check.text(value, "de aanwezige organisaties", required=False)
            else:
                raise TypeError(f"unknown bijeenkomst field: {key}")
        return clean

    def bijeenkomsten(self, gebied_id: str | None = None) -> list[Bijeenkomst]:
        """Newest first."""
        if gebied_id is None:
            return self._select(
                Bijeenkomst, "SELECT * FROM bijeenkomst ORDER BY datum DESC, aangemaakt DESC"
            )
        return self._select(
            Bijeenkomst,
            "SELECT * FROM bijeenkomst WHERE gebied_id = ? ORDER BY datum DESC, aangemaakt DESC",
            [gebied_id],
        )

    def bijeenkomst(self, bijeenkomst_id: str) -> Bijeenkomst:
        return self._get("bijeenkomst", Bijeenkomst, bijeenkomst_id)

    def latest_bijeenkomst(self) -> Bijeenkomst | None:
        """The bijeenkomst worked on most recently (for `--bijeenkomst latest`)."""
        rows = self._select(
            Bijeenkomst, "SELECT * FROM bijeenkomst ORDER BY bijgewerkt DESC LIMIT 1"
        )
        return rows[0] if rows else None

    def update_bijeenkomst(self, bijeenkomst_id: str, **changes: Any) -> Bijeenkomst:
        return self._update(
            "bijeenkomst", Bijeenkomst, bijeenkomst_id, self._clean_bijeenkomst(**changes)
        )

    def earlier_bijeenkomsten(self, bijeenkomst_id: str) -> list[Bijeenkomst]:
        """Bijeenkomsten of the same gebied before this one, oldest first (for trends)."""
        earlier, params = self._earlier_than(bijeenkomst_id)
        return self._select(
            Bijeenkomst,
            f"SELECT * FROM bijeenkomst WHERE id IN ({earlier}) ORDER BY datum, aangemaakt",
            params,
        )
