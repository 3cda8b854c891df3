"""Care of the backup folder: rotation within a size budget, half-written copies that a
killed run left behind, and (after anonymising) rewriting or deleting old backups."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.store.backup import (
    KEEP,
    PREFIX,
    BackupError,
    _backup_failed,
    _copy_database,
    _fsync_dir,
    is_good,
    list_backups,
)

if TYPE_CHECKING:
    from app.store.store import Store

log = logging.getLogger(__name__)
BUDGET_TIMES = 5  # the backups together at most this many times the database's size ...
BUDGET_FLOOR = 20 * 1024 * 1024  # ... or this, if more (a small database keeps all ten) ...
ALWAYS_KEEP = 3  # ... but the newest three always


def rotate(backup_dir: Path, keep: int = KEEP, floor: int = BUDGET_FLOOR) -> list[Path]:
    """Keep the newest `keep` backups within a size budget; returns what was deleted.

    The budget is BUDGET_TIMES the size of the newest backup (about the database's
    size), but at least `floor`, so ten full copies of a large file do not fill the
    disk; the newest ALWAYS_KEEP are kept whatever their size.
    """
    backups = list_backups(backup_dir)
    sizes = [_size(b.path) for b in backups]
    budget = max(floor, BUDGET_TIMES * (sizes[0] if sizes else 0))
    used = 0
    removed = []
    for i, (old, size) in enumerate(zip(backups, sizes, strict=True)):
        used += size
        if i < ALWAYS_KEEP or (i < keep and used <= budget):
            continue
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            log.warning("could not remove old backup %s", old.path)
    return removed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# Left behind by a backup, a restore or a rebuild that was killed halfway.
STALE_AFTER_S = 600


def clean_stale(backup_dir: Path, db_path: Path, now: float | None = None) -> list[Path]:
    """Remove half-written copies older than STALE_AFTER_S: a killed backup's `.partial`,
    a killed rebuild's staging copy, a killed restore's staging file. Never a backup or
    the database itself. Returns what was removed."""
    moment = time.time() if now is None else now
    found = [
        *backup_dir.glob(f"{PREFIX}*.partial"),
        *backup_dir.glob(f"{PREFIX}*.herbouw*"),
        db_path.with_name(f".{db_path.name}.terugzetten"),
    ]
    removed = []
    for path in found:
        try:
            if path.is_file() and moment - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()
                removed.append(path)
        except OSError:
            log.warning("could not remove stale file %s", path.name)
    if removed:
        log.info("removed %d stale half-written copies", len(removed))
    return removed


def delete_backups(backup_dir: Path) -> int:
    """Delete every backup in `backup_dir` (after anonymising, on request); returns how many."""
    removed = 0
    for info in list_backups(backup_dir):
        try:
            info.path.unlink()
            removed += 1
        except OSError as exc:
            raise BackupError(
                f"De reservekopie '{info.path.name}' kon niet worden verwijderd "
                f"({exc.strerror}). Verwijder hem zelf uit {backup_dir}."
            ) from exc
    _fsync_dir(backup_dir)
    log.info("deleted %d backups on request", removed)
    return removed


def rewrite_backups(backup_dir: Path, change: Callable[[Store], None]) -> int:
    """Apply `change` to every good backup, each replaced all-or-nothing; returns how many.

    Each backup is copied aside, opened as a store, changed and compacted (so no old
    text stays in free pages), then written back as a self-contained file.
    """
    from app.store.store import Store

    done = 0
    for info in list_backups(backup_dir):
        if not is_good(info.path):
            continue
        staging = info.path.with_name(info.path.name + ".herbouw")
        partial = info.path.with_name(info.path.name + ".partial")
        try:
            shutil.copyfile(info.path, staging)
            with Store.open(staging) as store:
                change(store)
                store.compact()
            source = sqlite3.connect(staging)
            try:
                _copy_database(source, partial)
            finally:
                source.close()
            os.replace(partial, info.path)
            done += 1
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(_backup_failed(backup_dir, exc)) from exc
        finally:
            for leftover in (staging, partial, *_companions(staging)):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
    _fsync_dir(backup_dir)
    log.info("rewrote %d backups", done)
    return done


def _companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))
