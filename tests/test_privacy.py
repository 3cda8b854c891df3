"""Privacy (AVG): seat numbers instead of names, in one step; a bewaartermijn."""

from __future__ import annotations

import datetime as dt

from app import cli
from app.exchange.privacy import (
    anonymise_gebied,
    anonymise_older_than,
    bewaartermijn,
    due_for_anonymising,
    set_bewaartermijn,
)
from app.store.schema import TABLES


def _labels(store):
    return [d.label for b in store.bijeenkomsten() for d in store.deelnemers(b.id)]


def test_anonymise_gebied_replaces_labels_by_seat_numbers(demo_store):
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    result = anonymise_gebied(demo_store, riv.id)
    assert result.labels == 2  # Anja and Mehmet; "Stoel 2" and "Stoel 4" already were seats
    assert sorted(_labels(demo_store)) == ["Stoel 1", "Stoel 2", "Stoel 3", "Stoel 4"]
    assert anonymise_gebied(demo_store, riv.id).labels == 0


def test_bewaartermijn_offers_only_older_bijeenkomsten(demo_store):
    assert bewaartermijn(demo_store) is None and due_for_anonymising(demo_store) == []
    set_bewaartermijn(demo_store, 30)
    assert bewaartermijn(demo_store) == 30
    # the demo's labels are at a bijeenkomst of 2026-10-08
    assert due_for_anonymising(demo_store, dt.date(2026, 10, 20)) == []
    (due,) = due_for_anonymising(demo_store, dt.date(2026, 12, 1))
    assert due.datum == "2026-10-08"
    assert anonymise_older_than(demo_store, 30, dt.date(2026, 12, 1)).labels == 2
    assert due_for_anonymising(demo_store, dt.date(2026, 12, 1)) == []


def test_cli_anonimiseer(capsys, demo_store):
    code = cli.main(["anonimiseer", "--ouder-dan", "0", "--db", str(demo_store.path)])
    assert code == 0 and "2 namen" in capsys.readouterr().out
    assert "Anja" not in _labels(demo_store)
    assert cli.main(["anonimiseer", "--db", str(demo_store.path)]) == 1
    assert "--gebied" in capsys.readouterr().err


def test_opinions_are_never_stored_with_a_full_name_field(store):
    personal = ("naam", "name", "achternaam", "email", "telefoon", "adres", "geboren")
    for table in TABLES:
        columns = [r[1] for r in store.query(f"PRAGMA table_info([{table}])")]
        for column in columns:
            if table == "gebied" and column == "naam":
                continue  # the name of the wijk or dorp, not of a person
            assert not any(p in column for p in personal), f"{table}.{column}"
    inbreng = [r[1] for r in store.query("PRAGMA table_info(inbreng)")]
    assert "deelnemer_id" not in inbreng  # what was said is not linked to who said it
