"""The store on real SQLite files: migrations, refusals, commits and round trips."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from app.errors import (
    CorruptDatabase,
    DatabaseMissing,
    DatabaseReadOnly,
    ForeignDatabase,
    InvalidInput,
    NotADatabase,
    SchemaTooNew,
)
from app.store import Store
from app.store.schema import SCHEMA_VERSION, TABLES
from tests.conftest import sha256


def _raw(path: Path) -> sqlite3.Connection:
    """A second, independent connection: sees only what the store has committed."""
    return sqlite3.connect(path)


def test_new_file_gets_schema_wal_and_foreign_keys(store, db_path):
    conn = _raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(TABLES) <= tables
    assert store.query("PRAGMA foreign_keys")[0][0] == 1


def test_reopening_does_not_migrate_again(db_path):
    with Store.open(db_path) as s:
        s.add_gebied("Selwerd", "wijk")
    with Store.open(db_path) as s:
        assert [g.naam for g in s.gebieden()] == ["Selwerd"]
        assert s.schema_version == SCHEMA_VERSION


def test_every_write_is_committed_when_the_call_returns(store, db_path):
    g = store.add_gebied("Hoogkerk", "dorp")
    b = store.add_bijeenkomst(g.id, "Eerste avond", "2026-05-01", vorm="kampvuur")
    i = store.add_inbreng(b.id, "dna-trots", "De molen & het <kanaal>", "sterkte")
    conn = _raw(db_path)
    row = conn.execute("SELECT tekst, soort FROM inbreng WHERE id = ?", [i.id]).fetchone()
    assert row == ("De molen & het <kanaal>", "sterkte")
    assert not store.in_transaction


def test_ids_are_uuids(store):
    g = store.add_gebied("Lewenborg", "wijk")
    assert len(g.id) == 36 and g.id.count("-") == 4


def test_round_trip_of_a_meeting(store):
    g = store.add_gebied("Oosterparkwijk", "wijk", gebiedsteam="Oost")
    b = store.add_bijeenkomst(
        g.id,
        "Kampvuur",
        "2026-06-02",
        locatie="Buurthuis",
        vorm="kampvuur",
        follow_up_url="https://stem.example.nl/oosterpark",
    )
    assert b.content_versie  # records the content version it was held with
    first = store.add_inbreng(b.id, "dna-trots", "Het park", "sterkte")
    second = store.add_inbreng(b.id, "dna-trots", "Sluipverkeer", "bedreiging")
    assert [x.volgorde for x in (first, second)] == [1, 2]
    store.update_inbreng(first.id, stippen=4, tekst="Het grote park")
    store.set_stemming(b.id, "dna-trots", "eens", 7)
    store.set_stemming(b.id, "dna-trots", "eens", 9)  # a recount replaces, never adds a row
    store.set_kompas(b.id, "zeggenschap", nu=2, doel=5, toelichting="Meer te zeggen")
    store.set_rol(b.id, "Groen", "beslist", ["bewoners", "gemeenteraad", "bewoners"])
    vlek = store.add_witte_vlek(b.id, "Jongeren ontbreken", waarde_id="ieders-stem-telt")
    afspraak = store.add_afspraak(
        b.id,
        "Wijkpanel starten",
        wie="Bewonersorganisatie",
        wanneer="juni",
        instrument_id="wijkpanel",
        waarde_id="ieders-stem-telt",
        witte_vlek_id=vlek.id,
    )
    store.update_afspraak(afspraak.id, status="loopt")

    assert [(x.tekst, x.stippen) for x in store.inbreng(b.id, "dna-trots")] == [
        ("Het grote park", 4),
        ("Sluipverkeer", 0),
    ]
    assert [(s.optie, s.aantal) for s in store.stemmingen(b.id)] == [("eens", 9)]
    (score,) = store.kompas_scores(b.id)
    assert (score.nu, score.doel, score.toelichting) == (2, 5, "Meer te zeggen")
    assert sorted(r.actor for r in store.rollen(b.id)) == ["bewoners", "gemeenteraad"]
    (a,) = store.afspraken(b.id)
    assert (a.wat, a.status, a.witte_vlek_id) == ("Wijkpanel starten", "loopt", vlek.id)


def test_a_webadres_without_https_gets_it(store):
    g = store.add_gebied("Ten Boer", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-01-10", follow_up_url="www.tenboer.nl/praat")
    assert b.follow_up_url == "https://www.tenboer.nl/praat"


def test_deleted_inbreng_can_be_brought_back(store):
    g = store.add_gebied("Paddepoel", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-01-10")
    i = store.add_inbreng(b.id, "dna-trots", "Het winkelcentrum")
    store.delete_inbreng(i.id)
    assert store.inbreng(b.id) == []
    assert [x.tekst for x in store.inbreng(b.id, include_deleted=True)] == ["Het winkelcentrum"]
    store.restore_inbreng(i.id)
    assert [x.tekst for x in store.inbreng(b.id)] == ["Het winkelcentrum"]


def test_stap3_sees_earlier_afspraken_of_the_same_gebied_only(demo_store):
    store = demo_store
    riv = next(g for g in store.gebieden() if g.naam == "Rivierenbuurt")
    stap3 = next(b for b in store.bijeenkomsten(riv.id) if b.stap == 3)
    stap2 = next(b for b in store.bijeenkomsten(riv.id) if b.stap == 2)
    earlier = store.earlier_afspraken(stap3.id)
    assert {a.id for a in earlier} == {a.id for a in store.afspraken(stap2.id)}
    assert store.earlier_afspraken(stap2.id) == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, b: s.add_gebied("", "wijk"), "naam"),
        (lambda s, b: s.add_gebied("X", "stad"), "Soort"),
        (lambda s, b: s.add_bijeenkomst(b.gebied_id, "T", "12-03-2026"), "datum"),
        (lambda s, b: s.add_bijeenkomst(b.gebied_id, "T", "2026-03-12", vorm="zoom"), "vorm"),
        (lambda s, b: s.set_kompas(b.id, "zeggenschap", nu=6), "1 tot en met 5"),
        (lambda s, b: s.set_stemming(b.id, "v", "eens", -1), "0 of meer"),
        (lambda s, b: s.add_afspraak(b.id, "   "), "afgesproken"),
        (lambda s, b: s.update_bijeenkomst(b.id, follow_up_url="javascript:alert(1)"), "http"),
        (lambda s, b: s.update_bijeenkomst(b.id, follow_up_url="ftp://bestanden.nl/x"), "http"),
        (lambda s, b: s.update_bijeenkomst(b.id, follow_up_url="https://"), "naam van de website"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_stores_nothing(store, call, message):
    g = store.add_gebied("Vinkhuizen", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-02-02")
    before = store.counts()
    with pytest.raises(InvalidInput, match=message):
        call(store, b)
    assert store.counts() == before
    assert store.bijeenkomst(b.id).follow_up_url is None


# -- files that must be refused and left untouched ------------------------------------------


def test_random_bytes_are_refused_untouched(tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    before = sha256(path)
    with pytest.raises(NotADatabase, match="geen Wijkpraat-database"):
        Store.open(path)
    assert sha256(path) == before


def test_newer_schema_is_refused_untouched(demo_store, db_path, tmp_path):
    demo_store.close()
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = sha256(newer)
    with pytest.raises(SchemaTooNew, match="nieuwere versie"):
        Store.open(newer)
    with pytest.raises(SchemaTooNew):
        Store.open_readonly(newer)
    assert sha256(newer) == before


def test_other_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(ForeignDatabase, match="ander programma"):
        Store.open(path)
    assert sha256(path) == before


def test_truncated_database_is_refused_untouched(demo_store, db_path, tmp_path):
    demo_store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    data = db_path.read_bytes()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(data[: len(data) // 2])
    before = sha256(truncated)
    with pytest.raises(CorruptDatabase, match="beschadigd"):
        Store.open(truncated)
    assert sha256(truncated) == before


def test_readonly_open_of_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "nope.sqlite"
    with pytest.raises(DatabaseMissing):
        Store.open_readonly(path)
    assert not path.exists()


def test_readonly_store_cannot_write(demo_store, db_path):
    demo_store.close()
    before = sha256(db_path)
    with Store.open_readonly(db_path) as ro:
        assert ro.counts()["gebied"] == 2
        with pytest.raises(DatabaseReadOnly, match="alleen-lezen"):
            ro.add_gebied("X", "wijk")
        assert [g.naam for g in ro.gebieden()] == ["Noordlaren", "Rivierenbuurt"]
    assert sha256(db_path) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unwritable_location_gives_a_dutch_message(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        with pytest.raises(DatabaseReadOnly, match="map"):
            Store.open(locked / "sub" / "w.sqlite")
    finally:
        locked.chmod(0o700)
