"""The congruence panel's logic: what the chosen zeggenschap still asks of the afspraken."""

from __future__ import annotations

from app.content import default_pack
from app.meeting.congruence import check

PACK = default_pack()
ALL = [w.id for w in PACK.kompas]


def _meeting(store, archetype="verdelen-besluiten"):
    g = store.add_gebied("Onnen", "dorp")
    return store.add_bijeenkomst(g.id, "Avond", "2026-05-01", archetype=archetype)


def _findings(store, b, soort="wijk"):
    b = store.bijeenkomst(b.id)
    return check(
        PACK,
        b.archetype,
        store.kompas_scores(b.id),
        store.afspraken(b.id),
        store.witte_vlekken(b.id),
        soort,
    )


def test_verdelen_besluiten_needs_an_afspraak_for_every_waarde(store):
    b = _meeting(store)
    for waarde in ALL:
        store.set_kompas(b.id, waarde, nu=3, doel=4)
    # Kinds of afspraak (verantwoording, controle …) are tested in test_congruence_thema.py;
    # here only the kompas waarden, which archetype 3 all asks for.
    needed = list(PACK.dekking[2].waarden)
    assert set(needed) == set(ALL)

    def left():
        found = _findings(store, b)
        return [
            f.voorstel.waarde_id
            for f in found
            if f.soort == "dekking" and f.voorstel.borging_id is None
        ]

    assert left() == needed
    for i, waarde in enumerate(needed):
        store.add_afspraak(b.id, f"Afspraak {i}", waarde_id=waarde)
        assert left() == needed[i + 1 :]


def test_lower_archetype_asks_less(store):
    low = _meeting(store, "adviseren-inspreken")
    need_low = {f.voorstel.waarde_id for f in _findings(store, low) if f.soort == "dekking"}
    high = store.add_bijeenkomst(
        low.gebied_id, "Hoog", "2026-05-02", archetype="verdelen-besluiten"
    )
    need_high = {f.voorstel.waarde_id for f in _findings(store, high) if f.soort == "dekking"}
    assert need_low < need_high


def test_no_archetype_asks_to_choose_one_first(store):
    b = _meeting(store, archetype=None)
    (first, *_) = _findings(store, b, soort="dorp")
    assert first.soort == "archetype" and "het dorp" in first.tekst


def test_residents_leading_with_low_ieders_stem_telt_is_flagged(store):
    # Review point 39: ambition follows the archetype, not the kompas score of zeggenschap.
    low = _meeting(store, "adviseren-inspreken")
    store.set_kompas(low.id, "zeggenschap", nu=2, doel=5)
    store.set_kompas(low.id, "ieders-stem-telt", nu=2, doel=2)
    assert not [f for f in _findings(store, low) if f.soort == "ambitie"]
    b = _meeting(store, "aanjagen-initieren")
    store.set_kompas(b.id, "ieders-stem-telt", nu=2, doel=2)
    flagged = [f for f in _findings(store, b) if f.soort == "ambitie"]
    assert any(f.voorstel.waarde_id == "ieders-stem-telt" for f in flagged)
    store.set_kompas(b.id, "ieders-stem-telt", nu=2, doel=5)
    flagged = [f for f in _findings(store, b) if f.soort == "ambitie"]
    assert not any(f.voorstel.waarde_id == "ieders-stem-telt" for f in flagged)


def test_witte_vlek_without_afspraak_is_listed_until_one_links_it(store):
    b = _meeting(store, "adviseren-inspreken")
    vlek = store.add_witte_vlek(b.id, "Jongeren praten niet mee", waarde_id="ieders-stem-telt")
    (item,) = [f for f in _findings(store, b) if f.soort == "witte_vlek"]
    assert "Jongeren praten niet mee" in item.tekst
    assert item.voorstel.witte_vlek_id == vlek.id and item.voorstel.wat == vlek.tekst
    store.add_afspraak(b.id, "Jongerenpanel", witte_vlek_id=vlek.id)
    assert not [f for f in _findings(store, b) if f.soort == "witte_vlek"]


def test_suggested_instrument_helps_that_waarde(store):
    b = _meeting(store)
    suggested = [f.voorstel for f in _findings(store, b) if f.voorstel and f.voorstel.instrument_id]
    # verdelen-besluiten asks an afspraak for every waarde, and the pack offers an
    # instrument for each: so every waarde gets a suggestion.
    assert {v.waarde_id for v in suggested} == set(ALL)
    for voorstel in suggested:
        instrument = PACK.instrument(voorstel.instrument_id)
        assert voorstel.waarde_id in instrument.waarden


def test_an_ambition_point_is_answered_by_an_afspraak_on_that_waarde(store):
    b = _meeting(store, "aanjagen-initieren")
    store.set_kompas(b.id, "ieders-stem-telt", nu=2, doel=2)
    flagged = [f for f in _findings(store, b) if f.soort == "ambitie"]
    assert any(f.voorstel.waarde_id == "ieders-stem-telt" for f in flagged)
    store.add_afspraak(b.id, "Wijkpanel met loting", waarde_id="ieders-stem-telt")
    flagged = [f for f in _findings(store, b) if f.soort == "ambitie"]
    assert not any(f.voorstel.waarde_id == "ieders-stem-telt" for f in flagged)
