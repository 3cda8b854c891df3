"""The model's requirement, per thema: the rolverdeling and the afspraken must fit the
zeggenschap each thema has (seed 003: "Vereiste is dat de antwoorden van de vragen over
rol- en taakverdeling in overeenstemming moeten zijn met … de gewenste mate van
zeggenschap"). Each test is an evening as a facilitator would type it into the live
meeting; the findings are what the congruence panel shows."""

from __future__ import annotations

import pytest

from app.content import default_pack
from app.meeting.flow import MeetingFlow

PACK = default_pack()


@pytest.fixture
def rivierenbuurt(store):
    g = store.add_gebied("Rivierenbuurt", "wijk")
    b = store.add_bijeenkomst(g.id, "Zeggenschap over groen", "2027-02-10")
    flow = MeetingFlow(store=store, pack=PACK)
    flow.open_bijeenkomst(b.id)
    return flow


def soort(flow, kind):
    return [f for f in flow.findings() if f.soort == kind]


def test_advice_with_residents_deciding_is_flagged(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("adviseren-inspreken")
    # The circle ticks what it would like: the residents decide on the groen.
    flow.set_rol("Groen", "regisseert", ["gebiedsteam"])
    flow.set_rol("Groen", "beslist", ["bewoners", "college"])
    (point,) = soort(flow, "rol")
    assert point.tekst.startswith("Maak een afspraak over wie beslist")
    assert "‘Groen’" in point.tekst and "Bewoners" in point.tekst
    assert "adviseren & inspreken" in point.waarom.lower()
    # The facilitator explains: with advice, the gemeente decides.
    flow.set_rol("Groen", "beslist", ["college"])
    assert soort(flow, "rol") == []


def test_deciding_without_any_wijk_actor_under_beslist_is_flagged(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("verdelen-besluiten")
    flow.set_rol("Buurtbudget", "regisseert", ["bewonersorganisatie"])
    flow.set_rol("Buurtbudget", "beslist", ["college", "gemeenteraad"])
    flagged = soort(flow, "rol")
    assert [f.regel_id for f in flagged] == ["rol-verdelen-wijk-beslist:Buurtbudget"]
    assert "niemand" in flagged[0].tekst
    flow.set_rol("Buurtbudget", "beslist", ["bewonersorganisatie"])
    assert soort(flow, "rol") == []


def test_deciding_needs_afspraken_on_verantwoording_and_controle(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("verdelen-besluiten")
    flow.set_rol("Buurtbudget", "regisseert", ["bewonersorganisatie"])
    flow.set_rol("Buurtbudget", "beslist", ["bewonersorganisatie"])
    # Many afspraken, each tagged with a kompas waarde: under the old rules this passed.
    for waarde in ("ieders-stem-telt", "transparantie", "zeggenschap", "het-goede-gesprek"):
        flow.add_afspraak(f"We doen iets aan {waarde}", waarde_id=waarde)
    open_kinds = {f.voorstel.borging_id for f in soort(flow, "dekking")}
    assert {"verantwoording", "controle"} <= open_kinds
    verantwoording = next(
        f for f in soort(flow, "dekking") if f.voorstel.borging_id == "verantwoording"
    )
    assert verantwoording.tekst.startswith("Maak een afspraak over hoe de wijk verantwoording")
    # "Maak afspraak" fills in the kind; the afspraak answers the point.
    flow.add_afspraak(
        "Jaarlijks verslag in de wijkkrant en aan het gebiedsteam",
        **_from(verantwoording.voorstel),
    )
    open_kinds = {f.voorstel.borging_id for f in soort(flow, "dekking")}
    assert "verantwoording" not in open_kinds and "controle" in open_kinds
    flow.add_afspraak("Een klachtenregeling en een open ledenvergadering", borging_id="controle")
    assert "controle" not in {f.voorstel.borging_id for f in soort(flow, "dekking")}


def test_from_nu_1_to_doel_5_suggests_a_step(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("aanjagen-initieren")
    flow.set_kompas("ieders-stem-telt", nu=1, doel=5)
    flow.set_kompas("transparantie", nu=3, doel=4)
    (step,) = soort(flow, "groei")
    assert step.suggestie
    assert step.voorstel.waarde_id == "ieders-stem-telt"
    assert step.voorstel.borging_id == "groeipad"
    assert step.tekst.startswith("Maak een afspraak over een kleinere eerste stap")
    assert "nu 1, doel 5" in step.tekst
    first_step = "Eerst een wijkpanel; na een half jaar kijken we samen"
    flow.add_afspraak(first_step, **_from(step.voorstel))
    assert soort(flow, "groei") == []


def test_two_themas_are_each_checked_against_their_own_rolverdeling(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("adviseren-inspreken")  # the default for the evening
    flow.set_thema_archetype("Buurtbudget", "verdelen-besluiten")
    flow.set_rol("Buurtbudget", "regisseert", ["bewonersorganisatie"])
    flow.set_rol("Buurtbudget", "beslist", ["bewonersorganisatie"])
    flow.set_rol("Verkeer", "beslist", ["gemeenteraad"])
    # Both rolverdelingen fit their own thema: nothing about roles.
    assert soort(flow, "rol") == []
    keuzes = {k.naam: k.archetype for k in flow.thema_keuzes()}
    assert keuzes == {"Buurtbudget": "verdelen-besluiten", "Verkeer": "adviseren-inspreken"}
    # Archetype-3 kinds of afspraak are asked for Buurtbudget only.
    controle = next(f for f in soort(flow, "dekking") if f.voorstel.borging_id == "controle")
    assert controle.themas == ("Buurtbudget",)
    assert controle.voorstel.thema == "Buurtbudget"
    # Swap the rolverdelingen: now each thema is wrong for its own archetype.
    flow.set_rol("Buurtbudget", "beslist", ["gemeenteraad"])
    flow.set_rol("Verkeer", "beslist", ["bewoners"])
    flagged = {f.regel_id for f in soort(flow, "rol")}
    assert flagged == {
        "rol-verdelen-wijk-beslist:Buurtbudget",
        "rol-adviseren-wijk-beslist-niet:Verkeer",
        "rol-adviseren-gemeente-beslist:Verkeer",
    }


def test_an_afspraak_for_one_thema_does_not_cover_another(rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("verdelen-besluiten")
    for thema in ("Buurtbudget", "Groen"):
        flow.set_rol(thema, "regisseert", ["bewoners"])
        flow.set_rol(thema, "beslist", ["bewoners"])
    flow.add_afspraak("Verslag aan de buurt", borging_id="verantwoording", thema="Groen")
    (point,) = [f for f in soort(flow, "dekking") if f.voorstel.borging_id == "verantwoording"]
    assert point.themas == ("Buurtbudget",)
    flow.add_afspraak("Verslag voor alle thema's", borging_id="verantwoording")
    assert not [f for f in soort(flow, "dekking") if f.voorstel.borging_id == "verantwoording"]


def test_the_thema_choice_survives_reopening(store, rivierenbuurt):
    flow = rivierenbuurt
    flow.set_archetype("aanjagen-initieren")
    flow.set_thema_archetype("Groen", "verdelen-besluiten")
    again = MeetingFlow(store=store, pack=PACK)
    again.open_bijeenkomst(flow.bijeenkomst.id)
    assert [(k.naam, k.archetype, k.eigen) for k in again.thema_keuzes()] == [
        ("Groen", "verdelen-besluiten", True)
    ]
    again.set_thema_archetype("Groen", None)  # back to the evening's choice
    assert [(k.archetype, k.eigen) for k in again.thema_keuzes()] == [("aanjagen-initieren", False)]


def _from(voorstel):
    return {
        "waarde_id": voorstel.waarde_id,
        "borging_id": voorstel.borging_id,
        "thema": voorstel.thema,
        "instrument_id": voorstel.instrument_id,
    }
