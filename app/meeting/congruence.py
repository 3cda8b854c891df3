"""The congruence check of stap 2: do the afspraken fit the zeggenschap the wijk wants?

Seed 003: "Naarmate meer zeggenschap door de wijk gewenst is, hoort daar een steviger
democratisch proces in de wijk bij." The rules are data (congruentie.toml); this module
only applies them to a bijeenkomst's archetype, kompas scores, afspraken and witte vlekken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.content import ContentPack, wording
from app.store.records import Afspraak, KompasScore, WitteVlek


@dataclass(frozen=True)
class Voorstel:
    """What "maak afspraak" fills in for the facilitator."""

    wat: str = ""
    waarde_id: str | None = None
    witte_vlek_id: str | None = None
    instrument_id: str | None = None


@dataclass(frozen=True)
class Bevinding:
    """One thing the afspraken do not cover yet, in plain Dutch."""

    soort: str  # "archetype" | "dekking" | "ambitie" | "witte_vlek"
    regel_id: str
    tekst: str
    voorstel: Voorstel | None = None
    waarom: str = ""  # the rule's reason; the same for all points of one rule


def check(
    pack: ContentPack,
    archetype_id: str | None,
    scores: Iterable[KompasScore],
    afspraken: Iterable[Afspraak],
    witte_vlekken: Iterable[WitteVlek],
    soort: str = "wijk",
) -> list[Bevinding]:
    """All open points, archetype rules first, then ambition, then witte vlekken."""
    doelen: Mapping[str, int | None] = {s.waarde_id: s.doel for s in scores}
    afspraken = list(afspraken)
    covered = {a.waarde_id for a in afspraken if a.waarde_id}
    vlekken_met_afspraak = {a.witte_vlek_id for a in afspraken if a.witte_vlek_id}
    found: list[Bevinding] = []

    if archetype_id is None:
        found.append(
            Bevinding(
                "archetype",
                "kies-archetype",
                wording("Kies eerst hoeveel zeggenschap {de_wijk} wil (het archetype).", soort),
            )
        )
    else:
        rule = next(d for d in pack.dekking if d.archetype == archetype_id)
        archetype = pack.archetype(archetype_id)
        for waarde_id in rule.waarden:
            if waarde_id in covered:
                continue
            waarde = pack.waarde(waarde_id)
            found.append(
                Bevinding(
                    "dekking",
                    f"{rule.id}:{waarde_id}",
                    f"Nog geen afspraak over ‘{waarde.titel}’.",
                    Voorstel(waarde_id=waarde_id, instrument_id=_instrument_for(pack, waarde_id)),
                    waarom=wording(f"Bij ‘{archetype.titel}’: {rule.uitleg}", soort),
                )
            )

    rank = pack.archetype_rank(archetype_id)
    for amb in pack.ambitie:
        if amb.vanaf_archetype and rank < pack.archetype_rank(amb.vanaf_archetype):
            continue
        if amb.als_waarde is not None:
            trigger = doelen.get(amb.als_waarde)
            if trigger is None or amb.als_doel_minstens is None or trigger < amb.als_doel_minstens:
                continue
        elif not amb.vanaf_archetype:
            continue
        doel = doelen.get(amb.waarde)
        if doel is not None and doel >= amb.doel_minstens:
            continue
        if amb.waarde in covered:
            continue  # an afspraak that strengthens this waarde answers the point too
        waarde = pack.waarde(amb.waarde)
        found.append(
            Bevinding(
                "ambitie",
                amb.id,
                wording(f"{amb.melding} Of maak een afspraak over ‘{waarde.titel}’.", soort),
                Voorstel(waarde_id=amb.waarde, instrument_id=_instrument_for(pack, amb.waarde)),
            )
        )

    for vlek in witte_vlekken:
        if vlek.id in vlekken_met_afspraak:
            continue
        found.append(
            Bevinding(
                "witte_vlek",
                vlek.id,
                f"Witte vlek zonder afspraak: {vlek.tekst}",
                Voorstel(wat=vlek.tekst, waarde_id=vlek.waarde_id, witte_vlek_id=vlek.id),
            )
        )
    return found


def _instrument_for(pack: ContentPack, waarde_id: str) -> str | None:
    """The first instrument the content pack offers for this waarde, as a suggestion."""
    return next((i.id for i in pack.instrumenten if waarde_id in i.waarden), None)
