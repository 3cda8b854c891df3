"""The meeting facts entered at closing (attendees, contributions, attending organisations):
stored, migrated into old files, carried by export and import, used by the Decidim report
and the verslag, and `wijkpraat verslag` on the command line."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from odfdo import Document

from app.cli import main
from app.errors import InvalidInput
from app.exchange import decidim
from app.exchange.bundle import build_bundle, import_bundle, validate_bundle
from app.store import Store
from app.store.schema import MIGRATIONS, SCHEMA_VERSION, _migration_feiten
from tests.test_handouts_support import pdf_text, squash

DATA = Path(__file__).resolve().parent / "data"
ORGS = "Dorpsbelang Noordlaren, IJsclub De Twee Provinciën"


def _closed(store: Store) -> str:
    g = store.add_gebied("Noordlaren", "dorp")
    b = store.add_bijeenkomst(g.id, "Kampvuuravond", "2026-03-05", vorm="kampvuur")
    store.add_inbreng(b.id, "dna-trots", "De Hondsrug om de hoek", "sterkte")
    store.update_bijeenkomst(
        b.id, status="afgesloten", aantal_deelnemers=23, aantal_bijdragen=57, organisaties=ORGS
    )
    return b.id


def test_the_facts_are_stored_and_checked(store: Store):
    b = store.bijeenkomst(_closed(store))
    assert (b.aantal_deelnemers, b.aantal_bijdragen, b.organisaties) == (23, 57, ORGS)
    with pytest.raises(InvalidInput, match="Het aantal bijdragen moet een getal van 0 of meer"):
        store.update_bijeenkomst(b.id, aantal_bijdragen=-1)
    assert store.bijeenkomst(b.id).aantal_bijdragen == 57  # nothing lost on bad input


def test_an_older_file_gets_empty_facts(tmp_path: Path):
    assert MIGRATIONS.index(_migration_feiten) < SCHEMA_VERSION
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema-v2.sqlite", copy)
    with Store.open(copy) as store:
        assert store.schema_version == SCHEMA_VERSION
        rows = store.bijeenkomsten()
        assert rows and {(b.aantal_bijdragen, b.organisaties) for b in rows} == {(None, "")}


def test_export_and_import_carry_the_facts(tmp_path: Path, store: Store):
    b_id = _closed(store)
    bundle = json.loads(json.dumps(build_bundle(store)))
    with Store.open(tmp_path / "other.sqlite") as other:
        import_bundle(other, bundle)
        b = other.bijeenkomst(b_id)
        assert (b.aantal_bijdragen, b.organisaties) == (57, ORGS)


def test_a_bundle_from_before_the_facts_still_imports(tmp_path: Path, store: Store):
    b_id = _closed(store)
    bundle = json.loads(json.dumps(build_bundle(store)))
    for row in bundle["tabellen"]["bijeenkomst"]:
        del row["aantal_bijdragen"], row["organisaties"]
    validate_bundle(bundle)
    with Store.open(tmp_path / "other.sqlite") as other:
        import_bundle(other, bundle)
        b = other.bijeenkomst(b_id)
        assert (b.aantal_bijdragen, b.organisaties) == (None, "")


def test_a_bad_count_in_a_bundle_is_refused_by_name(store: Store):
    _closed(store)
    bundle = json.loads(json.dumps(build_bundle(store)))
    bundle["tabellen"]["bijeenkomst"][0]["aantal_bijdragen"] = -3
    with pytest.raises(Exception, match="aantal_bijdragen"):
        validate_bundle(bundle)


def test_decidim_closing_report_takes_the_entered_facts(store: Store):
    b_id = _closed(store)
    v = decidim.verslag(store, b_id)
    assert (v.aantal_deelnemers, v.aantal_bijdragen, v.organisaties) == (23, 57, ORGS)
    assert "Er kwamen 57 bijdragen." in v.tekst


def test_without_entered_facts_the_inbreng_is_counted(store: Store):
    g = store.add_gebied("Haren", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-03-05")
    store.add_inbreng(b.id, "dna-trots", "Het bos", "sterkte")
    assert decidim.verslag(store, b.id).aantal_bijdragen == 1


# -- wijkpraat verslag ------------------------------------------------------------------------


def test_cli_writes_both_forms_with_the_facts(tmp_path: Path, db_path: Path, capsys):
    with Store.open(db_path) as store:
        b_id = _closed(store)
    out = tmp_path / "uit" / "verslag-noordlaren"
    out.parent.mkdir()
    assert main(["verslag", "--db", str(db_path), "--bijeenkomst", b_id, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "verslag-noordlaren.pdf" in said and "verslag-noordlaren.odt" in said
    pdf = (out.parent / "verslag-noordlaren.pdf").read_bytes()
    assert squash(ORGS) in squash(pdf_text(pdf)) and "Bijdragen57" in squash(pdf_text(pdf))
    odt = Document(io.BytesIO((out.parent / "verslag-noordlaren.odt").read_bytes()))
    assert "De Hondsrug om de hoek" in odt.get_formatted_text()


def test_cli_says_in_dutch_when_the_folder_is_not_there(tmp_path: Path, db_path: Path, capsys):
    with Store.open(db_path) as store:
        _closed(store)
    target = tmp_path / "bestaat-niet" / "verslag.pdf"
    assert main(["verslag", "--db", str(db_path), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "De map" in err and "bestaat niet" in err
    assert not target.parent.exists()


def test_cli_leaves_private_items_out_unless_asked(tmp_path: Path, db_path: Path, capsys):
    with Store.open(db_path) as store:
        b_id = _closed(store)
        item = store.add_inbreng(b_id, "dna-trots", "Buurman Piet drinkt te veel", "zorg")
        store.update_inbreng(item.id, prive=1)
    base = ["verslag", "--db", str(db_path), "--formaat", "pdf", "--out"]
    assert main([*base, str(tmp_path / "zonder")]) == 0
    assert "Niet in het verslag: privé inbreng" in capsys.readouterr().out
    assert main([*base, str(tmp_path / "met"), "--met-prive"]) == 0
    assert "Piet" not in pdf_text((tmp_path / "zonder.pdf").read_bytes())
    assert "Buurman Piet drinkt te veel" in pdf_text((tmp_path / "met.pdf").read_bytes())
    assert not (tmp_path / "zonder.odt").exists()
