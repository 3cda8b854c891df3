"""A database of every released schema version opens in today's Wijkpraat: migrated
forward to SCHEMA_VERSION with every row and every accent intact.

The files are in tests/data/ (how they were made: tests/data/README.md). Each test works
on a copy, and the checked-in file itself must never change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.exchange.bundle import build_bundle, validate_bundle
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store
from app.store.schema import SCHEMA_VERSION, TABLES
from tests.conftest import sha256

DATA = Path(__file__).resolve().parent / "data"
# The files of released versions never change: a new version gets a new file.
CHECKSUMS = {
    1: "755058fc13078d1a860f4e762fbdd8146f82317b10a2270932252b0662336310",
    2: "96d66c2b8d7d96d6a55a6ef8a047343d6a63a300a6c7678d88a7dbe42c0d2eaa",
}
# What tests/data/make_schema_files.py put in every file (instelling only from version 2).
COUNTS = {
    "gebied": 2,
    "bijeenkomst": 3,
    "inbreng": 4,
    "stemming": 2,
    "kompas_score": 1,
    "rolverdeling": 1,
    "witte_vlek": 1,
    "afspraak": 1,
    "deelnemer": 2,
    "spreekbeurt": 1,
    "evaluatie": 1,
}
# Released versions: 0.1.0 shipped schema 2. A version added since then gets its file when
# it is released (tests/data/README.md), so that file is made by released code.
VERSIONS = sorted(CHECKSUMS)


def test_every_released_schema_version_has_a_file():
    assert sorted(p.name for p in DATA.glob("schema-v*.sqlite")) == [
        f"schema-v{v}.sqlite" for v in VERSIONS
    ]
    assert list(range(1, max(VERSIONS) + 1)) == VERSIONS and max(VERSIONS) <= SCHEMA_VERSION


@pytest.fixture(params=VERSIONS, ids=lambda v: f"v{v}")
def old_file(request, tmp_path) -> tuple[int, Path]:
    """(version, a copy of that version's file); afterwards the original is unchanged."""
    version = request.param
    original = DATA / f"schema-v{version}.sqlite"
    assert sha256(original) == CHECKSUMS[version], f"{original.name} was changed"
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    yield version, copy
    assert sha256(original) == CHECKSUMS[version]


def test_an_old_file_is_migrated_forward_with_its_data_intact(old_file):
    version, path = old_file
    with Store.open_readonly(path) as before:
        assert before.schema_version == version
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity() == "ok"
        counts = store.counts()
        assert set(counts) == set(TABLES)
        kept = {table: n for table, n in counts.items() if table in COUNTS or table == "instelling"}
        assert kept == {**COUNTS, "instelling": 2 if version >= 2 else 0}
        assert not any(n for table, n in counts.items() if table not in kept)  # new: empty

        assert [(g.naam, g.soort) for g in store.gebieden()] == [
            ("Noordlaren", "dorp"),
            ("Rivierenbuurt", "wijk"),
        ]
        riv = next(g for g in store.gebieden() if g.naam == "Rivierenbuurt")
        assert riv.notities == "Café ’t Hoekje is de vaste plek."
        kampvuur = next(b for b in store.bijeenkomsten(riv.id) if b.stap == 2)
        assert kampvuur.titel == "Kampvuur bij de Ëmmabrug"
        assert kampvuur.follow_up_url == "https://stem.example.nl/rivier"
        assert kampvuur.aantal_deelnemers == 14
        assert [i.tekst for i in store.inbreng(kampvuur.id, include_deleted=True)] == [
            "Het park bij de Ürsulakerk, vóór iedereen",
            "Te weinig plekken voor jongeren",
            "Notitie voor het gebiedsteam",
            "Per ongeluk getypt",
        ]
        (afspraak,) = store.afspraken(kampvuur.id)
        assert (afspraak.wat, afspraak.wie, afspraak.wanneer) == (
            "Wijkpanel met loting",
            "Anja & Bülent",
            "vóór de zomer",
        )
        (score,) = store.kompas_scores(kampvuur.id)
        assert (score.nu, score.doel, score.toelichting) == (2, 4, "De raad wil méér horen")
        assert sorted(d.label for d in store.deelnemers(kampvuur.id)) == ["Anja", "Bülent"]
        terugblik = next(b for b in store.bijeenkomsten(riv.id) if b.stap == 3)
        (evaluatie,) = store.evaluaties(terugblik.id)
        assert evaluatie.reflectie == "Het panel is gestart; één keer uitgesteld."
        if version >= 2:
            assert store.get_setting(SETTING_BIJEENKOMST) == kampvuur.id
            assert store.get_setting(SETTING_VIEW) == "bespreken"

        # The migrated data passes today's rules, and the app writes to it as usual.
        validate_bundle(build_bundle(store, with_labels=True))
        store.add_inbreng(kampvuur.id, "dna-trots", "Nieuw na de update")
        store.set_setting(SETTING_VIEW, "afspraken")
    with Store.open(path) as again:  # reopening does not migrate again or lose anything
        assert again.schema_version == SCHEMA_VERSION
        assert again.counts()["inbreng"] == COUNTS["inbreng"] + 1
        assert again.get_setting(SETTING_VIEW) == "afspraken"
