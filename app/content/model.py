"""The praatplaat as frozen dataclasses: stappen, archetypen, bouwstenen, kompas, instrumenten.

What the loader (loader.py) builds from praatplaat_data/ and everyone else reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

# The DNA categories a bouwsteen's question may offer for inbreng (SCHEMA.md); the store
# also knows "idee" and "zorg" for the kompas and free inbreng (app.store.schema).
DNA_SOORTEN = ("sterkte", "zwakte", "kans", "bedreiging")
SCORE_RANGE = range(1, 6)


@dataclass(frozen=True)
class Stap:
    id: str
    nummer: int
    titel: str
    uitleg: str
    bron: str


@dataclass(frozen=True)
class Archetype:
    id: str
    nummer: int
    titel: str
    kort: str
    beschrijving: str
    vraagt: tuple[str, ...]
    bron: str


@dataclass(frozen=True)
class Vraag:
    """A practical question; `nummer` is how the app and the printed praatplaat show it."""

    id: str
    tekst: str
    bron: str
    nummer: str
    onderdeel_id: str  # the bouwsteen or kompas waarde it belongs to
    min_archetype: str | None = None
    kern: bool = False  # one of the kernvragen: the set for one evening
    vervolg: str | None = None  # for a yes/no question: the follow-up towards an afspraak
    # ids of questions of an earlier content version that this one replaces (merged or
    # renamed): their inbreng shows here, and those ids find this question
    vervangt: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bouwsteen:
    id: str
    nummer: int
    titel: str
    uitleg: str
    bron: str
    vragen: tuple[Vraag, ...]
    inbreng_soorten: tuple[str, ...] = ()


@dataclass(frozen=True)
class Waarde:
    id: str
    nummer: int
    titel: str
    uitleg: str
    democratische_waarden: tuple[str, ...]
    bron: str
    vragen: tuple[Vraag, ...]
    instrument: str | None = None  # the instrument "Maak afspraak" suggests first


@dataclass(frozen=True)
class Instrument:
    id: str
    naam: str
    omschrijving: str
    waarden: tuple[str, ...]
    bron: str


@dataclass(frozen=True)
class Woord:
    """A word residents meet, explained in B1 (projector on request, the praatplaat)."""

    id: str
    woord: str
    uitleg: str
    bron: str


@dataclass(frozen=True)
class Borging:
    """A kind of afspraak that secures the democratic process (verantwoording, controle …).

    `afspraak` completes "Maak een afspraak over …"; `waarde` is the kompas waarde an
    afspraak of this kind strengthens (filled in by "Maak afspraak").
    """

    id: str
    titel: str
    afspraak: str
    bron: str
    waarde: str | None = None


@dataclass(frozen=True)
class Dekking:
    """For an archetype: the kompas waarden that need at least one afspraak, and the
    kinds of afspraak (borging ids) the archetype asks for."""

    id: str
    archetype: str
    waarden: tuple[str, ...]
    uitleg: str
    bron: str
    borging: tuple[str, ...] = ()


@dataclass(frozen=True)
class RolRegel:
    """The rolverdeling of a thema must fit its archetype (seed 003's "Vereiste").

    For a thema with this archetype, the actors under any of `taken` must include one
    of `een_van` (if given) and none of `niet` (if given).
    """

    id: str
    archetype: str
    taken: tuple[str, ...]
    afspraak: str
    uitleg: str
    bron: str
    een_van: tuple[str, ...] = ()
    niet: tuple[str, ...] = ()


@dataclass(frozen=True)
class Groei:
    """A growth path instead of a leap: flagged when `doel - nu` of a waarde is at least
    `verschil_minstens`, or when a thema's archetype is at least `vanaf_archetype` and
    "nu" of one of `waarden` is at most `nu_hoogstens`. A suggestion, not a failure."""

    id: str
    borging: str  # the kind of afspraak that answers it (a first step and an evaluation)
    afspraak: str
    uitleg: str
    bron: str
    waarden: tuple[str, ...] = ()
    verschil_minstens: int | None = None
    vanaf_archetype: str | None = None
    nu_hoogstens: int | None = None


@dataclass(frozen=True)
class Ambitie:
    """A rule on the desired kompas scores; see SCHEMA.md for when it applies."""

    id: str
    waarde: str
    doel_minstens: int
    melding: str
    bron: str
    vanaf_archetype: str | None = None
    als_waarde: str | None = None
    als_doel_minstens: int | None = None


@dataclass(frozen=True)
class ContentPack:
    version: str
    titel: str
    bron: str
    stappen: tuple[Stap, ...]
    archetypen: tuple[Archetype, ...]
    bouwstenen: tuple[Bouwsteen, ...]
    kompas: tuple[Waarde, ...]
    instrumenten: tuple[Instrument, ...]
    dekking: tuple[Dekking, ...]
    ambitie: tuple[Ambitie, ...]
    borging: tuple[Borging, ...] = ()
    rolregels: tuple[RolRegel, ...] = ()
    groei: tuple[Groei, ...] = ()
    opening: Bouwsteen | None = None  # asked first (seed 004's lessons); numbered O.1 …
    woorden: tuple[Woord, ...] = ()  # the glossary in B1

    # -- look-ups -----------------------------------------------------------------
    def onderdelen(self) -> tuple[Bouwsteen | Waarde, ...]:
        """Everything that has questions: the opening, the bouwstenen, the kompas waarden."""
        opening = (self.opening,) if self.opening else ()
        return (*opening, *self.bouwstenen, *self.kompas)

    def onderdeel(self, onderdeel_id: str) -> Bouwsteen | Waarde:
        """The bouwsteen or kompas waarde with this id (a question's `onderdeel_id`)."""
        found: Bouwsteen | Waarde = _by_id(self.onderdelen(), onderdeel_id, "onderdeel")
        return found

    def vragen(self) -> Iterator[Vraag]:
        """All questions, bouwstenen first, in the order of the praatplaat."""
        for onderdeel in self.onderdelen():
            yield from onderdeel.vragen

    def vraag(self, vraag_id: str) -> Vraag:
        """The question with this id, or the one that replaces it (`vervangt`)."""
        for vraag in self.vragen():
            if vraag.id == vraag_id or vraag_id in vraag.vervangt:
                return vraag
        raise KeyError(f"onbekende vraag: {vraag_id}")

    def archetype(self, archetype_id: str) -> Archetype:
        return _by_id(self.archetypen, archetype_id, "archetype")

    def waarde(self, waarde_id: str) -> Waarde:
        return _by_id(self.kompas, waarde_id, "kompaswaarde")

    def bouwsteen(self, bouwsteen_id: str) -> Bouwsteen:
        return _by_id(self.bouwstenen, bouwsteen_id, "bouwsteen")

    def instrument(self, instrument_id: str) -> Instrument:
        return _by_id(self.instrumenten, instrument_id, "instrument")

    def borg(self, borging_id: str) -> Borging:
        return _by_id(self.borging, borging_id, "borging")

    def kernvragen(self) -> list[Vraag]:
        """The kernvragen of the bouwstenen and the kompas, in praatplaat order."""
        return [v for v in self.vragen() if v.kern]

    def avond(self) -> list[Vraag]:
        """The questions for one evening: the opening block, then the kernvragen."""
        opening = list(self.opening.vragen) if self.opening else []
        return [*opening, *self.kernvragen()]

    def archetype_rank(self, archetype_id: str | None) -> int:
        """1..3 for a known archetype, 0 when none is chosen yet."""
        return self.archetype(archetype_id).nummer if archetype_id else 0

    def asks(self, vraag: Vraag, archetype_id: str | None) -> bool:
        """Whether a question belongs in the conversation for the chosen archetype."""
        if vraag.min_archetype is None:
            return True
        return self.archetype_rank(archetype_id) >= self.archetype_rank(vraag.min_archetype)

    def to_json(self) -> dict[str, Any]:
        """Plain data for `wijkpraat content --json`."""
        congruentie = [{"soort": "dekking", **dataclasses.asdict(d)} for d in self.dekking]
        congruentie += [{"soort": "ambitie", **dataclasses.asdict(a)} for a in self.ambitie]
        congruentie += [{"soort": "borging", **dataclasses.asdict(b)} for b in self.borging]
        congruentie += [{"soort": "rol", **dataclasses.asdict(r)} for r in self.rolregels]
        congruentie += [{"soort": "groei", **dataclasses.asdict(g)} for g in self.groei]
        return {
            "version": self.version,
            "titel": self.titel,
            "opening": dataclasses.asdict(self.opening) if self.opening else None,
            "stappen": [dataclasses.asdict(s) for s in self.stappen],
            "archetypen": [dataclasses.asdict(a) for a in self.archetypen],
            "bouwstenen": [dataclasses.asdict(b) for b in self.bouwstenen],
            "kompas": [dataclasses.asdict(w) for w in self.kompas],
            "instrumenten": [dataclasses.asdict(i) for i in self.instrumenten],
            "congruentie": congruentie,
            "woorden": [dataclasses.asdict(w) for w in self.woorden],
        }


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_HasId)


def _by_id(items: Iterable[Item], item_id: str, kind: str) -> Item:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"onbekende {kind}: {item_id}")
