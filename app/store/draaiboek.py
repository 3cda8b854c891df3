"""The draaiboek of a bijeenkomst: doel, kader, proces and the evening's questions.

Two functions here are what the rest of the app asks, so every output agrees on the plan
of an evening: `avond_vragen` (which questions, in which order, with which minutes) and
`draaiboek_teksten` (doel, kader and proces). The tafelvel and the verslag read these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.content import ContentPack, Vraag, default_pack
from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import StoreBase, new_id, now
from app.store.records import Draaiboek, DraaiboekVraag
from app.store.schema import MINUTEN_MAX, MINUTEN_MIN

# Minutes a question gets when it is chosen (the facilitator changes them).
DEFAULT_MINUTEN = 10
TEKST_VELDEN = ("doel", "kader", "proces", "begintijd")
TEKST_LABELS = {"doel": "het doel", "kader": "het kader", "proces": "het proces"}


def check_begintijd(tekst: str) -> str:
    """'19:30', '19.30', '1930' or '9:05' as 'uu:mm'; '' for none; InvalidInput otherwise."""
    tekst = (tekst or "").strip().replace(".", ":")
    if not tekst:
        return ""
    if ":" not in tekst and tekst.isdigit() and len(tekst) in (3, 4):
        tekst = f"{tekst[:-2]}:{tekst[-2:]}"
    uur, _, minuut = tekst.partition(":")
    good = uur.isdigit() and minuut.isdigit() and len(minuut) == 2
    if good and int(uur) < 24 and int(minuut) < 60:
        return f"{int(uur):02d}:{minuut}"
    raise InvalidInput("Vul de begintijd in als uur en minuten, bijvoorbeeld 19:30.")


@dataclass(frozen=True)
class AvondVraag:
    """One question of the evening; `minuten` is None when there is no draaiboek."""

    vraag: Vraag
    minuten: int | None


@dataclass(frozen=True)
class DraaiboekTeksten:
    doel: str = ""
    kader: str = ""
    proces: str = ""
    begintijd: str = ""


def check_minuten(minuten: object) -> int:
    if isinstance(minuten, bool) or not isinstance(minuten, int):
        raise InvalidInput("Vul het aantal minuten in als een heel getal.")
    if not MINUTEN_MIN <= minuten <= MINUTEN_MAX:
        raise InvalidInput(
            f"Een vraag krijgt tussen {MINUTEN_MIN} en {MINUTEN_MAX} minuten, niet {minuten}."
        )
    return minuten


class DraaiboekTables(StoreBase):
    """Draaiboek and draaiboek_vraag rows."""

    def draaiboek(self, bijeenkomst_id: str) -> Draaiboek | None:
        found = self._select(
            Draaiboek, "SELECT * FROM draaiboek WHERE bijeenkomst_id = ?", [bijeenkomst_id]
        )
        return found[0] if found else None

    def set_draaiboek(self, bijeenkomst_id: str, **teksten: str) -> Draaiboek:
        """Change doel, kader and/or proces (the row is made on the first edit)."""
        unknown = set(teksten) - set(TEKST_VELDEN)
        if unknown:
            raise ValueError(f"unknown draaiboek fields: {sorted(unknown)}")
        values = {
            k: check_begintijd(v)
            if k == "begintijd"
            else check.text(v, TEKST_LABELS[k], required=False, max_len=2000)
            for k, v in teksten.items()
        }
        self._bijeenkomst(bijeenkomst_id)
        stamp = now()
        with self.transaction() as db:
            existing = self.draaiboek(bijeenkomst_id)
            if existing is None:
                row = {"doel": "", "kader": "", "proces": "", "begintijd": "", **values}
                db.table("draaiboek").insert(
                    {
                        "id": new_id(),
                        "bijeenkomst_id": bijeenkomst_id,
                        **row,
                        "aangemaakt": stamp,
                        "bijgewerkt": stamp,
                    }
                )
            elif any(getattr(existing, k) != v for k, v in values.items()):
                db.table("draaiboek").update(existing.id, {**values, "bijgewerkt": stamp})
        found = self.draaiboek(bijeenkomst_id)
        assert found is not None
        return found

    def draaiboek_vragen(self, bijeenkomst_id: str) -> list[DraaiboekVraag]:
        """Every question row of the draaiboek, chosen and unchosen, in order."""
        return self._select(
            DraaiboekVraag,
            "SELECT * FROM draaiboek_vraag WHERE bijeenkomst_id = ?"
            " ORDER BY gekozen DESC, volgorde, aangemaakt",
            [bijeenkomst_id],
        )

    def set_draaiboek_vragen(
        self, bijeenkomst_id: str, keuze: Sequence[tuple[str, int]]
    ) -> list[DraaiboekVraag]:
        """The chosen questions as (vraag_id, minuten), in the order of the evening, in
        one transaction; a question no longer listed stays as unchosen with its minutes.
        Only rows that change get a new `bijgewerkt` (newest wins on import)."""
        wanted: dict[str, tuple[int, int]] = {}
        for place, (vraag_id, minuten) in enumerate(keuze, start=1):
            vraag_id = check.text(vraag_id, "de vraag", max_len=200)
            if vraag_id in wanted:
                raise InvalidInput(f"De vraag {vraag_id} staat twee keer in het draaiboek.")
            wanted[vraag_id] = (place, check_minuten(minuten))
        self._bijeenkomst(bijeenkomst_id)
        stamp = now()
        with self.transaction() as db:
            existing = {r.vraag_id: r for r in self.draaiboek_vragen(bijeenkomst_id)}
            for vraag_id, (place, minuten) in wanted.items():
                row = existing.get(vraag_id)
                new = {"volgorde": place, "minuten": minuten, "gekozen": 1}
                if row is None:
                    db.table("draaiboek_vraag").insert(
                        {
                            "id": new_id(),
                            "bijeenkomst_id": bijeenkomst_id,
                            "vraag_id": vraag_id,
                            **new,
                            "aangemaakt": stamp,
                            "bijgewerkt": stamp,
                        }
                    )
                elif (row.volgorde, row.minuten, row.gekozen) != (place, minuten, 1):
                    db.table("draaiboek_vraag").update(row.id, {**new, "bijgewerkt": stamp})
            for vraag_id, row in existing.items():
                if vraag_id not in wanted and row.gekozen:
                    db.table("draaiboek_vraag").update(
                        row.id, {"gekozen": 0, "volgorde": 0, "bijgewerkt": stamp}
                    )
        return self.draaiboek_vragen(bijeenkomst_id)


def _known(pack: ContentPack, vraag_id: str) -> Vraag | None:
    try:
        return pack.vraag(vraag_id)
    except KeyError:
        return None


def avond_vragen(
    store: DraaiboekTables, bijeenkomst_id: str, pack: ContentPack | None = None
) -> list[AvondVraag]:
    """Which questions, in which order, for this bijeenkomst's evening.

    With a draaiboek: its chosen questions in its order, each with its minutes (a question
    of another content version counts as the one that replaced it; one the pack does not
    know is left out). Without one: the opening and the kernvragen the chosen archetype
    asks, in praatplaat order, without minutes.
    """
    pack = pack or default_pack()
    gekozen = [r for r in store.draaiboek_vragen(bijeenkomst_id) if r.gekozen]
    if gekozen:
        found: dict[str, AvondVraag] = {}
        for row in gekozen:
            vraag = _known(pack, row.vraag_id)
            if vraag is not None and vraag.id not in found:
                found[vraag.id] = AvondVraag(vraag, row.minuten)
        return list(found.values())
    archetype = store._bijeenkomst(bijeenkomst_id).archetype
    return [AvondVraag(v, None) for v in pack.avond() if pack.asks(v, archetype)]


def draaiboek_teksten(store: DraaiboekTables, bijeenkomst_id: str) -> DraaiboekTeksten:
    """Doel, kader and proces of a bijeenkomst ('' for what is not written yet)."""
    d = store.draaiboek(bijeenkomst_id)
    return DraaiboekTeksten(d.doel, d.kader, d.proces, d.begintijd) if d else DraaiboekTeksten()
