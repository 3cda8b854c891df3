"""Read a bijeenkomst into its verslag (no reportlab, no odfdo here).

The verslag is what a gebiedsteam sends to everyone after the meeting (seed 001): doel,
who took part (numbers, not names unless chosen), per question what was said (grouped by
table where there were tables; sterkte/zwakte/kans/bedreiging grouped for the DNA), the
tallies, the kompas, the zeggenschap, the rolverdeling, the afspraken, the witte vlekken,
the photos and the QR code to the follow-up page. One frozen `VerslagData` feeds both the
PDF (`verslag_pdf`) and the editable OpenDocument text (`verslag_odt`), so both forms say
the same thing.

Privacy first: privé inbreng, the facilitator's notes and the participants' names are left
out unless the facilitator chooses them (`Keuzes`); without names, a name typed in an
afspraak's `wie` becomes the seat number, as in an export.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from app.content import ContentPack, default_pack, wording
from app.content.labels import INBRENG_SOORT_LABELS
from app.content.model import DNA_SOORTEN, Vraag
from app.exchange.names import replace_names, seat_labels
from app.handouts.data import AfsprakenlijstData, _bijeenkomst, read_afsprakenlijst
from app.store import Store
from app.store.draaiboek import avond_vragen, draaiboek_teksten
from app.store.records import Bijeenkomst, Inbreng, Tafel


@dataclass(frozen=True)
class Keuzes:
    """What the facilitator chose to include; everything off is the safe default."""

    prive: bool = False  # privé inbreng, marked as such
    notities: bool = False  # the facilitator's private notes (bijeenkomst and question)
    namen: bool = False  # the participants' labels, and names in an afspraak's `wie`


@dataclass(frozen=True)
class Item:
    tekst: str
    soort: str  # its label ("Sterkte"), '' when none
    stippen: int
    prive: bool  # only ever True when Keuzes.prive


@dataclass(frozen=True)
class Groep:
    """Items under one heading within a question: a tafel, or a DNA soort; '' : none."""

    titel: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Foto:
    """A photo in the verslag (issue 14c stores them): JPEG bytes and a caption."""

    jpeg: bytes
    bijschrift: str


@dataclass(frozen=True)
class VerslagVraag:
    nummer: str  # "B1.2": as the praatplaat prints it
    tekst: str
    onderdeel: str  # the bouwsteen or kompas waarde, worded for the gebied
    groepen: tuple[Groep, ...]
    telling: tuple[tuple[str, int], ...]  # (optie, aantal) of the hand count
    notitie: str = ""  # the facilitator's note on this question (14c), only when chosen
    fotos: tuple[Foto, ...] = ()  # photos of this question (14c)

    @property
    def aantal(self) -> int:
        return sum(len(g.items) for g in self.groepen)


@dataclass(frozen=True)
class VerslagData:
    lijst: AfsprakenlijstData  # kop, zeggenschap, kompas, rolverdeling, afspraken, QR
    keuzes: Keuzes
    deelnemers: int | None  # the number entered at closing, else the deelnemers listed
    bijdragen: int  # entered at closing, else the inbreng (not privé) counted
    organisaties: str  # attending organisations, as typed at closing
    vragen: tuple[VerslagVraag, ...]
    witte_vlekken: tuple[str, ...]  # found at this bijeenkomst
    kompas_toelichting: tuple[tuple[str, str], ...]  # (waarde, toelichting) where given
    namen: tuple[str, ...] = ()  # the deelnemers' labels, only when Keuzes.namen
    notities: str = ""  # the bijeenkomst's private notes, only when Keuzes.notities
    doel: str = ""  # from the draaiboek (14a): doel, kader and proces, in plain words
    fotos: tuple[Foto, ...] = ()  # photos of the whole bijeenkomst (14c)
    weggelaten: tuple[str, ...] = field(default=())  # what was left out, said on the page

    @property
    def gedeeld(self) -> int:
        """How many items the verslag shows."""
        return sum(v.aantal for v in self.vragen)

    @property
    def aantal_fotos(self) -> int:
        """How many photos the verslag shows (of the bijeenkomst and of its questions)."""
        return len(self.fotos) + sum(len(v.fotos) for v in self.vragen)


def read_verslag(
    store: Store,
    bijeenkomst_id: str | None,
    keuzes: Keuzes | None = None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> VerslagData:
    """Everything the verslag shows, read from the store (on the caller's thread)."""
    keuzes = keuzes or Keuzes()
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    lijst = read_afsprakenlijst(store, b.id, pack=pack, today=today)
    soort = lijst.kop.soort
    labels = [d.label for d in store.deelnemers(b.id)]
    if not keuzes.namen:
        seats = dict(zip(labels, seat_labels(labels), strict=True))
        lijst = _wie_zonder_namen(lijst, seats)
    alle = store.inbreng(b.id)
    getoond = [i for i in alle if keuzes.prive or not i.prive]
    fotos: dict[str | None, list[Foto]] = {}  # per question (None: the bijeenkomst)
    for f in store.fotos_met_data(b.id):  # read once: photos are the big rows
        vraag_id = _vraag_id(pack, f.foto.vraag_id) if f.foto.vraag_id else None
        fotos.setdefault(vraag_id, []).append(Foto(f.data, f.foto.bijschrift))
    vragen = _vragen(store, b, pack, soort, getoond, keuzes, fotos)
    deelnemers = b.aantal_deelnemers
    if deelnemers is None:
        deelnemers = len(labels) or None
    kop = dataclasses.replace(lijst.kop, deelnemers=deelnemers)  # the header says the same
    lijst = dataclasses.replace(lijst, kop=kop)
    weggelaten = []
    if not keuzes.prive and len(getoond) < len(alle):
        weggelaten.append("privé inbreng")
    if not keuzes.notities and b.notities.strip():
        weggelaten.append("de eigen notities van de gespreksleider")
    if not keuzes.namen and labels:
        weggelaten.append("de namen van de deelnemers")
    return VerslagData(
        lijst=lijst,
        keuzes=keuzes,
        deelnemers=deelnemers,
        # as Decidim's closing report counts them: the inbreng that is not privé
        bijdragen=sum(not i.prive for i in alle)
        if b.aantal_bijdragen is None
        else b.aantal_bijdragen,
        organisaties=b.organisaties.strip(),
        vragen=vragen,
        witte_vlekken=tuple(v.tekst for v in store.witte_vlekken(b.id)),
        kompas_toelichting=tuple(
            (wording(pack.waarde(s.waarde_id).titel, soort), s.toelichting.strip())
            for s in store.kompas_scores(b.id)
            if s.toelichting.strip() and s.waarde_id in {w.id for w in pack.kompas}
        ),
        namen=tuple(labels) if keuzes.namen else (),
        notities=b.notities.strip() if keuzes.notities else "",
        doel=_doel(store, b),
        fotos=tuple(fotos.get(None, [])),
        weggelaten=tuple(weggelaten),
    )


def _doel(store: Store, b: Bijeenkomst) -> str:
    """Doel, kader and proces from the draaiboek, one paragraph each ('' when none)."""
    teksten = draaiboek_teksten(store, b.id)
    parts = [
        (label + tekst.strip()) if label else tekst.strip()
        for label, tekst in (
            ("", teksten.doel),
            ("Kader: ", teksten.kader),
            ("Hoe: ", teksten.proces),
        )
        if tekst.strip()
    ]
    return "\n\n".join(parts)


def _vragen(
    store: Store,
    b: Bijeenkomst,
    pack: ContentPack,
    soort: str,
    items: list[Inbreng],
    keuzes: Keuzes,
    fotos: dict[str | None, list[Foto]],
) -> tuple[VerslagVraag, ...]:
    """The questions that have something to report (said, counted or photographed), in
    the order of the evening."""
    per_vraag: dict[str, list[Inbreng]] = {}
    for i in items:
        per_vraag.setdefault(_vraag_id(pack, i.vraag_id), []).append(i)
    tellingen: dict[str, list[tuple[str, int]]] = {}
    for s in sorted(store.stemmingen(b.id), key=lambda s: s.volgorde):
        tellingen.setdefault(_vraag_id(pack, s.vraag_id), []).append((s.optie, s.aantal))
    # the order of the evening (the draaiboek's, else the praatplaat's), then the rest
    avond = [a.vraag for a in avond_vragen(store, b.id, pack)]
    ordered = avond + [v for v in pack.vragen() if v not in avond]
    reported = set(per_vraag) | set(tellingen) | {k for k in fotos if k is not None}
    known = [v for v in ordered if v.id in reported]
    tafels = {t.id: _tafel_titel(t, keuzes) for t in store.tafels(b.id)}
    notes = store.notities_per_vraag(b.id) if keuzes.notities else {}
    unknown = sorted(reported - {v.id for v in known})
    result = [
        VerslagVraag(
            nummer=v.nummer,
            tekst=wording(v.tekst, soort),
            onderdeel=wording(pack.onderdeel(v.onderdeel_id).titel, soort),
            groepen=_groepen(pack, v, per_vraag.get(v.id, []), tafels),
            telling=tuple(tellingen.get(v.id, [])),
            notitie=notes.get(v.id, "").strip(),
            fotos=tuple(fotos.get(v.id, [])),
        )
        for v in known
    ]
    # A question this content pack does not know (an older pack's): still reported.
    result += [
        VerslagVraag(
            nummer=vraag_id,
            tekst="(een vraag die deze versie van de praatplaat niet kent)",
            onderdeel="",
            groepen=_groepen(pack, None, per_vraag.get(vraag_id, []), tafels),
            telling=tuple(tellingen.get(vraag_id, [])),
            notitie=notes.get(vraag_id, "").strip(),
            fotos=tuple(fotos.get(vraag_id, [])),
        )
        for vraag_id in unknown
    ]
    return tuple(result)


def _vraag_id(pack: ContentPack, vraag_id: str) -> str:
    try:
        return pack.vraag(vraag_id).id  # an old id: the question that replaces it
    except KeyError:
        return vraag_id


def _groepen(
    pack: ContentPack,
    vraag: Vraag | None,
    items: list[Inbreng],
    tafels: dict[str, str] | None = None,
) -> tuple[Groep, ...]:
    """Where there were tafels: one group per tafel (in their order, then what was said
    plenary); within each, and at a meeting without tafels, the DNA questions grouped by
    sterkte/zwakte/kans/bedreiging."""
    tafels = tafels or {}
    if not tafels:
        return _soort_groepen(pack, vraag, items, "")
    groepen: list[Groep] = []
    for tafel_id, titel in [*tafels.items(), (None, "Plenair")]:
        at_table = [i for i in items if (i.tafel_id if i.tafel_id in tafels else None) == tafel_id]
        groepen += _soort_groepen(pack, vraag, at_table, titel)
    return tuple(groepen)


def _tafel_titel(tafel: Tafel, keuzes: Keuzes) -> str:
    """'Tafel 2', with its gespreksleider only when names are chosen (a first name)."""
    leider = tafel.gespreksleider.strip()
    return f"{tafel.titel} (gespreksleider {leider})" if leider and keuzes.namen else tafel.titel


def _soort_groepen(
    pack: ContentPack, vraag: Vraag | None, items: list[Inbreng], kop: str
) -> tuple[Groep, ...]:
    """The DNA questions grouped by sterkte/zwakte/kans/bedreiging; others in one group.
    `kop`: the tafel the items were said at ('' : no tafels), put before each title."""
    ordered = sorted(items, key=lambda i: (i.volgorde, i.aangemaakt))
    rows = [
        Item(i.tekst, INBRENG_SOORT_LABELS.get(i.soort or "", ""), i.stippen, bool(i.prive))
        for i in ordered
    ]
    onderdeel = _onderdeel(pack, vraag)
    dna = onderdeel is not None and set(DNA_SOORTEN) <= set(onderdeel)
    if not dna or not rows:
        return (Groep(kop, tuple(rows)),) if rows else ()
    groepen = []
    for s in DNA_SOORTEN:
        label = INBRENG_SOORT_LABELS[s]
        groep = tuple(r for r in rows if r.soort == label)
        if groep:
            groepen.append(Groep(f"{kop} · {label}" if kop else label, groep))
    rest = tuple(r for r in rows if r.soort not in {INBRENG_SOORT_LABELS[s] for s in DNA_SOORTEN})
    if rest:
        groepen.append(Groep(f"{kop} · Overig" if kop else "Overig", rest))
    return tuple(groepen)


def _onderdeel(pack: ContentPack, vraag: Vraag | None) -> tuple[str, ...] | None:
    if vraag is None:
        return None
    found = pack.onderdeel(vraag.onderdeel_id)
    return getattr(found, "inbreng_soorten", ())


def _wie_zonder_namen(lijst: AfsprakenlijstData, seats: dict[str, str]) -> AfsprakenlijstData:
    """Names of participants typed in an afspraak's `wie` become their seat numbers."""
    named = {name: seat for name, seat in seats.items() if name != seat}
    if not named:
        return lijst
    return dataclasses.replace(
        lijst,
        afspraken=tuple(
            dataclasses.replace(a, wie=replace_names(a.wie, named)) for a in lijst.afspraken
        ),
    )


__all__ = [
    "Foto",
    "Groep",
    "Item",
    "Keuzes",
    "VerslagData",
    "VerslagVraag",
    "read_verslag",
]
