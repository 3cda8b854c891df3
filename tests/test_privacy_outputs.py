"""Privacy in every output: what an export leaves out, and what anonymising reaches.

Planted strings are searched for in the bytes of the files, the way someone who gets the
file would find them: the export, the database file with its -wal, every backup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.store import Store
from app.store.backup import is_good, list_backups
from app.system.demo import load_demo

PLANTED = {
    "gebied-notitie": "Kwetsbaar-gezin-Zuidzijde",
    "bijeenkomst-notitie": "Notitie-alleen-voor-mij",
    "vraag-notitie": "Vraagnotitie-Anja-wil-niet-genoemd",
    "prive": "Prive-zorg-over-buurman",
    "verwijderd": "Per-ongeluk-getypt-geheim",
    "label": "Hendrikje",
}


@pytest.fixture
def planted(tmp_path) -> tuple[Path, str]:
    db = tmp_path / "wijk.sqlite"
    with Store.open(db) as store:
        load_demo(store)
        g = next(g for g in store.gebieden() if g.naam == "Rivierenbuurt")
        b = store.bijeenkomsten(g.id)[-1]
        store.update_gebied(g.id, notities=PLANTED["gebied-notitie"])
        store.update_bijeenkomst(b.id, notities=PLANTED["bijeenkomst-notitie"])
        store.set_notitie(b.id, "dna-trots", PLANTED["vraag-notitie"])
        prive = store.add_inbreng(b.id, "dna-trots", PLANTED["prive"])
        store.update_inbreng(prive.id, prive=True)
        weg = store.add_inbreng(b.id, "dna-trots", PLANTED["verwijderd"])
        store.delete_inbreng(weg.id)
        store.add_deelnemer(b.id, PLANTED["label"])
        store.add_afspraak(b.id, "Buurtkrant rondbrengen", wie=f"{PLANTED['label']} en Stoel 2")
        return db, g.id


def _export(db: Path, out: Path, *options: str) -> bytes:
    assert main(["export", "--db", str(db), "--out", str(out), *options]) == 0
    return out.read_bytes()


def test_export_without_options_has_no_note_private_deleted_or_label(planted, tmp_path, capsys):
    db, _ = planted
    data = _export(db, tmp_path / "bundel.json")
    for what, text in PLANTED.items():
        assert text.encode() not in data, what
    assert "Niet meegenomen" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("option", "keys"),
    [
        ("--met-notities", ("gebied-notitie", "bijeenkomst-notitie", "vraag-notitie")),
        ("--met-prive", ("prive",)),
        ("--met-verwijderd", ("verwijderd",)),
        ("--met-labels", ("label",)),
    ],
)
def test_each_part_has_its_own_option(planted, tmp_path, option, keys):
    db, _ = planted
    data = _export(db, tmp_path / "bundel.json", option)
    for key in keys:
        assert PLANTED[key].encode() in data
    others = [k for k in PLANTED if k not in keys]
    for key in others:
        assert PLANTED[key].encode() not in data, key


def test_an_export_without_notes_does_not_empty_the_notes_of_the_receiving_laptop(
    planted, tmp_path
):
    db, gebied = planted
    bundle = tmp_path / "bundel.json"
    _export(db, bundle)
    assert main(["import", str(bundle), "--db", str(db)]) == 0
    with Store.open(db) as store:
        assert store.gebied(gebied).notities == PLANTED["gebied-notitie"]
        b = store.bijeenkomsten(gebied)[-1]
        assert store.notitie(b.id, "dna-trots") == PLANTED["vraag-notitie"]


def test_the_csv_never_has_a_note_and_privé_only_on_request(planted, tmp_path):
    db, _ = planted
    out = tmp_path / "inbreng.csv"
    for options in ([], ["--met-prive"]):
        args = ["csv", "--db", str(db), "--soort", "inbreng", "--out", str(out), *options]
        assert main(args) == 0
        data = out.read_bytes()
        for key in ("gebied-notitie", "bijeenkomst-notitie", "vraag-notitie", "verwijderd"):
            assert PLANTED[key].encode() not in data, key
        assert (PLANTED["prive"].encode() in data) == bool(options)


def test_a_note_carried_with_its_option_arrives_on_the_other_laptop(planted, tmp_path):
    db, gebied = planted
    bundle = tmp_path / "bundel.json"
    _export(db, bundle, "--met-notities")
    other = tmp_path / "ander.sqlite"
    assert main(["import", str(bundle), "--db", str(other)]) == 0
    with Store.open(other) as store:
        b = store.bijeenkomsten(gebied)[-1]
        assert store.notities_per_vraag(b.id) == {"dna-trots": PLANTED["vraag-notitie"]}


def _files_holding(folder: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_anonymise_and_rebuilt_backups_leave_no_name_anywhere(planted, tmp_path, capsys):
    db, gebied = planted
    data = tmp_path / "data"
    for _ in range(2):
        assert main(["backup", "--db", str(db), "--data-dir", str(data)]) == 0
    backup_dir = list_backups(next(p.parent for p in data.rglob("*.sqlite")))
    assert len(backup_dir) == 2
    assert _files_holding(data, PLANTED["label"])  # the backups have the name
    capsys.readouterr()

    assert main(["anonimiseer", "--gebied", gebied, "--db", str(db), "--data-dir", str(data)]) == 0
    said = capsys.readouterr().out
    assert "ook in 1 afspraak" in said
    assert "hebben de namen nog" in said and "--reservekopieen herbouw" in said
    assert _files_holding(data, PLANTED["label"])  # only offered, not done unasked

    args = ["anonimiseer", "--gebied", gebied, "--reservekopieen", "herbouw"]
    assert main([*args, "--db", str(db), "--data-dir", str(data)]) == 0
    assert "2 reservekopieën geanonimiseerd" in capsys.readouterr().out
    assert _files_holding(tmp_path, PLANTED["label"]) == []  # database, -wal, backups, logs
    backups = list_backups(backup_dir[0].path.parent)
    assert len(backups) == 2 and all(is_good(b.path) for b in backups)
    with Store.open(db) as store:
        b = store.bijeenkomsten(gebied)[-1]
        seat = store.deelnemers(b.id)[-1].label  # Hendrikje's seat
        wie = next(a.wie for a in store.afspraken(b.id) if a.wat == "Buurtkrant rondbrengen")
    assert seat.startswith("Stoel ") and wie == f"{seat} en Stoel 2"


def test_anonymise_says_what_it_could_not_know(planted, tmp_path, capsys):
    db, gebied = planted
    with Store.open(db) as store:
        b = store.bijeenkomsten(gebied)[-1]
        store.add_inbreng(b.id, "dna-trots", f"{PLANTED['label']} wil een bankje")
    assert main(["anonimiseer", "--gebied", gebied, "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert "1 vrije tekst" in said and "kijk die teksten zelf na" in said


def test_deleting_the_old_backups_on_request(planted, tmp_path, capsys):
    db, gebied = planted
    data = tmp_path / "data"
    assert main(["backup", "--db", str(db), "--data-dir", str(data)]) == 0
    args = ["anonimiseer", "--gebied", gebied, "--reservekopieen", "verwijder"]
    assert main([*args, "--db", str(db), "--data-dir", str(data)]) == 0
    assert "1 reservekopie verwijderd" in capsys.readouterr().out
    assert _files_holding(tmp_path, PLANTED["label"]) == []


def test_rebuilding_backups_after_anonymising_older_bijeenkomsten(planted, tmp_path, capsys):
    db, _ = planted
    data = tmp_path / "data"
    assert main(["backup", "--db", str(db), "--data-dir", str(data)]) == 0
    args = ["anonimiseer", "--ouder-dan", "0", "--reservekopieen", "herbouw"]
    assert main([*args, "--db", str(db), "--data-dir", str(data)]) == 0
    assert "1 reservekopie geanonimiseerd" in capsys.readouterr().out
    assert _files_holding(tmp_path, PLANTED["label"]) == []
