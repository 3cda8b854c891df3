"""Read a bijeenkomst's plan into the draaiboek and the uitnodiging (no reportlab here).

Both take the evening's questions from `app.store.draaiboek.avond_vragen` and the doel,
kader and proces from `draaiboek_teksten`, the same answers every other output gets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.content import ContentPack, default_pack, wording
from app.handouts.data import Kop, _bijeenkomst, _url, read_kop
from app.store import Store
from app.store.draaiboek import avond_vragen, draaiboek_teksten

# What each vorm asks of the facilitator, printed on the draaiboek.
VORM_TIPS = {
    "kampvuur": "Iedereen in een kring, geen scherm. Gebruik de spreekronde, zodat iedereen "
    "aan de beurt komt.",
    "projectie": "Vraag en inbreng op het scherm. Start de projectie met F5; privé blijft "
    "op uw eigen scherm.",
    "tafel": "Aan elke tafel een gespreksleider met dezelfde vragen. Sluit af met een "
    "ronde waarin elke tafel vertelt wat er gezegd is.",
}


@dataclass(frozen=True)
class PlanVraag:
    nummer: str
    tekst: str
    onderdeel: str
    minuten: int | None
    begin: int | None  # minutes after the start of the conversation


@dataclass(frozen=True)
class DraaiboekData:
    kop: Kop
    vorm_id: str
    doel: str
    kader: str
    proces: str
    vragen: tuple[PlanVraag, ...]
    gepland: bool  # False: no draaiboek yet, the opening and the kernvragen without times
    url: str | None
    begintijd: str = ""  # "19:30": the plan's times are clock times; '' : from 0:00


@dataclass(frozen=True)
class UitnodigingData:
    kop: Kop
    doel: str
    kader: str
    proces: str
    vragen: tuple[PlanVraag, ...]
    url: str | None
    begintijd: str = ""  # "19:30", '' when not set


def _plan(
    store: Store, bijeenkomst_id: str | None, pack: ContentPack, today: dt.date | None
) -> DraaiboekData:
    b = _bijeenkomst(store, bijeenkomst_id)
    kop = read_kop(store, b, pack, today)
    teksten = draaiboek_teksten(store, b.id)
    avond = avond_vragen(store, b.id, pack)
    vragen, begin = [], 0
    for a in avond:
        onderdeel = pack.onderdeel(a.vraag.onderdeel_id)
        vragen.append(
            PlanVraag(
                a.vraag.nummer,
                wording(a.vraag.tekst, kop.soort),
                wording(onderdeel.titel, kop.soort) if onderdeel else "",
                a.minuten,
                begin if a.minuten is not None else None,
            )
        )
        begin += a.minuten or 0
    return DraaiboekData(
        kop=kop,
        vorm_id=b.vorm,
        doel=teksten.doel,
        kader=teksten.kader,
        proces=teksten.proces,
        vragen=tuple(vragen),
        gepland=any(a.minuten is not None for a in avond),
        url=_url(b.follow_up_url),
        begintijd=teksten.begintijd,
    )


def read_draaiboek(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> DraaiboekData:
    return _plan(store, bijeenkomst_id, pack or default_pack(), today)


def read_uitnodiging(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> UitnodigingData:
    plan = _plan(store, bijeenkomst_id, pack or default_pack(), today)
    return UitnodigingData(
        plan.kop, plan.doel, plan.kader, plan.proces, plan.vragen, plan.url, plan.begintijd
    )
