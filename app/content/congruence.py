"""The congruence check: do the rolverdeling and the afspraken fit the zeggenschap per thema?

Seed 003: "Vereiste is dat de antwoorden van de vragen over rol- en taakverdeling in
overeenstemming moeten zijn met de te maken afspraken over de gewenste mate van
zeggenschap", and "Naarmate meer zeggenschap door de wijk gewenst is, hoort daar een
steviger democratisch proces in de wijk bij." The rules are data (congruentie.toml); this
module only applies them. It reads rows through small protocols, so the live meeting and
the handouts (which sit below the meeting) use the same check.

Every message leads with the afspraak to make ("Maak een afspraak over …"); `waarom` says
why. Groei findings are suggestions (a stepwise path), not failures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.content.labels import ACTOR_LABELS, TAAK_LABELS
from app.content.model import ContentPack
from app.content.wording import wording


class _Score(Protocol):
    @property
    def waarde_id(self) -> str: ...
    @property
    def nu(self) -> int | None: ...
    @property
    def doel(self) -> int | None: ...


class _Afspraak(Protocol):
    @property
    def waarde_id(self) -> str | None: ...
    @property
    def witte_vlek_id(self) -> str | None: ...
    @property
    def thema(self) -> str | None: ...
    @property
    def borging_id(self) -> str | None: ...


class _Vlek(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def tekst(self) -> str: ...
    @property
    def waarde_id(self) -> str | None: ...


class _Rol(Protocol):
    @property
    def thema(self) -> str: ...
    @property
    def taak(self) -> str: ...
    @property
    def actor(self) -> str: ...


class _Thema(Protocol):
    @property
    def thema(self) -> str: ...
    @property
    def archetype(self) -> str | None: ...


@dataclass(frozen=True)
class ThemaKeuze:
    """A thema with the zeggenschap that holds for it."""

    naam: str
    archetype: str | None  # the thema's own choice, else the bijeenkomst's
    eigen: bool = False  # True when chosen for this thema (not the default)


@dataclass(frozen=True)
class Voorstel:
    """What "maak afspraak" fills in for the facilitator."""

    wat: str = ""
    waarde_id: str | None = None
    witte_vlek_id: str | None = None
    instrument_id: str | None = None
    borging_id: str | None = None
    thema: str | None = None


@dataclass(frozen=True)
class Bevinding:
    """One thing the rolverdeling or the afspraken do not cover yet, in plain Dutch."""

    soort: str  # "archetype" | "rol" | "dekking" | "ambitie" | "groei" | "witte_vlek"
    regel_id: str
    tekst: str
    voorstel: Voorstel | None = None
    waarom: str = ""  # the rule's reason; the same for all points of one rule
    themas: tuple[str, ...] = ()  # the thema's it is about (empty: all, or none named)

    @property
    def suggestie(self) -> bool:
        """A growth suggestion: worth an afspraak, but the check does not fail on it."""
        return self.soort == "groei"


def thema_keuzes(
    archetype_id: str | None, themas: Iterable[_Thema] = (), rollen: Iterable[_Rol] = ()
) -> list[ThemaKeuze]:
    """The thema's of a bijeenkomst (its thema rows, then those only in the rolverdeling)
    with the archetype that holds for each."""
    chosen: dict[str, str | None] = {t.thema: t.archetype for t in themas}
    names = list(dict.fromkeys([*chosen, *(r.thema for r in rollen)]))
    return [
        ThemaKeuze(n, chosen.get(n) or archetype_id, eigen=chosen.get(n) is not None) for n in names
    ]


def check(
    pack: ContentPack,
    archetype_id: str | None,
    scores: Iterable[_Score],
    afspraken: Iterable[_Afspraak],
    witte_vlekken: Iterable[_Vlek],
    soort: str = "wijk",
    *,
    themas: Sequence[ThemaKeuze] | None = None,
    rollen: Iterable[_Rol] | None = None,
) -> list[Bevinding]:
    """All open points: archetype, rolverdeling per thema, dekking per thema, ambition,
    growth suggestions, then witte vlekken.

    Without `themas` the bijeenkomst is one thema with its own archetype; without
    `rollen` the rolverdeling is not checked.
    """
    scores = list(scores)
    afspraken = list(afspraken)
    keuzes = list(themas or [ThemaKeuze("", archetype_id)])
    w = _Words(pack, soort)
    found: list[Bevinding] = []

    if all(k.archetype is None for k in keuzes):
        found.append(
            Bevinding(
                "archetype",
                "kies-archetype",
                w("Maak eerst een keuze: hoeveel zeggenschap wil {de_wijk} (het archetype)?"),
            )
        )
    if rollen is not None:
        found += _check_rollen(pack, w, keuzes, list(rollen))
    found += _check_dekking(pack, w, keuzes, afspraken)
    ranks = [pack.archetype_rank(k.archetype) for k in keuzes]
    found += _check_ambitie(pack, w, max(ranks, default=0), scores, afspraken)
    found += _check_groei(pack, w, keuzes, scores, afspraken)

    vlekken_met_afspraak = {a.witte_vlek_id for a in afspraken if a.witte_vlek_id}
    for vlek in witte_vlekken:
        if vlek.id in vlekken_met_afspraak:
            continue
        found.append(
            Bevinding(
                "witte_vlek",
                vlek.id,
                f"Maak een afspraak over de witte vlek: {vlek.tekst}",
                Voorstel(wat=vlek.tekst, waarde_id=vlek.waarde_id, witte_vlek_id=vlek.id),
            )
        )
    return found


class _Words:
    def __init__(self, pack: ContentPack, soort: str) -> None:
        self.pack, self.soort = pack, soort

    def __call__(self, text: str) -> str:
        return wording(text, self.soort)


def _named(keuzes: Sequence[ThemaKeuze], names: Sequence[str]) -> str:
    """' (thema ‘Groen’)' when the bijeenkomst has named thema's, else ''."""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return f" (thema ‘{names[0]}’)"
    return " (thema’s " + ", ".join(f"‘{n}’" for n in names) + ")"


def _check_rollen(
    pack: ContentPack, w: _Words, keuzes: Sequence[ThemaKeuze], rollen: list[_Rol]
) -> list[Bevinding]:
    found = []
    for keuze in keuzes:
        if keuze.archetype is None:
            continue
        for rule in pack.rolregels:
            if rule.archetype != keuze.archetype:
                continue
            actors = {r.actor for r in rollen if r.thema == keuze.naam and r.taak in rule.taken}
            wrong = sorted(actors & set(rule.niet), key=list(ACTOR_LABELS).index)
            missing = bool(rule.een_van) and not actors & set(rule.een_van)
            if not wrong and not missing:
                continue
            taken = " of ".join(f"‘{TAAK_LABELS[t].lower()}’" for t in rule.taken)
            if wrong:
                now = ", ".join(ACTOR_LABELS[a] for a in wrong)
                detail = f" Nu staat bij {taken}: {now}."
            else:
                detail = f" Nu staat er niemand van hen bij {taken}."
            found.append(
                Bevinding(
                    "rol",
                    f"{rule.id}:{keuze.naam}",
                    w(f"Maak een afspraak over {rule.afspraak}{_named(keuzes, [keuze.naam])}.")
                    + detail,
                    waarom=w(rule.uitleg),
                    themas=(keuze.naam,) if keuze.naam else (),
                )
            )
    return found


def _covers(a: _Afspraak, thema: str) -> bool:
    return a.thema is None or a.thema == thema


def _check_dekking(
    pack: ContentPack, w: _Words, keuzes: Sequence[ThemaKeuze], afspraken: list[_Afspraak]
) -> list[Bevinding]:
    # (rule, kind, id) -> thema's that miss it, in thema order
    missing: dict[tuple[str, str, str], list[str]] = {}
    for keuze in keuzes:
        if keuze.archetype is None:
            continue
        rule = next(d for d in pack.dekking if d.archetype == keuze.archetype)
        mine = [a for a in afspraken if _covers(a, keuze.naam)]
        borgingen = {a.borging_id for a in mine if a.borging_id}
        waarden = {a.waarde_id for a in mine if a.waarde_id} | _borg_waarden(pack, borgingen)
        for b_id in rule.borging:
            if b_id not in borgingen:
                missing.setdefault((rule.id, "borging", b_id), []).append(keuze.naam)
        for waarde_id in rule.waarden:
            if waarde_id not in waarden:
                missing.setdefault((rule.id, "waarde", waarde_id), []).append(keuze.naam)

    found = []
    for (rule_id, kind, item_id), names in missing.items():
        rule = next(d for d in pack.dekking if d.id == rule_id)
        archetype = pack.archetype(rule.archetype)
        one = names[0] if len(names) == 1 and names[0] and len(keuzes) > 1 else None
        if kind == "borging":
            borging = pack.borg(item_id)
            text = f"Maak een afspraak over {borging.afspraak}"
            voorstel = Voorstel(
                waarde_id=borging.waarde,
                instrument_id=_instrument_for(pack, borging.waarde) if borging.waarde else None,
                borging_id=borging.id,
                thema=one,
            )
        else:
            waarde = pack.waarde(item_id)
            text = f"Maak een afspraak over ‘{waarde.titel}’"
            voorstel = Voorstel(
                waarde_id=item_id, instrument_id=_instrument_for(pack, item_id), thema=one
            )
        found.append(
            Bevinding(
                "dekking",
                f"{rule_id}:{item_id}",
                w(text + _named(keuzes, names) + "."),
                voorstel,
                waarom=w(f"Bij ‘{archetype.titel}’: {rule.uitleg}"),
                themas=tuple(n for n in names if n),
            )
        )
    return found


def _known_borging(pack: ContentPack, borging_id: str) -> bool:
    return any(b.id == borging_id for b in pack.borging)


def _borg_waarden(pack: ContentPack, borging_ids: set[str]) -> set[str]:
    """The kompas waarden that afspraken of these kinds strengthen."""
    return {
        w for b in borging_ids if _known_borging(pack, b) and (w := pack.borg(b).waarde) is not None
    }


def _check_ambitie(
    pack: ContentPack, w: _Words, rank: int, scores: list[_Score], afspraken: list[_Afspraak]
) -> list[Bevinding]:
    doelen = {s.waarde_id: s.doel for s in scores}
    covered = {a.waarde_id for a in afspraken if a.waarde_id}
    covered |= _borg_waarden(pack, {a.borging_id for a in afspraken if a.borging_id})
    found = []
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
            continue  # the afspraak answers the point; the number is not the goal
        found.append(
            Bevinding(
                "ambitie",
                amb.id,
                w(amb.melding),
                Voorstel(waarde_id=amb.waarde, instrument_id=_instrument_for(pack, amb.waarde)),
            )
        )
    return found


def _check_groei(
    pack: ContentPack,
    w: _Words,
    keuzes: Sequence[ThemaKeuze],
    scores: list[_Score],
    afspraken: list[_Afspraak],
) -> list[Bevinding]:
    found = []
    seen: set[str] = set()
    for rule in pack.groei:
        stepped = {a.waarde_id for a in afspraken if a.borging_id == rule.borging}
        for score in sorted(scores, key=lambda s: pack.waarde(s.waarde_id).nummer):
            if score.nu is None or score.waarde_id in seen:
                continue
            if rule.waarden and score.waarde_id not in rule.waarden:
                continue
            if rule.verschil_minstens is not None:
                fires = score.doel is not None and score.doel - score.nu >= rule.verschil_minstens
                names: list[str] = []
            else:
                assert rule.vanaf_archetype is not None and rule.nu_hoogstens is not None
                floor = pack.archetype_rank(rule.vanaf_archetype)
                names = [k.naam for k in keuzes if pack.archetype_rank(k.archetype) >= floor]
                fires = bool(names) and score.nu <= rule.nu_hoogstens
            if not fires or score.waarde_id in stepped or None in stepped:
                continue
            seen.add(score.waarde_id)
            waarde = pack.waarde(score.waarde_id)
            doel = f", doel {score.doel}" if score.doel is not None else ""
            found.append(
                Bevinding(
                    "groei",
                    f"{rule.id}:{score.waarde_id}",
                    w(
                        f"Maak een afspraak over {rule.afspraak}"
                        f" (‘{waarde.titel}’: nu {score.nu}{doel})."
                    ),
                    Voorstel(waarde_id=score.waarde_id, borging_id=rule.borging),
                    waarom=w(rule.uitleg),
                    themas=tuple(n for n in names if n),
                )
            )
    return found


def _instrument_for(pack: ContentPack, waarde_id: str) -> str | None:
    """The instrument the content pack suggests for this waarde: its own choice, else the
    first that helps it."""
    chosen = pack.waarde(waarde_id).instrument
    return chosen or next((i.id for i in pack.instrumenten if waarde_id in i.waarden), None)
