"""Housekeeping of the backup folder: a size budget, and half-written copies removed."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from app.cli.main import main
from app.store.backup import list_backups, make_backup
from app.store.backup_care import ALWAYS_KEEP, STALE_AFTER_S, clean_stale, rotate
from app.store.journal import journal_path


def _fake_backups(folder: Path, sizes: list[int]) -> list[Path]:
    """Backup-named files, oldest first, of the given sizes (rotation looks at names)."""
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    made = []
    for i, size in enumerate(sizes):
        stamp = (start + dt.timedelta(hours=i)).strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"wijkpraat-{stamp}-start.sqlite"
        path.write_bytes(b"x" * size)
        made.append(path)
    return made


def test_ten_full_copies_of_a_large_database_are_not_kept(tmp_path):
    """The issue's case: 88 MB kept ten times is 880 MB; at most five times its size."""
    mb = 1024 * 1024
    made = _fake_backups(tmp_path / "b", [8 * mb] * 12)
    rotate(tmp_path / "b", floor=0)
    kept = [b.path for b in list_backups(tmp_path / "b")]
    assert kept == list(reversed(made))[:5]  # 5 × 8 MB
    assert sum(p.stat().st_size for p in kept) <= 5 * 8 * mb


def test_the_newest_three_are_kept_whatever_their_size(tmp_path):
    made = _fake_backups(tmp_path / "b", [50, 50, 5000, 6000, 7000])  # grew a lot
    rotate(tmp_path / "b", floor=0)  # budget 5 × 7000 is not enough for all
    kept = [b.path for b in list_backups(tmp_path / "b")]
    assert kept[:ALWAYS_KEEP] == list(reversed(made))[:ALWAYS_KEEP]


def test_a_small_database_keeps_ten(demo_store, db_path, tmp_path):
    folder = tmp_path / "backups"
    for _ in range(12):
        make_backup(db_path, folder, "start")
    assert len(list_backups(folder)) == 10


def test_stale_half_written_copies_are_removed_and_fresh_ones_and_backups_kept(tmp_path):
    folder, db = tmp_path / "backups", tmp_path / "wijkpraat.sqlite"
    (good,) = _fake_backups(folder, [100])
    old_partial = folder / (good.name.replace("start", "handmatig") + ".partial")
    old_partial.write_bytes(b"x" * 1000)
    staging = db.with_name(f".{db.name}.terugzetten")
    staging.write_bytes(b"x")
    rebuilt = folder / (good.name + ".herbouw")
    rebuilt.write_bytes(b"x")
    fresh = folder / "wijkpraat-20260101-000000-000001-start.sqlite.partial"
    fresh.write_bytes(b"x")
    journal = journal_path(db)
    journal.write_text("{}", encoding="utf-8")
    past = time.time() - STALE_AFTER_S - 60
    for path in (old_partial, staging, rebuilt, good, journal):
        os.utime(path, (past, past))

    removed = clean_stale(folder, db)

    assert sorted(removed) == sorted([old_partial, staging, rebuilt])
    assert good.exists() and fresh.exists()  # a backup, and one maybe being written now
    assert journal.exists()  # unsaved text is never housekeeping


def test_a_folder_given_as_database_gets_a_dutch_message(tmp_path, capsys):
    folder = tmp_path / "map"
    folder.mkdir()
    assert main(["check", "--db", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "is een map" in err and "Traceback" not in err


def test_a_symlink_loop_gets_a_dutch_message(tmp_path, capsys):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    for command in (["check"], ["demo"]):
        assert main([*command, "--db", str(tmp_path / "a")]) == 1
        err = capsys.readouterr().err
        assert "snelkoppeling" in err, err


def test_a_disk_io_error_is_a_dutch_full_or_unreachable_disk_not_a_bug():
    """Seen with the -shm file on a full disk: `demo` printed a traceback."""
    import sqlite3

    from app.errors import DiskFull
    from app.store.failures import classify_sqlite_error

    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = sqlite3.SQLITE_IOERR_SHMSIZE
    found = classify_sqlite_error(exc)
    assert isinstance(found, DiskFull)
    assert "schijf is vol of niet bereikbaar" in found.message
