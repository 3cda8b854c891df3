"""Backups with SQLite's online backup API: rotation, restore, and the CLI commands."""

from __future__ import annotations

import pytest

from app import cli
from app.store import Store, inspect_file
from app.store.backup import (
    KEEP,
    BackupError,
    backup_store,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from app.system import paths
from tests.conftest import sha256


def test_a_backup_is_a_complete_database_that_passes_the_check(demo_store, db_path, tmp_path):
    made = make_backup(db_path, tmp_path / "backups", "handmatig")
    assert inspect_file(made) > 0
    assert not made.with_name(made.name + "-wal").exists()  # stands on its own
    with Store.open_readonly(made) as copy:
        assert copy.counts() == demo_store.counts()
        assert copy.integrity() == "ok"


def test_backup_of_the_running_store_sees_every_committed_edit(demo_store, tmp_path):
    g = demo_store.add_gebied("Selwerd", "wijk")
    made = backup_store(demo_store, tmp_path / "backups", "start")
    with Store.open_readonly(made) as copy:
        assert g.id in {x.id for x in copy.gebieden()}


def test_only_the_newest_ten_are_kept_newest_first(store, db_path, tmp_path):
    folder = tmp_path / "backups"
    made = [make_backup(db_path, folder, "start") for _ in range(KEEP + 3)]
    kept = list_backups(folder)
    assert len(kept) == KEEP
    assert [b.path for b in kept] == list(reversed(made))[:KEEP]
    assert "bij het starten" in kept[0].label


def test_newest_good_backup_skips_a_damaged_one(store, db_path, tmp_path):
    folder = tmp_path / "backups"
    good = make_backup(db_path, folder, "start")
    bad = make_backup(db_path, folder, "start")
    bad.write_bytes(b"kapot" * 100)
    assert newest_good_backup(folder).path == good


def test_restore_backs_up_the_current_file_first(demo_store, db_path, tmp_path):
    folder = tmp_path / "backups"
    old = make_backup(db_path, folder, "handmatig")
    extra = demo_store.add_gebied("Na de reservekopie", "dorp")
    demo_store.close()
    result = restore_backup(db_path, old, folder)
    with Store.open(db_path) as restored:
        assert extra.id not in {g.id for g in restored.gebieden()}
    assert result.safety_copy is not None and result.set_aside is None
    with Store.open_readonly(result.safety_copy) as before:  # nothing is ever lost
        assert extra.id in {g.id for g in before.gebieden()}


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(demo_store, db_path, tmp_path):
    demo_store.close()
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(b"\0" * 4096)
    before = sha256(db_path)
    with pytest.raises(BackupError, match="niet bruikbaar"):
        restore_backup(db_path, bad, tmp_path / "backups")
    assert sha256(db_path) == before


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_list_and_restore(capsys, tmp_path):
    db = tmp_path / "w.sqlite"
    data = tmp_path / "data"
    loc = ["--db", str(db), "--data-dir", str(data)]
    run(capsys, "demo", *loc)
    code, out, _ = run(capsys, "backup", *loc)
    assert code == 0 and "Reservekopie gemaakt" in out
    first = list_backups(paths.resolve(db, str(data)).backup_dir)[0]
    with Store.open(db) as s:
        s.add_gebied("Later toegevoegd", "wijk")
    code, out, _ = run(capsys, "restore", *loc)
    assert code == 0 and first.path.name in out and "nieuwste eerst" in out
    code, out, _ = run(capsys, "restore", first.path.name, *loc)
    assert code == 0 and "Teruggezet" in out and "bewaard als" in out
    with Store.open_readonly(db) as s:
        assert "Later toegevoegd" not in {g.naam for g in s.gebieden()}
    code, out, _ = run(capsys, "restore", "nieuwste", *loc)  # the safety copy: undo the restore
    with Store.open_readonly(db) as s:
        assert "Later toegevoegd" in {g.naam for g in s.gebieden()}


def test_cli_restore_of_a_missing_backup_says_what_to_do(capsys, tmp_path):
    code, _, err = run(capsys, "restore", "bestaat-niet.sqlite", "--db", str(tmp_path / "w.sqlite"))
    assert code == 1 and "bestaat niet" in err and "wijkpraat restore" in err


def test_cli_backup_of_a_bad_file_leaves_it_untouched(capsys, tmp_path):
    db = tmp_path / "w.sqlite"
    db.write_bytes(b"geen database " * 50)
    before = sha256(db)
    code, _, err = run(capsys, "backup", "--db", str(db))
    assert code == 1 and "geen Wijkpraat-database" in err
    assert sha256(db) == before


def test_restore_is_refused_while_another_instance_has_the_database_open(
    demo_store, db_path, tmp_path
):
    folder = tmp_path / "backups"
    old = make_backup(db_path, folder, "handmatig")
    demo_store.add_gebied("Nog open", "wijk")
    with pytest.raises(BackupError, match="Sluit Wijkpraat eerst"):
        restore_backup(db_path, old, folder)
    assert "Nog open" in {g.naam for g in demo_store.gebieden()}
    demo_store.add_gebied("Werkt nog", "dorp")  # the running app is not disturbed
    assert [b.path for b in list_backups(folder)] == [old]
