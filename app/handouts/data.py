"""Read the store into frozen dataclasses for the handouts (no reportlab here).

Reading happens on the caller's thread (SQLite connections stay on their own thread);
the dataclasses can then be turned into a PDF anywhere, for example in a worker thread
while the window shows progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.content import ContentPack, default_pack, wording
from app.content.labels import ACTOR_LABELS, STATUS_AFSPRAAK_LABELS, VORM_LABELS
from app.errors import InvalidInput
from app.handouts.qr import checked_url
from app.store import Store
from app.store.records import Afspraak, Bijeenkomst
from app.store.schema import TAKEN

WAT_NU = {
    1: "Hierna maken we samen afspraken. Online lees je wat er is besproken.",
    2: "We gaan aan de slag met de afspraken. Online volg je hoe het gaat.",
    3: "We kijken samen terug en passen aan waar nodig. Online lees je het verslag.",
}


@dataclass(frozen=True)
class Kop:
    """What every handout of a bijeenkomst says about where and when."""

    gebied: str
    soort: str  # wijk | dorp
    titel: str
    datum: str  # ISO date
    locatie: str
    vorm: str  # display label
    stap: int
    stap_titel: str
    deelnemers: int | None
    content_versie: str
    gedrukt: dt.date


@dataclass(frozen=True)
class KompasPunt:
    nummer: int
    titel: str
    nu: int | None
    doel: int | None


@dataclass(frozen=True)
class RolRegel:
    thema: str
    cellen: tuple[str, ...]  # one per TAKEN, actors joined with ", "


@dataclass(frozen=True)
class AfspraakRegel:
    nummer: int
    wat: str
    wie: str
    wanneer: str
    instrument: str
    waarde: str
    status: str
    url: str | None


@dataclass(frozen=True)
class AfsprakenlijstData:
    kop: Kop
    archetype: str  # title, or '' when none was chosen
    archetype_kort: str
    kompas: tuple[KompasPunt, ...]
    rollen: tuple[RolRegel, ...]
    afspraken: tuple[AfspraakRegel, ...]
    witte_vlekken: tuple[str, ...]
    follow_up_url: str | None
    themas: tuple[tuple[str, str], ...] = ()  # (thema, archetype title) chosen per thema


@dataclass(frozen=True)
class PraatVraag:
    nummer: str
    tekst: str
    vanaf: str  # archetype title for higher-ambition questions, else ''
    kern: bool = False  # a kernvraag: one of the questions for one evening


@dataclass(frozen=True)
class PraatOnderdeel:
    code: str  # B1 or K1
    titel: str
    uitleg: str
    vragen: tuple[PraatVraag, ...]


@dataclass(frozen=True)
class PraatplaatData:
    titel: str
    soort: str
    formaat: str  # A4 | A3
    stappen: tuple[tuple[int, str, str], ...]  # (nummer, titel, uitleg)
    archetypen: tuple[tuple[int, str, str], ...]  # (nummer, titel, kort)
    bouwstenen: tuple[PraatOnderdeel, ...]
    kompas: tuple[PraatOnderdeel, ...]
    content_versie: str
    gedrukt: dt.date
    opening: PraatOnderdeel | None = None  # asked first, before the bouwstenen
    woorden: tuple[tuple[str, str], ...] = ()  # (woord, uitleg): the glossary in B1
    follow_up_url: str | None = None  # the bijeenkomst's, as a QR code in the header


@dataclass(frozen=True)
class KaartjesData:
    gebied: str
    soort: str
    datum: str
    wat_nu: str
    url: str
    content_versie: str
    gedrukt: dt.date


@dataclass(frozen=True)
class TerugblikRegel:
    nummer: int
    wat: str
    wie: str
    afgesproken: str  # ISO date of the bijeenkomst where it was agreed
    status: str
    reflectie: str
    besproken: bool  # False: no evaluation yet in this bijeenkomst


@dataclass(frozen=True)
class Meting:
    datum: str
    titel: str
    punten: tuple[KompasPunt, ...]  # one per kompas waarde, in pack order


@dataclass(frozen=True)
class EvaluatieData:
    kop: Kop
    terugblik: tuple[TerugblikRegel, ...]
    trend: tuple[Meting, ...]  # oldest first, up to and including this bijeenkomst
    follow_up_url: str | None = None  # its QR code beside the title, as on the afsprakenlijst


HandoutData = AfsprakenlijstData | PraatplaatData | KaartjesData | EvaluatieData


# -- readers ---------------------------------------------------------------------------


def _bijeenkomst(store: Store, bijeenkomst_id: str | None) -> Bijeenkomst:
    if not bijeenkomst_id:
        raise InvalidInput(
            "Kies eerst een bijeenkomst. Voor dit document is een bijeenkomst nodig."
        )
    try:
        return store.bijeenkomst(bijeenkomst_id)
    except InvalidInput:
        raise InvalidInput(
            f"De bijeenkomst '{bijeenkomst_id}' bestaat niet in deze database. "
            "Kies een bijeenkomst uit de lijst."
        ) from None


def _url(value: str | None) -> str | None:
    """A stored URL, checked again: the file may have been edited outside Wijkpraat."""
    return checked_url(value) if value else None


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def read_kop(store: Store, b: Bijeenkomst, pack: ContentPack, today: dt.date | None) -> Kop:
    gebied = store.gebied(b.gebied_id)
    stap = next((s for s in pack.stappen if s.nummer == b.stap), None)
    return Kop(
        gebied=gebied.naam,
        soort=gebied.soort,
        titel=b.titel,
        datum=b.datum,
        locatie=b.locatie,
        vorm=VORM_LABELS.get(b.vorm, b.vorm),
        stap=b.stap,
        stap_titel=wording(stap.titel, gebied.soort) if stap else "",
        deelnemers=b.aantal_deelnemers,
        content_versie=b.content_versie,
        gedrukt=_today(today),
    )


def _kompas_punten(
    pack: ContentPack, scores: dict[str, tuple[int | None, int | None]]
) -> tuple[KompasPunt, ...]:
    return tuple(
        KompasPunt(w.nummer, w.titel, *scores.get(w.id, (None, None))) for w in pack.kompas
    )


def _waarde_titel(pack: ContentPack, a: Afspraak, soort: str) -> str:
    """The kompas waarde of an afspraak, or else its bouwsteen; '' when it has neither."""
    ref = a.waarde_id or a.bouwsteen_id
    if not ref:
        return ""
    try:
        return wording(pack.onderdeel(ref).titel, soort)
    except KeyError:  # an id the content pack does not (or no longer) know
        return ref


def _instrument(pack: ContentPack, instrument_id: str | None) -> str:
    if not instrument_id:
        return ""
    try:
        return pack.instrument(instrument_id).naam
    except KeyError:
        return instrument_id


def read_afsprakenlijst(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> AfsprakenlijstData:
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    kop = read_kop(store, b, pack, today)
    archetype = kort = ""
    if b.archetype:
        try:
            a = pack.archetype(b.archetype)
            archetype, kort = a.titel, wording(a.kort, kop.soort)
        except KeyError:
            archetype = b.archetype
    scores = {s.waarde_id: (s.nu, s.doel) for s in store.kompas_scores(b.id)}
    rollen: dict[str, dict[str, list[str]]] = {}
    for rol in store.rollen(b.id):
        rollen.setdefault(rol.thema, {}).setdefault(rol.taak, []).append(
            ACTOR_LABELS.get(rol.actor, rol.actor)
        )
    afspraken = tuple(
        AfspraakRegel(
            nummer=i,
            wat=a.wat,
            wie=a.wie,
            wanneer=a.wanneer,
            instrument=wording(_instrument(pack, a.instrument_id), kop.soort),
            waarde=_waarde_titel(pack, a, kop.soort),
            status=STATUS_AFSPRAAK_LABELS.get(a.status, a.status),
            url=_url(a.follow_up_url),
        )
        for i, a in enumerate(store.afspraken(b.id), start=1)
    )
    return AfsprakenlijstData(
        kop=kop,
        archetype=archetype,
        archetype_kort=kort,
        kompas=_kompas_punten(pack, scores),
        rollen=tuple(
            RolRegel(thema, tuple(", ".join(cel.get(t, [])) for t in TAKEN))
            for thema, cel in rollen.items()
        ),
        afspraken=afspraken,
        witte_vlekken=_open_witte_vlekken(store, b),
        follow_up_url=_url(b.follow_up_url),
        themas=tuple(
            (t.thema, _archetype_titel(pack, t.archetype))
            for t in store.themas(b.id)
            if t.archetype
        ),
    )


def _archetype_titel(pack: ContentPack, archetype_id: str) -> str:
    try:
        return pack.archetype(archetype_id).titel
    except KeyError:
        return archetype_id


def _earlier_or_same(store: Store, b: Bijeenkomst) -> list[Bijeenkomst]:
    """Bijeenkomsten of the same gebied up to and including `b`, oldest first."""
    return [*store.earlier_bijeenkomsten(b.id), b]


def _open_witte_vlekken(store: Store, b: Bijeenkomst) -> tuple[str, ...]:
    """Blank spots found so far in this gebied that no afspraak takes up yet."""
    tot_nu = _earlier_or_same(store, b)
    covered = {a.witte_vlek_id for x in tot_nu for a in store.afspraken(x.id) if a.witte_vlek_id}
    return tuple(v.tekst for x in tot_nu for v in store.witte_vlekken(x.id) if v.id not in covered)


def read_praatplaat(
    store: Store | None,
    bijeenkomst_id: str | None,
    formaat: str = "A4",
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> PraatplaatData:
    """The praatplaat needs no bijeenkomst; with one, it uses that gebied's wording."""
    pack = pack or default_pack()
    if formaat not in ("A4", "A3"):
        raise InvalidInput(f"Formaat '{formaat}' kan niet. Kies A4 (handout) of A3 (poster).")
    soort = "wijk"
    url = None
    if store is not None and bijeenkomst_id:
        b = _bijeenkomst(store, bijeenkomst_id)
        soort = store.gebied(b.gebied_id).soort
        url = _url(b.follow_up_url)

    def w(text: str) -> str:
        return wording(text, soort)

    def vanaf(archetype_id: str | None) -> str:
        return pack.archetype(archetype_id).titel if archetype_id else ""

    return PraatplaatData(
        titel=w(pack.titel),
        soort=soort,
        formaat=formaat,
        stappen=tuple((s.nummer, w(s.titel), w(s.uitleg)) for s in pack.stappen),
        archetypen=tuple((a.nummer, w(a.titel), w(a.kort)) for a in pack.archetypen),
        bouwstenen=tuple(
            PraatOnderdeel(
                f"B{b.nummer}",
                w(b.titel),
                w(b.uitleg),
                tuple(
                    PraatVraag(v.nummer, w(v.tekst), vanaf(v.min_archetype), v.kern)
                    for v in b.vragen
                ),
            )
            for b in pack.bouwstenen
        ),
        kompas=tuple(
            PraatOnderdeel(
                f"K{k.nummer}",
                w(k.titel),
                w(k.uitleg),
                tuple(
                    PraatVraag(v.nummer, w(v.tekst), vanaf(v.min_archetype), v.kern)
                    for v in k.vragen
                ),
            )
            for k in pack.kompas
        ),
        opening=PraatOnderdeel(
            "O",
            w(pack.opening.titel),
            w(pack.opening.uitleg),
            tuple(PraatVraag(v.nummer, w(v.tekst), "", True) for v in pack.opening.vragen),
        )
        if pack.opening
        else None,
        woorden=tuple((w(x.woord), w(x.uitleg)) for x in pack.woorden),
        content_versie=pack.version,
        gedrukt=_today(today),
        follow_up_url=url,
    )


def read_kaartjes(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> KaartjesData:
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    gebied = store.gebied(b.gebied_id)
    url = _url(b.follow_up_url)
    if url is None:
        raise InvalidInput(
            "Deze bijeenkomst heeft nog geen webadres voor later. Vul eerst bij de "
            "bijeenkomst een webadres in (https://…); dat komt als QR-code op de kaartjes."
        )
    return KaartjesData(
        gebied=gebied.naam,
        soort=gebied.soort,
        datum=b.datum,
        wat_nu=WAT_NU.get(b.stap, WAT_NU[2]),
        url=url,
        content_versie=b.content_versie,
        gedrukt=_today(today),
    )


def read_evaluatie(
    store: Store,
    bijeenkomst_id: str | None,
    pack: ContentPack | None = None,
    today: dt.date | None = None,
) -> EvaluatieData:
    pack = pack or default_pack()
    b = _bijeenkomst(store, bijeenkomst_id)
    kop = read_kop(store, b, pack, today)
    evaluaties = {e.afspraak_id: e for e in store.evaluaties(b.id)}
    datum_van = {x.id: x.datum for x in store.bijeenkomsten(b.gebied_id)}
    terugblik = []
    for i, a in enumerate(store.earlier_afspraken(b.id), start=1):
        e = evaluaties.get(a.id)
        terugblik.append(
            TerugblikRegel(
                nummer=i,
                wat=a.wat,
                wie=a.wie,
                afgesproken=datum_van.get(a.bijeenkomst_id, ""),
                status=STATUS_AFSPRAAK_LABELS.get(e.status if e else a.status, a.status),
                reflectie=e.reflectie if e else "",
                besproken=e is not None,
            )
        )
    trend = []
    for x in _earlier_or_same(store, b):
        scores = {s.waarde_id: (s.nu, s.doel) for s in store.kompas_scores(x.id)}
        if scores:
            trend.append(Meting(x.datum, x.titel, _kompas_punten(pack, scores)))
    return EvaluatieData(
        kop=kop,
        terugblik=tuple(terugblik),
        trend=tuple(trend),
        follow_up_url=_url(b.follow_up_url),
    )
