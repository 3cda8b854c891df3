"""Bad files: each gives a Dutch message that says what to do, leaves the file byte-for-byte
unchanged, and offers the newest good backup where putting one back can help.

A read-only folder and a disk that really fills up (RLIMIT_FSIZE), in real processes:
tests/e2e/test_real_files.py."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app import cli
from app.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    NotADatabase,
    SchemaTooNew,
    StoreError,
)
from app.store import Store
from app.store.backup import make_backup, offer_for, restore_backup
from app.store.schema import SCHEMA_VERSION
from tests.conftest import fill_the_disk, sha256


@pytest.fixture
def backups(demo_store, db_path, tmp_path) -> tuple[Path, Path]:
    """Two good backups of the demo, then a damaged newer one: (folder, newest good)."""
    folder = tmp_path / "backups"
    make_backup(db_path, folder, "start")
    newest_good = make_backup(db_path, folder, "afgesloten")
    damaged = make_backup(db_path, folder, "start")
    damaged.write_bytes(damaged.read_bytes()[:2048])
    demo_store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    return folder, newest_good


def _refused(path: Path) -> StoreError:
    with pytest.raises(StoreError) as info:
        Store.open(path)
    return info.value


def test_random_bytes(backups, tmp_path):
    folder, newest_good = backups
    path = tmp_path / "wijkpraat.sqlite"
    path.write_bytes(os.urandom(16384))
    before = sha256(path)
    error = _refused(path)
    assert isinstance(error, NotADatabase)
    assert "geen Wijkpraat-database" in error.message and "reservekopie terug" in error.message
    assert sha256(path) == before
    assert offer_for(error, folder).path == newest_good


def test_truncated_database(backups, db_path, tmp_path):
    folder, newest_good = backups
    path = tmp_path / "afgekapt.sqlite"
    data = db_path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha256(path)
    error = _refused(path)
    assert isinstance(error, CorruptDatabase)
    assert "beschadigd" in error.message and "Zet een reservekopie terug" in error.message
    assert sha256(path) == before
    assert offer_for(error, folder).path == newest_good


def test_newer_schema(backups, db_path, tmp_path):
    folder, newest_good = backups
    path = tmp_path / "nieuwer.sqlite"
    path.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = sha256(path)
    error = _refused(path)
    assert isinstance(error, SchemaTooNew)
    assert "nieuwere versie" in error.message and "Installeer de nieuwste" in error.message
    assert sha256(path) == before
    assert offer_for(error, folder).path == newest_good


def test_locked_database_another_instance_writing(backups, db_path):
    folder, _ = backups
    other = sqlite3.connect(db_path, isolation_level=None)
    with Store.open(db_path) as store:
        store.query("PRAGMA busy_timeout = 200")  # the test need not wait 5 s
        store.query("PRAGMA wal_checkpoint(TRUNCATE)")
        before = sha256(db_path)
        other.execute("BEGIN IMMEDIATE")  # the other instance is in the middle of a write
        with pytest.raises(DatabaseLocked) as info:
            store.add_gebied("Tijdens het schrijven", "wijk")
        other.execute("ROLLBACK")
        assert "bezet" in info.value.message and "probeer het opnieuw" in info.value.message
        assert sha256(db_path) == before
        assert offer_for(info.value, folder) is None  # wait, don't restore
        assert "Tijdens het schrijven" not in {g.naam for g in store.gebieden()}
        store.add_gebied("Daarna", "wijk")  # once the other is done, writing works again
    other.close()


def test_restore_after_a_refusal_sets_the_bad_file_aside_unchanged(backups, db_path):
    folder, _ = backups
    db_path.write_bytes(os.urandom(8192))
    before = sha256(db_path)
    error = _refused(db_path)
    result = restore_backup(db_path, offer_for(error, folder).path, folder)
    assert result.set_aside is not None and sha256(result.set_aside) == before
    with Store.open(db_path) as store:
        assert store.counts()["gebied"] == 2 and store.integrity() == "ok"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--met-labels"],
        ["csv", "--soort", "inbreng"],
        ["pdf", "--soort", "afspraken", "--bijeenkomst", "latest"],
        ["pdf", "--soort", "praatplaat", "--formaat", "A3"],
    ],
    ids=["export", "csv", "pdf-afspraken", "pdf-praatplaat"],
)
def test_full_disk_when_saving_an_export_or_pdf(
    backups, db_path, tmp_path, capsys, monkeypatch, command
):
    """`wijkpraat export|csv|pdf --out FILE` on a full disk: a Dutch message, exit 1, the
    old FILE byte for byte as it was, no temporary file left next to it."""
    folder, _ = backups
    out_dir = tmp_path / "uitvoer"
    out_dir.mkdir()
    out = out_dir / "uitvoer.bestand"
    out.write_bytes(b"vorige versie van het bestand\n")
    before, db_before = sha256(out), sha256(db_path)
    tried = fill_the_disk(monkeypatch)
    code = cli.main([*command, "--db", str(db_path), "--out", str(out)])
    err = capsys.readouterr().err
    assert tried, "the command did not flush its file to disk"
    assert code == 1, err
    assert "schijf is vol" in err and "Maak ruimte vrij" in err and "uitvoer.bestand" in err
    assert "Traceback" not in err
    assert sha256(out) == before  # the old file is still whole
    assert sorted(p.name for p in out_dir.iterdir()) == ["uitvoer.bestand"]  # no leftovers
    assert sha256(db_path) == db_before
    assert offer_for(DiskFull("vol"), folder) is None  # a backup would not help
