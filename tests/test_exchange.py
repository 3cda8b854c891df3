"""Export / import of a versioned JSON bundle: idempotent, merging, all or nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from app import cli
from app.exchange import bundle as exchange
from app.exchange.bundle import (
    BUNDLE_TABLES,
    LOCAL_TABLES,
    BundleError,
    build_bundle,
    import_bundle,
)
from app.store import Store, talk
from app.store.schema import TABLES

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "resources" / "bundle.schema.json").read_text()
)


def _content(store: Store) -> dict:
    return build_bundle(store, with_labels=True)["tabellen"]


def test_export_then_import_twice_gives_identical_counts_and_content(capsys, demo_store, tmp_path):
    out = tmp_path / "alles.json"
    assert (
        cli.main(["export", "--db", str(demo_store.path), "--out", str(out), "--met-labels"]) == 0
    )
    target = tmp_path / "andere-laptop.sqlite"
    for _ in range(2):
        assert cli.main(["import", str(out), "--db", str(target)]) == 0
    out_text = capsys.readouterr().out
    assert "niets veranderd" in out_text  # the second import added nothing
    with Store.open(target) as other:
        # Local settings (such as when this laptop last exchanged) never travel.
        shared = [t for t in other.counts() if t not in LOCAL_TABLES]
        assert [other.counts()[t] for t in shared] == [demo_store.counts()[t] for t in shared]
        assert _content(other) == _content(demo_store)


def test_bijeenkomsten_of_one_gebied_from_two_laptops_merge(tmp_path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Lewenborg", "wijk")
        import_bundle(b, build_bundle(a, g.id))  # laptop B gets the gebied
        ka = a.add_bijeenkomst(g.id, "Avond op laptop A", "2026-03-01")
        a.add_inbreng(ka.id, "dna-trots", "Het winkelcentrum", "sterkte")
        kb = b.add_bijeenkomst(g.id, "Avond op laptop B", "2026-03-08")
        b.add_afspraak(kb.id, "Wijkkrant vaker")
        b.update_gebied(g.id, notities="Bijgewerkt op B")  # newer: wins on A
        # Two laptops of one gebiedsteam share their notes too (an explicit option).
        import_bundle(a, build_bundle(b, g.id, with_notes=True))
        import_bundle(b, build_bundle(a, g.id, with_notes=True))
        for s in (a, b):
            assert [x.naam for x in s.gebieden()] == ["Lewenborg"]
            assert {k.titel for k in s.bijeenkomsten(g.id)} == {
                "Avond op laptop A",
                "Avond op laptop B",
            }
            assert s.gebied(g.id).notities == "Bijgewerkt op B"
        assert _content(a) == _content(b)


def test_older_row_does_not_overwrite_a_newer_one(tmp_path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Vinkhuizen", "wijk")
        old = build_bundle(a)
        import_bundle(b, old)
        b.update_gebied(g.id, naam="Vinkhuizen-Noord")
        result = import_bundle(b, old)
        assert b.gebied(g.id).naam == "Vinkhuizen-Noord" and result.changed == 0


def test_tallies_made_on_both_laptops_merge_by_option(tmp_path, monkeypatch):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Hoogkerk", "dorp")
        k = a.add_bijeenkomst(g.id, "Avond", "2026-02-02")
        import_bundle(b, build_bundle(a))
        # The store's clock, set by hand: A counts at 20:00, B counts the same option later.
        monkeypatch.setattr(talk, "now", lambda: "2026-02-02T20:00:00.000+00:00")
        a.set_stemming(k.id, "dna-trots", "eens", 3)
        monkeypatch.setattr(talk, "now", lambda: "2026-02-02T20:05:00.000+00:00")
        b.set_stemming(k.id, "dna-trots", "eens", 5)  # same option, other id, made later
        import_bundle(a, build_bundle(b))
        assert [(s.optie, s.aantal) for s in a.stemmingen(k.id)] == [("eens", 5)]
        import_bundle(b, build_bundle(a))  # and the older count does not come back
        assert [(s.optie, s.aantal) for s in b.stemmingen(k.id)] == [("eens", 5)]


def test_labels_are_left_out_unless_asked(demo_store):
    labels = {d["label"] for d in build_bundle(demo_store)["tabellen"]["deelnemer"]}
    assert labels == {"Stoel 1", "Stoel 2", "Stoel 3", "Stoel 4"}
    named = {
        d["label"] for d in build_bundle(demo_store, with_labels=True)["tabellen"]["deelnemer"]
    }
    assert "Anja" in named


def test_one_gebied_only(demo_store):
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    bundle = build_bundle(demo_store, riv.id)
    assert [g["naam"] for g in bundle["tabellen"]["gebied"]] == ["Rivierenbuurt"]
    assert {b["gebied_id"] for b in bundle["tabellen"]["bijeenkomst"]} == {riv.id}
    assert len(bundle["tabellen"]["bijeenkomst"]) == 3


# -- the schema file and the validator agree -------------------------------------------------


def _keywords(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= _keywords(sub)
            else:
                found |= _keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= _keywords(item)
    return found


def test_schema_uses_only_keywords_the_validator_understands():
    assert SCHEMA["$schema"].endswith("2020-12/schema")
    assert _keywords(SCHEMA) <= exchange.SUPPORTED_KEYWORDS


def test_schema_tables_and_columns_match_the_database(store):
    assert set(SCHEMA["properties"]["tabellen"]["required"]) == set(BUNDLE_TABLES)
    assert set(BUNDLE_TABLES) | set(LOCAL_TABLES) == set(TABLES)
    for table in BUNDLE_TABLES:
        columns = [r[1] for r in store.query(f"PRAGMA table_info([{table}])")]
        assert set(SCHEMA["$defs"][table]["required"]) == set(columns), table


def test_exported_demo_bundle_has_every_required_key(demo_store):
    bundle = build_bundle(demo_store)
    assert set(SCHEMA["required"]) <= set(bundle) <= set(SCHEMA["properties"])
    for table, rows in bundle["tabellen"].items():
        for row in rows:
            assert set(SCHEMA["$defs"][table]["required"]) == set(row)
    exchange.validate_bundle(json.loads(json.dumps(bundle)))


def _edit(bundle: dict, path: str, value: object) -> dict:
    bundle = copy.deepcopy(bundle)
    *parents, last = path.split("/")
    node = bundle
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return bundle


_DELETE = object()
BAD = [
    ("formaat", "iets-anders", "formaat"),
    ("versie", 2, "nieuwere Wijkpraat"),
    ("met_labels", _DELETE, "mist het veld 'met_labels'"),
    ("extra", 1, "onbekend veld 'extra'"),
    ("tabellen/gebied/0/soort", "stad", "tabellen.gebied[0].soort moet een van deze zijn"),
    ("tabellen/gebied/0/naam", "   ", "tabellen.gebied[0].naam is leeg"),
    ("tabellen/gebied/0/id", "geen-uuid", "tabellen.gebied[0].id moet een id (UUID)"),
    ("tabellen/bijeenkomst/0/datum", "12-03-2026", "datum moet een datum"),
    ("tabellen/bijeenkomst/0/stap", 4, "stap mag niet meer dan 3"),
    ("tabellen/bijeenkomst/0/follow_up_url", "javascript:x", "follow_up_url is leeg of heeft"),
    ("tabellen/inbreng/0/stippen", -1, "stippen moet 0 of meer"),
    ("tabellen/inbreng/0/stippen", "3", "stippen moet een geheel getal"),
    ("tabellen/inbreng/0/kleur", "rood", "onbekend veld 'kleur'"),
    ("tabellen/kompas_score/0/nu", 6, "nu mag niet meer dan 5"),
    ("tabellen/deelnemer", 7, "tabellen.deelnemer moet een lijst"),
    ("tabellen/bijeenkomst/0/aangemaakt", "gisteren", "moet een tijdstip"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), BAD, ids=[b[0] + "=" + str(b[1]) for b in BAD]
)
def test_a_malformed_bundle_is_rejected_naming_the_problem_and_writes_nothing(
    demo_store, tmp_path, path, value, message
):
    bundle = _edit(build_bundle(demo_store, with_labels=True), path, value)
    with Store.open(tmp_path / "doel.sqlite") as target:
        target.add_gebied("Al aanwezig", "wijk")
        before = _content(target)
        with pytest.raises(BundleError) as info:
            import_bundle(target, bundle)
        assert message in info.value.message
        assert "Er is niets ingelezen" in info.value.message
        assert _content(target) == before


def test_duplicate_ids_and_dangling_references_are_rejected(demo_store, tmp_path):
    bundle = build_bundle(demo_store)
    twice = copy.deepcopy(bundle)
    twice["tabellen"]["inbreng"].append(twice["tabellen"]["inbreng"][0])
    with pytest.raises(BundleError, match="komt twee keer voor"):
        exchange.validate_bundle(twice)
    dangling = _edit(bundle, "tabellen/inbreng/0/bijeenkomst_id", demo_store.gebieden()[0].id)
    with pytest.raises(BundleError, match="verwijst naar een bijeenkomst"):
        exchange.validate_bundle(dangling)


def test_a_file_that_is_not_json_is_rejected(capsys, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text('{"formaat": "wijkpraat-bundel", ', encoding="utf-8")
    target = tmp_path / "doel.sqlite"
    assert cli.main(["import", str(bad), "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert "geen geldige JSON" in err and "niets ingelezen" in err
    assert not target.exists()  # checked before the database is even opened


def _an_hour_from_now() -> str:
    """Later than anything the demo wrote, and within the day an import allows ahead."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    return later.isoformat(timespec="milliseconds")


def test_import_failing_halfway_rolls_back_everything(demo_store, tmp_path, monkeypatch):
    """A bundle that passes every check but breaks a database rule halfway: nothing of it
    stays, not even the rows merged before the one that failed.

    The target already has the tallies "eens" and "oneens" of one question. In the bundle
    the "eens" row (same id) was renamed to "oneens" later on the other laptop, so merging
    it updates that row into a second "oneens": SQLite's UNIQUE (bijeenkomst_id, vraag_id,
    optie) refuses it, after the gebieden, bijeenkomsten, afspraken and inbreng were merged.
    """
    bundle = build_bundle(demo_store, with_labels=True)
    tallies = bundle["tabellen"]["stemming"]
    eens = next(s for s in tallies if s["optie"] == "eens")
    oneens = next(s for s in tallies if s["optie"] == "oneens")
    meeting = next(
        b for b in bundle["tabellen"]["bijeenkomst"] if b["id"] == eens["bijeenkomst_id"]
    )
    start = copy.deepcopy(bundle)
    start["tabellen"] = {table: [] for table in bundle["tabellen"]}
    start["tabellen"]["gebied"] = [
        g for g in bundle["tabellen"]["gebied"] if g["id"] == meeting["gebied_id"]
    ]
    start["tabellen"]["bijeenkomst"] = [meeting]
    start["tabellen"]["stemming"] = [eens, oneens]
    renamed = copy.deepcopy(bundle)
    renamed["tabellen"]["stemming"] = [
        {**eens, "optie": "oneens", "bijgewerkt": _an_hour_from_now()}
    ]
    exchange.validate_bundle(renamed)  # the bundle itself is fine

    merged: list[tuple[str, str]] = []
    merge_rows = Store.merge_rows

    def counting(self, table, rows, natural_key=(), **how):
        result = merge_rows(self, table, rows, natural_key, **how)
        merged.extend((table, kind) for kind, n in result.items() for _ in range(n))
        return result

    with Store.open(tmp_path / "doel.sqlite") as target:
        import_bundle(target, start)
        before_counts, before = target.counts(), _content(target)
        monkeypatch.setattr(Store, "merge_rows", counting)
        with pytest.raises(BundleError) as info:
            import_bundle(target, renamed)
        assert "passen niet in de database" in info.value.message
        assert "Er is niets ingelezen" in info.value.message
        # It really failed halfway: many rows had been merged before the tally.
        added = [table for table, result in merged if result == "added"]
        assert {"bijeenkomst", "afspraak", "inbreng"} <= set(added) and len(added) >= 15
        assert not target.in_transaction
        assert target.counts() == before_counts
        assert _content(target) == before
    with Store.open(tmp_path / "doel.sqlite") as reopened:  # and so it is on disk
        assert _content(reopened) == before
