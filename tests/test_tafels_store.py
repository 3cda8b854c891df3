"""Tafels in the store: hand counts per tafel summed, removing a tafel loses nothing, an old
database migrates with its counts, and tafels travel through export and import with the
gespreksleider treated as a name (left out unless labels are chosen)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.exchange.bundle import BundleError, build_bundle, import_bundle, validate_bundle
from app.exchange.privacy import anonymise_gebied
from app.store import Store
from app.store.schema import MIGRATIONS, SCHEMA_VERSION

DATA = Path(__file__).resolve().parent / "data"


def _meeting(store: Store) -> tuple[str, str, list[str]]:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond", "2026-11-24")
    tafels = [
        store.add_tafel(b.id, "Tafel 1", "Alice").id,
        store.add_tafel(b.id, "Tafel 2", "Mark").id,
        store.add_tafel(b.id, "Bij het raam").id,
    ]
    return g.id, b.id, tafels


def test_counts_per_tafel_add_up_and_a_removed_tafel_keeps_its_words(tmp_path: Path):
    with Store.open(tmp_path / "t.sqlite") as store:
        _, b, (t1, t2, t3) = _meeting(store)
        store.set_stemming(b, "dna-trots", "eens", 4, tafel_id=t1)
        store.set_stemming(b, "dna-trots", "eens", 3, tafel_id=t2)
        store.set_stemming(b, "dna-trots", "oneens", 2, tafel_id=t3)
        store.set_stemming(b, "dna-trots", "eens", 1)  # counted plenary
        store.set_stemming(b, "dna-trots", "eens", 5, tafel_id=t2)  # recounted: replaces 3
        summed = {s.optie: s.aantal for s in store.stemmingen(b, "dna-trots")}
        assert summed == {"eens": 10, "oneens": 2}
        assert len(store.stemmingen(b, "dna-trots", per_tafel=True)) == 4

        store.add_inbreng(b, "dna-trots", "Het park", tafel_id=t2)
        store.add_inbreng(b, "dna-trots", "De markt", tafel_id=t1)
        store.delete_tafel(t2)
        assert [t.titel for t in store.tafels(b)] == ["Tafel 1", "Bij het raam"]
        words = {i.tekst: i.tafel_id for i in store.inbreng(b)}
        assert words == {"Het park": None, "De markt": t1}
        # The room's total is what it was: Tafel 2's five went to the plenary count.
        summed = {s.optie: s.aantal for s in store.stemmingen(b, "dna-trots")}
        assert summed == {"eens": 10, "oneens": 2}


def test_tafel_names_are_unique_and_a_tafel_of_another_meeting_is_refused(tmp_path: Path):
    with Store.open(tmp_path / "t.sqlite") as store:
        g, b, (t1, _, _) = _meeting(store)
        with pytest.raises(InvalidInput, match="al een tafel"):
            store.add_tafel(b, "tafel 1")
        with pytest.raises(InvalidInput, match="naam van de tafel"):
            store.update_tafel(t1, titel="  ")
        other = store.add_bijeenkomst(g, "Andere avond", "2026-12-01")
        with pytest.raises(InvalidInput, match="bestaat niet"):
            store.add_inbreng(other.id, "dna-trots", "Verkeerde tafel", tafel_id=t1)
        assert store.inbreng(other.id) == []


def test_an_old_database_migrates_with_its_hand_counts(tmp_path: Path):
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema-v2.sqlite", copy)
    before = Store.open_readonly(copy)
    try:
        old = sorted((tuple(r) for r in before.query("SELECT * FROM stemming")), key=str)
    finally:
        before.close()
    assert old
    with Store.open(copy) as store:
        assert store.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION == len(MIGRATIONS)
        rows = store.query(
            "SELECT id, bijeenkomst_id, vraag_id, optie, aantal, volgorde, bijgewerkt, tafel_id"
            " FROM stemming"
        )
        assert sorted((tuple(r)[:7] for r in rows), key=str) == old
        assert all(r["tafel_id"] is None for r in rows)
        # Still one plenary count per optie: the same optie again updates, never doubles.
        s = rows[0]
        store.set_stemming(s["bijeenkomst_id"], s["vraag_id"], s["optie"], 42)
        again = store.stemmingen(s["bijeenkomst_id"], s["vraag_id"], per_tafel=True)
        assert [x.aantal for x in again if x.optie == s["optie"]] == [42]


def test_tafels_and_each_inbrengs_tafel_travel(tmp_path: Path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g, m, (t1, t2, _) = _meeting(a)
        a.add_inbreng(m, "dna-trots", "Het park", tafel_id=t1)
        a.add_inbreng(m, "dna-trots", "Zeggen we plenair")
        a.set_stemming(m, "dna-trots", "eens", 4, tafel_id=t2)
        import_bundle(b, build_bundle(a, g, with_labels=True))
        assert [(t.titel, t.gespreksleider) for t in b.tafels(m)] == [
            ("Tafel 1", "Alice"),
            ("Tafel 2", "Mark"),
            ("Bij het raam", ""),
        ]
        assert {i.tekst: i.tafel_id for i in b.inbreng(m)} == {
            "Het park": t1,
            "Zeggen we plenair": None,
        }
        assert [(s.tafel_id, s.aantal) for s in b.stemmingen(m, per_tafel=True)] == [(t2, 4)]
        assert sum(import_bundle(b, build_bundle(a, g, with_labels=True)).added.values()) == 0


def test_without_labels_the_gespreksleider_stays_home(tmp_path: Path):
    """A gespreksleider is a (first) name, like a deelnemer's label: an export without the
    labels option leaves it empty, and importing that export keeps the labels here."""
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g, m, _ = _meeting(a)
        bundle = build_bundle(a, g)
        assert "Alice" not in str(bundle) and "Mark" not in str(bundle)
        assert {t["titel"] for t in bundle["tabellen"]["tafel"]} == {
            "Tafel 1",
            "Tafel 2",
            "Bij het raam",
        }
        import_bundle(b, bundle)
        assert [t.gespreksleider for t in b.tafels(m)] == ["", "", ""]
        # Back on the first laptop, the anonymous export does not wipe the names there.
        a.update_tafel(a.tafels(m)[0].id, gespreksleider="Alice B.")
        import_bundle(a, build_bundle(b, g))
        assert [t.gespreksleider for t in a.tafels(m)] == ["Alice B.", "Mark", ""]


def test_a_bundle_from_before_the_tafels_imports_and_a_foreign_tafel_is_refused(tmp_path: Path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g, m, (t1, _, _) = _meeting(a)
        a.add_inbreng(m, "dna-trots", "Het park", tafel_id=t1)
        old = build_bundle(a, g)
        del old["tabellen"]["tafel"]
        for table in ("inbreng", "stemming"):
            for row in old["tabellen"][table]:
                del row["tafel_id"]
        import_bundle(b, old)
        assert [(i.tekst, i.tafel_id) for i in b.inbreng(m)] == [("Het park", None)]

        bad = build_bundle(a, g)
        other = dict(bad["tabellen"]["bijeenkomst"][0], id="0" * 8 + "-0000-4000-8000-" + "0" * 12)
        bad["tabellen"]["bijeenkomst"].append(other)
        bad["tabellen"]["inbreng"][0]["bijeenkomst_id"] = other["id"]
        with pytest.raises(BundleError, match="tafel van een andere bijeenkomst"):
            validate_bundle(bad)


def test_anonymising_empties_the_gespreksleiders(tmp_path: Path):
    with Store.open(tmp_path / "a.sqlite") as store:
        g, m, _ = _meeting(store)
        result = anonymise_gebied(store, g)
        assert [t.gespreksleider for t in store.tafels(m)] == ["", "", ""]
        assert [t.titel for t in store.tafels(m)] == ["Tafel 1", "Tafel 2", "Bij het raam"]
        assert "2 gespreksleiders" in result.summary()
