"""Realistic demo data: a wijk that went through stap 1, 2 and 3, and a dorp in stap 1.

Every row has a fixed id (uuid5), and inserts ignore rows that exist, so running the demo
twice adds nothing twice. The names are inspired by the pilots in seed 004; the people
are invented.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.content import ContentPack, default_pack
from app.store import Store

_NAMESPACE = uuid.UUID("5b1d3c2e-8f0a-4c1e-9d7b-6a2f4e8c0d11")


def demo_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, key))


@dataclass(frozen=True)
class DemoResult:
    gebieden: int
    bijeenkomsten: int
    added_rows: int


def load_demo(store: Store, pack: ContentPack | None = None) -> DemoResult:
    """Add the demo data (idempotent). Returns how many rows were new."""
    pack = pack or default_pack()
    before = sum(store.counts().values())
    with store.transaction():  # one transaction: all of the demo or nothing
        _rivierenbuurt(store, pack)
        _noordlaren(store, pack)
        # The meeting where the afspraken were made is the one "worked on last", so
        # `wijkpraat pdf --bijeenkomst latest --soort afspraken` shows a real list.
        store.update_bijeenkomst(demo_id("bk/riv/2"), status="afgesloten")
    added = sum(store.counts().values()) - before
    return DemoResult(gebieden=2, bijeenkomsten=4, added_rows=added)


def _q(pack: ContentPack, onderdeel: str, index: int) -> str:
    """Id of the index-th question of a bouwsteen or kompas waarde."""
    vragen = pack.onderdeel(onderdeel).vragen
    return vragen[min(index, len(vragen) - 1)].id


def _rivierenbuurt(store: Store, pack: ContentPack) -> None:
    g = store.add_gebied(
        "Rivierenbuurt",
        "wijk",
        gebiedsteam="Gebiedsteam Zuid",
        notities="Bewonersorganisatie actief sinds 1978; thema's vergroening en verkeer.",
        id=demo_id("gebied/rivierenbuurt"),
    )
    b1 = store.add_bijeenkomst(
        g.id,
        "Wat maakt de Rivierenbuurt eigen?",
        "2026-03-12",
        locatie="Buurthuis De Rivier",
        vorm="kampvuur",
        stap=1,
        archetype="aanjagen-initieren",
        follow_up_url="https://stem.example.nl/rivierenbuurt",
        status="afgesloten",
        aantal_deelnemers=14,
        id=demo_id("bk/riv/1"),
    )
    dna = _q(pack, "dna", 0)
    for i, (tekst, soort) in enumerate(
        [
            ("Veel groen langs het Winschoterdiep", "sterkte"),
            ("Bewoners kennen elkaar, vooral rond de speeltuin", "sterkte"),
            ("Jongeren doen bijna nooit mee", "zwakte"),
            ("Het oude schoolplein kan een buurttuin worden", "kans"),
            ("Drukte van sluipverkeer over de Oosterweg", "bedreiging"),
        ]
    ):
        store.add_inbreng(
            b1.id, dna, tekst, soort, stippen=[6, 3, 8, 5, 4][i], id=demo_id(f"in/riv/{i}")
        )
    stem = _q(pack, "ieders-stem-telt", 0)
    store.add_inbreng(
        b1.id, stem, "Vraag ook huurders van de flats aan de rand", "idee", id=demo_id("in/riv/s1")
    )
    store.add_inbreng(
        b1.id,
        stem,
        "Avondbijeenkomsten passen niet bij jonge ouders",
        "zorg",
        id=demo_id("in/riv/s2"),
    )
    for optie, aantal in (("eens", 9), ("neutraal", 3), ("oneens", 2)):
        store.set_stemming(b1.id, stem, optie, aantal)
    scores = {
        "ieders-stem-telt": (2, 4),
        "transparantie": (3, 4),
        "zeggenschap": (2, 4),
        "het-goede-gesprek": (3, 4),
    }
    for waarde, (nu, doel) in scores.items():
        store.set_kompas(b1.id, waarde, nu=nu, doel=doel, toelichting="Eerste meting")
    vlek = store.add_witte_vlek(
        b1.id,
        "Jongeren en huurders praten niet mee",
        waarde_id="ieders-stem-telt",
        id=demo_id("wv/riv/1"),
    )

    b2 = store.add_bijeenkomst(
        g.id,
        "Afspraken over vergroening",
        "2026-04-16",
        locatie="Buurthuis De Rivier",
        vorm="projectie",
        stap=2,
        archetype="aanjagen-initieren",
        follow_up_url="https://stem.example.nl/rivierenbuurt/afspraken",
        status="afgesloten",
        aantal_deelnemers=22,
        id=demo_id("bk/riv/2"),
    )
    for thema, taak, actoren in (
        ("Vergroening", "regisseert", ["bewonersorganisatie"]),
        ("Vergroening", "organiseert", ["bewoners", "gebiedsteam"]),
        ("Vergroening", "beslist", ["college"]),
        ("Vergroening", "voert_uit", ["bewoners", "partner"]),
        ("Verkeer", "regisseert", ["gebiedsteam"]),
        ("Verkeer", "beslist", ["gemeenteraad"]),
    ):
        store.set_rol(b2.id, thema, taak, actoren)
    # Zeggenschap per thema: verkeer raakt meer dan de wijk, daar geeft de wijk advies.
    store.set_thema(b2.id, "Vergroening", None)
    store.set_thema(b2.id, "Verkeer", "adviseren-inspreken")
    afspraken: list[tuple[str, str, str, str | None, str | None, str | None, str]] = [
        (
            "Een wijkpanel opzetten met ook huurders en jongeren",
            "Bewonersorganisatie",
            "voor 1 juni",
            "wijkpanel",
            "ieders-stem-telt",
            vlek.id,
            "loopt",
        ),
        (
            "Elke maand een verslag in de wijkkrant",
            "Redactie wijkkrant",
            "vanaf mei",
            "wijkkrant",
            "transparantie",
            None,
            "gedaan",
        ),
        (
            "Gesprekstafels met een onafhankelijke gespreksleider",
            "Gebiedsteam",
            "september",
            None,
            "het-goede-gesprek",
            None,
            "open",
        ),
        ("Buurttuin op het oude schoolplein", "Werkgroep groen", "zomer", None, None, None, "open"),
    ]
    for i, (wat, wie, wanneer, instrument, doel_waarde, vlek_id, status) in enumerate(afspraken):
        store.add_afspraak(
            b2.id,
            wat,
            wie=wie,
            wanneer=wanneer,
            instrument_id=_known(pack, instrument),
            waarde_id=doel_waarde,
            witte_vlek_id=vlek_id,
            status=status,
            follow_up_url="https://stem.example.nl/rivierenbuurt/wijkpanel" if i == 0 else None,
            id=demo_id(f"af/riv/{i}"),
        )
    for waarde, (nu, doel) in scores.items():
        store.set_kompas(b2.id, waarde, nu=nu, doel=doel)

    b3 = store.add_bijeenkomst(
        g.id,
        "Half jaar later: hoe gaat het?",
        "2026-10-08",
        locatie="Buurthuis De Rivier",
        vorm="tafel",
        stap=3,
        archetype="aanjagen-initieren",
        follow_up_url="https://stem.example.nl/rivierenbuurt",
        status="bezig",
        aantal_deelnemers=17,
        id=demo_id("bk/riv/3"),
    )
    for i, (status, reflectie) in enumerate(
        [
            ("loopt", "Panel heeft 40 leden, nog weinig jongeren."),
            ("gedaan", "Verslagen worden goed gelezen."),
            ("open", "Nog geen gespreksleider gevonden."),
            ("gestopt", "Schoolplein wordt toch verkocht."),
        ]
    ):
        store.set_evaluatie(b3.id, demo_id(f"af/riv/{i}"), status, reflectie)
    later = {
        "ieders-stem-telt": (3, 4),
        "transparantie": (4, 4),
        "zeggenschap": (2, 4),
        "het-goede-gesprek": (3, 4),
    }
    for waarde, (nu, doel) in later.items():
        store.set_kompas(b3.id, waarde, nu=nu, doel=doel, toelichting="Tweede meting")
    for i, label in enumerate(["Anja", "Stoel 2", "Mehmet", "Stoel 4"]):
        store.add_deelnemer(
            b3.id, label, denkstijl="doener" if i % 2 else "denker", id=demo_id(f"dn/riv/{i}")
        )


def _noordlaren(store: Store, pack: ContentPack) -> None:
    g = store.add_gebied(
        "Noordlaren",
        "dorp",
        gebiedsteam="Gebiedsteam Haren",
        notities="Dorpsbelangen wil meer zeggenschap over de dorpsagenda.",
        id=demo_id("gebied/noordlaren"),
    )
    b = store.add_bijeenkomst(
        g.id,
        "Kampvuuravond: wie beslist in ons dorp?",
        "2026-11-05",
        locatie="Dorpshuis",
        vorm="kampvuur",
        stap=1,
        archetype="verdelen-besluiten",
        follow_up_url="https://stem.example.nl/noordlaren",
        status="bezig",
        aantal_deelnemers=11,
        id=demo_id("bk/nl/1"),
    )
    dna = _q(pack, "dna", 1)
    for i, (tekst, soort) in enumerate(
        [
            ("Dorpsbelangen is sterk en bekend", "sterkte"),
            ("Weinig voorzieningen voor ouderen", "zwakte"),
            ("Burgerbegroting voor het dorpsplein", "kans"),
        ]
    ):
        store.add_inbreng(b.id, dna, tekst, soort, id=demo_id(f"in/nl/{i}"))
    zeg = _q(pack, "zeggenschap", 0)
    store.add_inbreng(
        b.id, zeg, "We willen zelf over het groenbudget beslissen", "idee", id=demo_id("in/nl/z1")
    )
    for waarde, (nu, doel) in {
        "ieders-stem-telt": (2, 3),
        "zeggenschap": (2, 5),
        "transparantie": (3, 3),
    }.items():
        store.set_kompas(b.id, waarde, nu=nu, doel=doel)


def _known(pack: ContentPack, instrument_id: str | None) -> str | None:
    """Only link instruments the content pack has (the pack may be tuned per gemeente)."""
    if instrument_id and any(i.id == instrument_id for i in pack.instrumenten):
        return instrument_id
    return None
