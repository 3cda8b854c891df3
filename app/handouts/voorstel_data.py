"""Read a stap-2 bijeenkomst into the "Voorstel aan de gemeenteraad" (no reportlab here).

Seed 003: "Daarna leggen we de resultaten voor aan de gemeenteraad met de vraag of de door
de wijk beoogde samenwerking en verdeling … kan worden vormgegeven … Daar waar dit aan de
orde is kunnen vervolgens afspraken worden gemaakt over de eventuele overdracht van
bevoegdheden." Per thema: the zeggenschap the wijk wants, the rolverdeling, the afspraken
that secure the democratic process and the open points of the congruence check; and the
kompas now and desired. The open points come from the same check as the console's panel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.content import ContentPack, default_pack, wording
from app.content.congruence import ThemaKeuze, check, thema_keuzes
from app.content.labels import ACTOR_LABELS, STATUS_AFSPRAAK_LABELS
from app.handouts.data import (
    KompasPunt,
    Kop,
    _bijeenkomst,
    _kompas_punten,
    _waarde_titel,
    read_kop,
)
from app.store import Store
from app.store.records import Afspraak
from app.store.schema import TAKEN


@dataclass(frozen=True)
class VoorstelAfspraak:
    nummer: int
    wat: str
    wie: str
    wanneer: str
    borgt: str  # what it secures: the soort afspraak, else its kompas waarde, else ''
    status: str


@dataclass(frozen=True)
class VoorstelThema:
    naam: str
    archetype: str  # title, or '' when none is chosen
    archetype_kort: str
    eigen: bool  # chosen for this thema, not the bijeenkomst's default
    rollen: tuple[str, ...]  # one per TAKEN: the actors, joined with ", "
    afspraken: tuple[VoorstelAfspraak, ...]  # for this thema only
    open_punten: tuple[str, ...]


@dataclass(frozen=True)
class VoorstelData:
    kop: Kop
    themas: tuple[VoorstelThema, ...]
    algemeen: tuple[VoorstelAfspraak, ...]  # afspraken for every thema
    open_algemeen: tuple[str, ...]  # open points not tied to one thema
    kompas: tuple[KompasPunt, ...]


def read_voorstel(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> VoorstelData:
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    kop = read_kop(store, b, pack, today)
    soort = kop.soort
    rollen = store.rollen(b.id)
    afspraken = store.afspraken(b.id)
    keuzes = thema_keuzes(b.archetype, store.themas(b.id), rollen)
    known_archetypes = {a.id for a in pack.archetypen}
    keuzes = [k for k in keuzes if k.archetype is None or k.archetype in known_archetypes]
    if not keuzes:
        whole = wording("{wijkagenda}", soort).capitalize() + " als geheel"
        keuzes = [ThemaKeuze("", b.archetype if b.archetype in known_archetypes else None)]
    else:
        whole = ""
    findings = check(
        pack,
        b.archetype if b.archetype in known_archetypes else None,
        store.kompas_scores(b.id),
        afspraken,
        store.witte_vlekken(b.id),
        soort,
        themas=keuzes if keuzes[0].naam else None,
        rollen=rollen,
    )

    def punt(f_tekst: str, suggestie: bool) -> str:
        return ("Suggestie: " if suggestie else "") + f_tekst

    numbered = {a.id: i for i, a in enumerate(afspraken, start=1)}

    def regel(a: Afspraak) -> VoorstelAfspraak:
        return VoorstelAfspraak(
            nummer=numbered[a.id],
            wat=a.wat,
            wie=a.wie,
            wanneer=a.wanneer,
            borgt=_borgt(pack, a, soort),
            status=STATUS_AFSPRAAK_LABELS.get(a.status, a.status),
        )

    cells: dict[str, dict[str, list[str]]] = {}
    for r in rollen:
        cells.setdefault(r.thema, {}).setdefault(r.taak, []).append(
            ACTOR_LABELS.get(r.actor, r.actor)
        )
    themas = []
    for k in keuzes:
        archetype = pack.archetype(k.archetype) if k.archetype else None
        themas.append(
            VoorstelThema(
                naam=k.naam or whole,
                archetype=archetype.titel if archetype else "",
                archetype_kort=wording(archetype.kort, soort) if archetype else "",
                eigen=k.eigen,
                rollen=tuple(", ".join(cells.get(k.naam, {}).get(t, [])) for t in TAKEN),
                afspraken=tuple(regel(a) for a in afspraken if k.naam and a.thema == k.naam),
                open_punten=tuple(
                    punt(f.tekst, f.suggestie) for f in findings if k.naam and f.themas == (k.naam,)
                ),
            )
        )
    named = {k.naam for k in keuzes if k.naam}
    scores = {s.waarde_id: (s.nu, s.doel) for s in store.kompas_scores(b.id)}
    return VoorstelData(
        kop=kop,
        themas=tuple(themas),
        algemeen=tuple(regel(a) for a in afspraken if a.thema not in named),
        open_algemeen=tuple(
            punt(f.tekst, f.suggestie)
            for f in findings
            if not named or len(f.themas) != 1 or f.themas[0] not in named
        ),
        kompas=_kompas_punten(pack, scores),
    )


def _borgt(pack: ContentPack, a: Afspraak, soort: str) -> str:
    if a.borging_id:
        try:
            return wording(pack.borg(a.borging_id).titel, soort)
        except KeyError:  # a kind this content pack does not (or no longer) know
            return a.borging_id
    return _waarde_titel(pack, a, soort)
