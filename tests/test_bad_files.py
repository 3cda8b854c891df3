"""Bad files: each gives a Dutch message that says what to do, leaves the file byte-for-byte
unchanged, and offers the newest good backup where putting one back can help."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    NotADatabase,
    SchemaTooNew,
    StoreError,
)
from app.store import Store
from app.store.backup import make_backup, offer_for, restore_backup
from app.store.schema import SCHEMA_VERSION
from tests.conftest import sha256

ROOT = Path(__file__).resolve().parent.parent


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


@pytest.fixture
def readonly_dir(tmp_path):
    """A folder the app may not write in: permissions, or a read-only bind mount as root."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    yield folder  # filled by the test, then made read-only by `make_readonly`


def make_readonly(folder: Path) -> object:
    if os.geteuid() != 0:
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    view = folder.with_name("ro-view")
    view.mkdir()
    ok = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if ok.returncode != 0:
        pytest.skip("root without a way to make a read-only folder")
    subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
    return view


def test_read_only_location(backups, db_path, readonly_dir):
    folder, _ = backups
    (readonly_dir / "wijkpraat.sqlite").write_bytes(db_path.read_bytes())
    made = make_readonly(readonly_dir)
    where = made if isinstance(made, Path) else readonly_dir
    path = where / "wijkpraat.sqlite"
    before = sha256(path)
    try:
        error = _refused(path)
        assert isinstance(error, DatabaseReadOnly)
        assert "map" in error.message and ("schrijven" in error.message)
        assert sha256(path) == before
        assert not (where / "wijkpraat.sqlite-wal").exists()
        # Older data does not help here: the message says to pick another folder instead.
        assert offer_for(error, folder) is None
        with Store.open_readonly(path) as ro:  # reading still works
            assert ro.counts()["gebied"] == 2
    finally:
        if isinstance(made, Path):
            subprocess.run(["umount", str(made)], check=False)
        else:
            made()


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


FULL_DISK_CHILD = """
import resource, signal, sys
from app.errors import WijkpraatError
from app.store import Store
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = Store.open_readonly(sys.argv[1])
soort, out = sys.argv[2], sys.argv[3]
resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))  # the disk is "full" after 256 bytes
try:
    if soort == "export":
        from app.exchange.bundle import export_file
        export_file(store, out, with_labels=True)
    elif soort == "csv":
        from app.exchange.csv_export import export_csv
        export_csv(store, out, "inbreng")
    else:
        from app.handouts import build_pdf
        from app.store.files import write_atomic
        pdf = build_pdf(store, store.latest_bijeenkomst().id, "afspraken")
        write_atomic(out, pdf)
except WijkpraatError as exc:
    print(type(exc).__name__, exc.message)
    sys.exit(3)
"""


@pytest.mark.parametrize("soort", ["export", "csv", "pdf"])
def test_full_disk_when_saving_an_export_or_pdf(backups, db_path, tmp_path, soort):
    folder, _ = backups
    if soort == "pdf":
        pytest.importorskip("app.handouts")
    out = tmp_path / f"uitvoer.{soort}"
    out.write_bytes(b"vorige versie van het bestand\n")
    before = sha256(out)
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, str(db_path), soort, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith(DiskFull.__name__)
    assert "schijf is vol" in result.stdout and "Maak ruimte vrij" in result.stdout
    assert sha256(out) == before  # the old file is still whole
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".uitvoer")] == []
    assert offer_for(DiskFull("vol"), folder) is None


def test_restore_after_a_refusal_sets_the_bad_file_aside_unchanged(backups, db_path):
    folder, _ = backups
    db_path.write_bytes(os.urandom(8192))
    before = sha256(db_path)
    error = _refused(db_path)
    result = restore_backup(db_path, offer_for(error, folder).path, folder)
    assert result.set_aside is not None and sha256(result.set_aside) == before
    with Store.open(db_path) as store:
        assert store.counts()["gebied"] == 2 and store.integrity() == "ok"
