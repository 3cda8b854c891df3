"""The wijkgeheugen: FTS5 search over inbreng, afspraken, witte vlekken and reflections."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from app.errors import InvalidInput
from app.store import Store
from app.store.schema import MIGRATIONS, SCHEMA_VERSION, _migration_search
from app.store.search import fts_query
from app.system.demo import demo_id

VRAAG = "dna-1"


@pytest.fixture
def meeting(store: Store) -> tuple[Store, str, str]:
    g = store.add_gebied("Oosterpark", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond over de buurt", "2026-05-01")
    return store, g.id, b.id


def texts(result) -> set[str]:
    return {t.tekst for t in result.treffers}


def test_diacritics_and_case_do_not_matter(meeting):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "De groninger koek is lekker")
    store.add_inbreng(b, VRAAG, "Een echte Grönïnger weet dat")
    store.add_inbreng(b, VRAAG, "Iets heel anders")
    assert texts(store.search("Groninger")) == {
        "De groninger koek is lekker",
        "Een echte Grönïnger weet dat",
    }
    assert len(store.search("GRÖNINGER").treffers) == 2


def test_every_word_is_a_prefix_and_all_words_count(meeting):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "Te weinig parkeerplaatsen bij de school")
    store.add_inbreng(b, VRAAG, "Parkeren op de stoep is gevaarlijk")
    assert len(store.search("parkeer").treffers) == 1
    assert len(store.search("park").treffers) == 2
    assert texts(store.search("park school")) == {"Te weinig parkeerplaatsen bij de school"}
    assert store.search("fiets").treffers == ()


@pytest.mark.parametrize(
    "typed", ['"', "AND OR NOT", "parkeer*", "NEAR(a b)", "kolom:waarde", "-x"]
)
def test_search_syntax_typed_by_a_person_is_just_text(meeting, typed):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "parkeer AND kolom waarde near a b x")
    try:
        store.search(typed)
    except InvalidInput as exc:  # only for input without a single word
        assert "woord" in exc.message


def test_a_single_letter_is_a_whole_word_not_a_prefix(meeting):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "Bus a rijdt te weinig")
    store.add_inbreng(b, VRAAG, "Afval op straat")
    assert texts(store.search("a")) == {"Bus a rijdt te weinig"}
    assert len(store.search("af").treffers) == 1


def test_empty_search_is_a_dutch_message():
    with pytest.raises(InvalidInput, match="woord"):
        fts_query("  ?! ")


def test_private_inbreng_only_for_the_facilitator_and_marked(meeting):
    store, _, b = meeting
    item = store.add_inbreng(b, VRAAG, "Buurman verkoopt drugs bij de parkeergarage")
    store.add_inbreng(b, VRAAG, "Meer licht bij de parkeergarage")
    store.update_inbreng(item.id, prive=True)
    shared = store.search("parkeergarage")
    assert texts(shared) == {"Meer licht bij de parkeergarage"}
    own = store.search("parkeergarage", include_private=True)
    assert {(t.tekst, t.prive) for t in own.treffers} == {
        ("Buurman verkoopt drugs bij de parkeergarage", True),
        ("Meer licht bij de parkeergarage", False),
    }


def test_index_follows_edits_deletes_and_undo(meeting):
    store, _, b = meeting
    item = store.add_inbreng(b, VRAAG, "Speeltuin is kapot")
    store.update_inbreng(item.id, tekst="Speelveld is kapot")
    assert store.search("speeltuin").treffers == ()
    assert texts(store.search("speelveld")) == {"Speelveld is kapot"}
    store.update_inbreng(item.id, stippen=3)  # a change elsewhere in the row
    assert len(store.search("speelveld").treffers) == 1
    store.delete_inbreng(item.id)
    assert store.search("speelveld").treffers == ()
    store.restore_inbreng(item.id)
    assert len(store.search("speelveld").treffers) == 1
    assert store.search_index_ok()


def test_all_four_sources_are_found_with_their_place(meeting):
    store, g, b = meeting
    store.add_inbreng(b, VRAAG, "Bankjes in het park")
    vlek = store.add_witte_vlek(b, "Niemand praat over bankjes", vraag_id=VRAAG)
    af = store.add_afspraak(b, "Drie bankjes plaatsen", wie="Wijkraad", wanneer="mei")
    later = store.add_bijeenkomst(g, "Terugblik", "2026-11-01", stap=3)
    store.set_evaluatie(later.id, af.id, "gedaan", "De bankjes staan er")
    result = store.search("bankjes")
    assert [t.bron for t in result.treffers] == ["evaluatie", "inbreng", "witte_vlek", "afspraak"]
    assert [t.datum for t in result.treffers] == ["2026-11-01"] + ["2026-05-01"] * 3
    assert result.treffers[3].tekst == "Drie bankjes plaatsen — Wijkraad, mei"
    assert result.treffers[2].id == vlek.id and result.treffers[2].vraag_id == VRAAG
    assert result.treffers[1].vraag_id == VRAAG
    groups = result.per_bijeenkomst()
    assert [bid for bid, _ in groups] == [later.id, b]
    assert {t.gebied_naam for t in result.treffers} == {"Oosterpark"}


def test_newest_bijeenkomst_first_and_one_gebied_or_all(store):
    wijk = store.add_gebied("Wijk A", "wijk")
    dorp = store.add_gebied("Dorp B", "dorp")
    for gebied, datum in ((wijk, "2024-01-10"), (dorp, "2025-06-01"), (wijk, "2026-02-03")):
        b = store.add_bijeenkomst(gebied.id, f"Avond {datum}", datum)
        store.add_inbreng(b.id, VRAAG, f"Verkeer op {datum}")
    assert [t.datum for t in store.search("verkeer").treffers] == [
        "2026-02-03",
        "2025-06-01",
        "2024-01-10",
    ]
    only_wijk = store.search("verkeer", gebied_id=wijk.id)
    assert [t.datum for t in only_wijk.treffers] == ["2026-02-03", "2024-01-10"]


def test_limit_says_there_is_more(meeting):
    store, _, b = meeting
    for i in range(7):
        store.add_inbreng(b, VRAAG, f"Zwerfafval nummer {i}")
    result = store.search("zwerfafval", limit=5)
    assert len(result.treffers) == 5 and result.meer
    assert not store.search("zwerfafval", limit=7).meer


def test_readonly_store_searches(db_path, demo_store):
    demo_store.close()
    with Store.open_readonly(db_path) as ro:
        assert len(ro.search("schoolplein").treffers) == 3


def test_migration_builds_the_index_from_rows_already_there(db_path: Path):
    # A database as the version before the search index made it, with an inbreng row
    # already in it (by name: later migrations are appended after it).
    db = sqlite_utils.Database(sqlite3.connect(db_path))
    before = MIGRATIONS[: MIGRATIONS.index(_migration_search)]
    for version, migration in enumerate(before, start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    stamp = "2025-01-01T00:00:00.000+00:00"
    db["gebied"].insert(
        {"id": "g", "naam": "Oud", "soort": "wijk", "aangemaakt": stamp, "bijgewerkt": stamp}
    )
    db["bijeenkomst"].insert(
        {"id": "b", "gebied_id": "g", "titel": "Oud", "datum": "2025-01-01",
         "content_versie": "2026.1", "aangemaakt": stamp, "bijgewerkt": stamp}
    )  # fmt: skip
    db["inbreng"].insert(
        {"id": "i", "bijeenkomst_id": "b", "vraag_id": VRAAG, "tekst": "Oude zorgen over de dijk",
         "aangemaakt": stamp, "bijgewerkt": stamp}
    )  # fmt: skip
    db.conn.commit()
    db.conn.close()
    assert "zoekindex" not in sqlite_utils.Database(db_path).table_names()
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert texts(store.search("dijk")) == {"Oude zorgen over de dijk"}
        assert store.search_index_ok()


def test_import_of_a_bundle_keeps_the_index_in_step(tmp_path, demo_store):
    from app.exchange.bundle import export_file, import_with_backup

    bundle = tmp_path / "b.json"
    export_file(demo_store, bundle, "all")
    with Store.open(tmp_path / "other.sqlite") as other:
        import_with_backup(other, bundle, tmp_path / "backups")
        assert len(other.search("schoolplein").treffers) == 3
        assert other.search_index_ok()


def test_deleting_a_bijeenkomst_cascades_out_of_the_index(meeting):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "Hondenpoep overal")
    with store.transaction() as db:
        db.execute("DELETE FROM bijeenkomst WHERE id = ?", [b])
    assert store.search("hondenpoep").treffers == ()
    assert store.search_index_ok()


def test_demo_ids_are_found(demo_store):
    hits = demo_store.search("wijkpanel")
    assert demo_id("af/riv/0") in {t.id for t in hits.treffers}


def test_a_new_datum_moves_the_hits_and_keeps_the_index_right(store):
    g = store.add_gebied("Vinkhuizen", "wijk")
    old = store.add_bijeenkomst(g.id, "Eerste", "2025-01-01")
    new = store.add_bijeenkomst(g.id, "Tweede", "2026-01-01")
    for b in (old, new):
        store.add_inbreng(b.id, VRAAG, f"Vuurwerk na de {b.titel} avond")
        store.add_afspraak(b.id, f"Vuurwerkvrije zone ({b.titel})")
    assert [t.bijeenkomst_titel for t in store.search("vuurwerk").treffers] == [
        "Tweede",
        "Tweede",
        "Eerste",
        "Eerste",
    ]
    store.update_bijeenkomst(old.id, datum="2027-01-01")
    result = store.search("vuurwerk")
    assert [t.bijeenkomst_titel for t in result.treffers][:2] == ["Eerste", "Eerste"]
    assert [t.bron for t in result.treffers][:2] == ["inbreng", "afspraak"]
    assert store.search_index_ok()


def test_bijeenkomsten_on_one_day_stay_in_their_own_group(store):
    g = store.add_gebied("Lewenborg", "wijk")
    a = store.add_bijeenkomst(g.id, "Middag", "2026-05-05")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-05-05")
    store.add_inbreng(a.id, VRAAG, "Zonnepanelen 1")
    store.add_inbreng(b.id, VRAAG, "Zonnepanelen 2")
    store.add_inbreng(a.id, VRAAG, "Zonnepanelen 3")
    groups = store.search("zonnepanelen").per_bijeenkomst()
    assert sorted(len(hits) for _, hits in groups) == [1, 2]
    assert {t.tekst for _, hits in groups for t in hits if t.bijeenkomst_id == a.id} == {
        "Zonnepanelen 1",
        "Zonnepanelen 3",
    }


def test_the_index_check_notices_a_missing_row(meeting):
    store, _, b = meeting
    store.add_inbreng(b, VRAAG, "Iets om kwijt te raken")
    assert store.search_index_ok()
    with store.transaction() as db:
        db.execute("DELETE FROM zoekindex WHERE bron = 'inbreng'")
    assert not store.search_index_ok()
