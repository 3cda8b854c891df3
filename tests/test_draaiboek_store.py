"""The draaiboek in the store: it travels through export and import (unchoosing too), an
older bundle without it still imports, and bad input is refused in Dutch."""

from __future__ import annotations

import json

import pytest

from app.errors import InvalidInput
from app.exchange.bundle import BundleError, build_bundle, import_bundle, validate_bundle
from app.store import Store
from app.store.draaiboek import avond_vragen, draaiboek_teksten


@pytest.fixture
def two(tmp_path) -> tuple[Store, Store, str]:
    here, there = Store.open(tmp_path / "hier.sqlite"), Store.open(tmp_path / "daar.sqlite")
    g = here.add_gebied("Beijum", "wijk")
    b = here.add_bijeenkomst(g.id, "Buurtavond", "2027-02-02")
    yield here, there, b.id
    here.close()
    there.close()


def test_export_and_import_carry_the_plan_and_later_its_changes(two):
    here, there, b = two
    here.set_draaiboek(
        b, doel="Samen kiezen.", proces="Verslag binnen twee weken.", begintijd="19:30"
    )
    here.set_draaiboek_vragen(b, [("dna-cijfers", 15), ("start-tempo", 5)])
    import_bundle(there, json.loads(json.dumps(build_bundle(here))))
    assert [(a.vraag.id, a.minuten) for a in avond_vragen(there, b)] == [
        ("dna-cijfers", 15),
        ("start-tempo", 5),
    ]
    assert draaiboek_teksten(there, b).proces == "Verslag binnen twee weken."
    assert draaiboek_teksten(there, b).begintijd == "19:30"

    # Later on the first laptop: one question out, the other longer, a new doel.
    here.set_draaiboek_vragen(b, [("start-tempo", 25)])
    here.set_draaiboek(b, doel="Drie dingen kiezen.")
    result = import_bundle(there, build_bundle(here))
    assert not result.conflicts
    assert [(a.vraag.id, a.minuten) for a in avond_vragen(there, b)] == [("start-tempo", 25)]
    assert draaiboek_teksten(there, b).doel == "Drie dingen kiezen."
    assert import_bundle(there, build_bundle(here)).changed == 0  # twice adds nothing


def test_a_bundle_from_before_the_draaiboek_still_imports(two):
    here, there, b = two
    bundle = build_bundle(here)
    del bundle["tabellen"]["draaiboek"], bundle["tabellen"]["draaiboek_vraag"]
    import_bundle(there, bundle)
    assert there.bijeenkomst(b).titel == "Buurtavond"
    assert [a.vraag.id for a in avond_vragen(there, b)]  # the kern evening


def test_a_bundle_with_an_unknown_question_in_the_plan_is_refused(two):
    here, _, b = two
    here.set_draaiboek_vragen(b, [("dna-cijfers", 15)])
    bundle = build_bundle(here)
    bundle["tabellen"]["draaiboek_vraag"][0]["vraag_id"] = "bestaat-niet"
    with pytest.raises(BundleError, match="draaiboek_vraag"):
        validate_bundle(bundle)


@pytest.mark.parametrize(
    ("keuze", "message"),
    [
        ([("dna-cijfers", 0)], "tussen 1 en 180 minuten"),
        ([("dna-cijfers", 181)], "tussen 1 en 180 minuten"),
        ([("dna-cijfers", 10), ("dna-cijfers", 5)], "twee keer"),
        ([("  ", 10)], "Vul de vraag in"),
    ],
)
def test_bad_plans_are_refused_in_dutch_and_nothing_is_stored(two, keuze, message):
    here, _, b = two
    here.set_draaiboek_vragen(b, [("start-tempo", 10)])
    with pytest.raises(InvalidInput, match=message):
        here.set_draaiboek_vragen(b, keuze)
    assert [(a.vraag.id, a.minuten) for a in avond_vragen(here, b)] == [("start-tempo", 10)]
