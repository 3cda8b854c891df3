"""What a tafelvel needs: the bijeenkomst, its tafels and the questions for the tables.

`tafelvel_vragen` is the one place that says which questions a tafel gets on paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.content import ContentPack, Vraag, default_pack, wording
from app.handouts.data import Kop, _bijeenkomst, read_kop
from app.store import Store
from app.store.draaiboek import avond_vragen
from app.store.records import Bijeenkomst


@dataclass(frozen=True)
class TafelvelVraag:
    nummer: str  # "K2.3": typed in the console (Ctrl+J) to find the question again
    tekst: str


@dataclass(frozen=True)
class TafelKop:
    titel: str  # "" for a blank sheet, the tafel's name written in by hand
    gespreksleider: str


@dataclass(frozen=True)
class TafelvelData:
    kop: Kop
    tafels: tuple[TafelKop, ...]  # one sheet each
    vragen: tuple[TafelvelVraag, ...]


def tafelvel_vragen(store: Store, pack: ContentPack, b: Bijeenkomst) -> list[Vraag]:
    """The questions for the tables, in the order of the evening: the draaiboek's chosen
    questions, or without one the opening and the kernvragen this archetype asks."""
    return [a.vraag for a in avond_vragen(store, b.id, pack)]


def read_tafelvel(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
    vragen: list[Vraag] | None = None,
) -> TafelvelData:
    """One sheet per tafel; without tafels one blank sheet to write the name on."""
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    kop = read_kop(store, b, pack, today)
    tafels = tuple(TafelKop(t.titel, t.gespreksleider) for t in store.tafels(b.id))
    chosen = vragen if vragen is not None else tafelvel_vragen(store, pack, b)
    return TafelvelData(
        kop,
        tafels or (TafelKop("", ""),),
        tuple(TafelvelVraag(v.nummer, wording(v.tekst, kop.soort)) for v in chosen),
    )
