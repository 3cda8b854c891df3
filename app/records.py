"""Immutable records for the rows of the store; widgets, PDFs and exports get these.

They are NamedTuples rather than frozen dataclasses: the same attribute access and
immutability, but several times cheaper to define, and the whole module is loaded
before the first window appears.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, TypeVar

R = TypeVar("R")


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """Build a record from a database row, ignoring columns the record does not know."""
    names = set(cls._fields)  # type: ignore[attr-defined]
    return cls(**{k: v for k, v in row.items() if k in names})


class Gebied(NamedTuple):
    id: str
    naam: str
    soort: str  # wijk | dorp
    gebiedsteam: str
    notities: str
    aangemaakt: str
    bijgewerkt: str


class Bijeenkomst(NamedTuple):
    id: str
    gebied_id: str
    titel: str
    datum: str  # ISO date, yyyy-mm-dd
    locatie: str
    vorm: str  # kampvuur | projectie | tafel
    stap: int  # 1..3
    archetype: str | None
    follow_up_url: str | None
    content_versie: str
    status: str
    huidige_vraag: str | None
    aantal_deelnemers: int | None
    notities: str  # the facilitator's private notes: never on the projector
    aangemaakt: str
    bijgewerkt: str


class Inbreng(NamedTuple):
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


class Stemming(NamedTuple):
    id: str
    bijeenkomst_id: str
    vraag_id: str
    optie: str
    aantal: int
    volgorde: int
    bijgewerkt: str


class KompasScore(NamedTuple):
    id: str
    bijeenkomst_id: str
    waarde_id: str
    nu: int | None
    doel: int | None
    toelichting: str
    bijgewerkt: str


class Rol(NamedTuple):
    id: str
    bijeenkomst_id: str
    thema: str
    taak: str
    actor: str
    bijgewerkt: str


class WitteVlek(NamedTuple):
    id: str
    bijeenkomst_id: str
    tekst: str
    waarde_id: str | None
    bouwsteen_id: str | None
    vraag_id: str | None
    aangemaakt: str
    bijgewerkt: str


class Afspraak(NamedTuple):
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


class Deelnemer(NamedTuple):
    id: str
    bijeenkomst_id: str
    label: str
    rol: str
    groep: str
    denkstijl: str | None
    aangemaakt: str


class Spreekbeurt(NamedTuple):
    id: str
    bijeenkomst_id: str
    deelnemer_id: str
    vraag_id: str | None
    start: str
    duur_s: float
    gepast: int


class Evaluatie(NamedTuple):
    id: str
    bijeenkomst_id: str
    afspraak_id: str
    status: str
    reflectie: str
    bijgewerkt: str
