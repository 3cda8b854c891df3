"""Frozen dataclasses for the rows of the store; widgets, PDFs and exports get these.

Gebied and Bijeenkomst are defined here. The records a meeting captures (Inbreng,
Afspraak, KompasScore, ...) are defined in `app.meeting_records` and can be imported from
either module: they load on first use. Creating a frozen dataclass costs about 0.7 ms on
Python 3.11, and the overview the app starts with needs none of those nine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from app.meeting_records import (
        Afspraak,
        Deelnemer,
        Evaluatie,
        Inbreng,
        KompasScore,
        Rol,
        Spreekbeurt,
        Stemming,
        WitteVlek,
    )

R = TypeVar("R")


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """Build a record from a database row, ignoring columns the record does not know."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True)
class Gebied:
    id: str
    naam: str
    soort: str  # wijk | dorp
    gebiedsteam: str
    notities: str
    aangemaakt: str
    bijgewerkt: str


@dataclass(frozen=True)
class Bijeenkomst:
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


def __getattr__(name: str) -> object:
    """`records.Inbreng` and `from app.records import Inbreng`: from app.meeting_records.

    Only names this module does not define itself get here, so every such name in
    `__all__` is one of the meeting's records.
    """
    if name in __all__:
        from app import meeting_records

        return getattr(meeting_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Afspraak",
    "Bijeenkomst",
    "Deelnemer",
    "Evaluatie",
    "Gebied",
    "Inbreng",
    "KompasScore",
    "Rol",
    "Spreekbeurt",
    "Stemming",
    "WitteVlek",
    "from_row",
]
