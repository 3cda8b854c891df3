"""Frozen dataclasses for what a meeting captures: inbreng, tallies, kompas, afspraken.

Also importable from `app.records`; kept apart so that starting the app (the overview of
gebieden and bijeenkomsten) does not have to create them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Inbreng:
    id: str
    bijeenkomst_id: str
    vraag_id: str
    tekst: str
    soort: str | None
    volgorde: int
    stippen: int
    prive: int
    verwijderd: str | None
    aangemaakt: str
    bijgewerkt: str


@dataclass(frozen=True)
class Stemming:
    id: str
    bijeenkomst_id: str
    vraag_id: str
    optie: str
    aantal: int
    volgorde: int
    bijgewerkt: str


@dataclass(frozen=True)
class KompasScore:
    id: str
    bijeenkomst_id: str
    waarde_id: str
    nu: int | None
    doel: int | None
    toelichting: str
    bijgewerkt: str


@dataclass(frozen=True)
class Rol:
    id: str
    bijeenkomst_id: str
    thema: str
    taak: str
    actor: str
    bijgewerkt: str


@dataclass(frozen=True)
class WitteVlek:
    id: str
    bijeenkomst_id: str
    tekst: str
    waarde_id: str | None
    bouwsteen_id: str | None
    vraag_id: str | None
    aangemaakt: str
    bijgewerkt: str


@dataclass(frozen=True)
class Afspraak:
    id: str
    bijeenkomst_id: str
    wat: str
    wie: str
    wanneer: str
    instrument_id: str | None
    waarde_id: str | None
    bouwsteen_id: str | None
    witte_vlek_id: str | None
    status: str
    follow_up_url: str | None
    volgorde: int
    aangemaakt: str
    bijgewerkt: str


@dataclass(frozen=True)
class Deelnemer:
    id: str
    bijeenkomst_id: str
    label: str
    rol: str
    groep: str
    denkstijl: str | None
    aangemaakt: str


@dataclass(frozen=True)
class Spreekbeurt:
    id: str
    bijeenkomst_id: str
    deelnemer_id: str
    vraag_id: str | None
    start: str
    duur_s: float
    gepast: int


@dataclass(frozen=True)
class Evaluatie:
    id: str
    bijeenkomst_id: str
    afspraak_id: str
    status: str
    reflectie: str
    bijgewerkt: str
