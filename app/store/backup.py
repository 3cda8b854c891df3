"""Rotating backups with SQLite's online backup API, and restoring one safely.

A backup is a complete, self-contained SQLite file (rollback journal, no -wal) in
`<data dir>/backups`, named `wijkpraat-<UTC time>-<reason>.sqlite` so the name sorts by
time. The newest `KEEP` are kept, within a size budget (see `rotate`). A restore never
alters the file it replaces: a good current file is backed up first; a refused (bad)
one is copied aside byte-for-byte.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import (
    CorruptDatabase,
    ForeignDatabase,
    NotADatabase,
    SchemaTooNew,
    StoreError,
    WijkpraatError,
)
from app.store.failures import classify_os_error, primary_code
from app.store.opening import inspect_file, readonly_uri

if TYPE_CHECKING:
    from app.store.store import Store

log = logging.getLogger(__name__)

KEEP = 10  # at most this many backups ...
# (with a size budget: app.store.backup_care)
# Pages copied per backup step (4 KiB each: 8 MiB). Between steps the caller's
# `between_steps` runs (the GUI handles its events there), so a backup of a city's
# archive (hundreds of MB) never freezes the window for the whole copy.
STEP_PAGES = 2048
PREFIX = "wijkpraat-"
ASIDE_DIR = "apart"  # bad files moved out of the way by a restore; never rotated
_NAME = re.compile(r"^wijkpraat-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite$")
REASONS = {
    "start": "bij het starten",
    "afgesloten": "bijeenkomst afgesloten",
    "handmatig": "handmatig gemaakt",
    "voor-terugzetten": "voor het terugzetten",
    "voor-import": "voor het inlezen",
}


class BackupError(WijkpraatError):
    """A backup could not be made or restored; the message says what to do."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime  # UTC
    reason: str

    @property
    def label(self) -> str:
        """'22-11-2026 15:49 — bij het starten' in local time, for lists."""
        local = self.made.astimezone()
        why = REASONS.get(self.reason, self.reason.replace("-", " "))
        return f"{local:%d-%m-%Y %H:%M:%S} — {why}"


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "handmatig"


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S-%f")


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in `backup_dir`, newest first (by the time in the name)."""
    found = []
    try:
        entries = list(backup_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match and path.is_file():
            made = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=dt.UTC)
            found.append(BackupInfo(path, made, match[2]))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def is_good(path: Path) -> bool:
    """True if `path` opens as a Wijkpraat database (checked read-only)."""
    try:
        return inspect_file(path) > 0
    except StoreError:
        return False


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes the store's read-only check, if any."""
    return next((b for b in list_backups(backup_dir) if is_good(b.path)), None)


def make_backup(db_path: Path, backup_dir: Path, reason: str = "handmatig") -> Path:
    """Copy `db_path` into `backup_dir` with the online backup API; keep the newest KEEP.

    Safe while another process writes to the database (WAL): the copy is one consistent
    snapshot. It also works on a database this process has open (tests do that), but the
    header check reads the file with plain open(), and closing that releases this
    process's POSIX locks on it, which other processes rely on. So the app calls it only
    for a file it has not opened (the CLI's backup, before a restore) and backs up its
    open store with backup_store.
    Raises a StoreError if `db_path` is not a usable database (it is never touched) and
    BackupError if the backup folder cannot be written.
    """
    db_path = Path(db_path)
    inspect_file(db_path)  # refuses a bad file before anything reads it with SQLite
    source = sqlite3.connect(readonly_uri(db_path), uri=True)
    try:
        return _backup_from(source, Path(backup_dir), reason)
    finally:
        source.close()


def backup_store(
    store: Store,
    backup_dir: Path,
    reason: str,
    *,
    between_steps: Callable[[], object] | None = None,
) -> Path:
    """Back up an open store through its own connection (keeps that connection's locks).

    The copy is made STEP_PAGES at a time; `between_steps` is called after each step.
    A file that fails its full check (a big one is checked here, the first time) is not
    copied: a damaged copy would push a good backup out of the rotation.
    """
    store.full_check(between_steps)
    return _backup_from(store._conn, backup_dir, reason, between_steps)


def try_backup_store(store: Store, backup_dir: Path, reason: str) -> str | None:
    """backup_store for the app: None when made, else the Dutch message (logged); a
    failed backup never stops a meeting."""
    try:
        # Through the open connection: opening the live file a second time (as
        # make_backup does) would drop this process's locks on it.
        backup_store(store, backup_dir, reason)
    except WijkpraatError as exc:
        log.warning("backup failed: %s", exc.message)
        return exc.message
    return None


def _backup_from(
    source: sqlite3.Connection,
    backup_dir: Path,
    reason: str,
    between_steps: Callable[[], object] | None = None,
) -> Path:
    made = dt.datetime.now(dt.UTC)
    target = backup_dir / f"{PREFIX}{_stamp(made)}-{_slug(reason)}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        while target.exists():  # two backups in the same microsecond
            made += dt.timedelta(microseconds=1)
            target = backup_dir / f"{PREFIX}{_stamp(made)}-{_slug(reason)}.sqlite"
        _copy_database(source, partial, between_steps)
        os.replace(partial, target)
        _fsync_dir(backup_dir)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(_backup_failed(backup_dir, exc)) from exc
    log.info("backup made: %s", target)
    from app.store.backup_care import rotate

    rotate(backup_dir)
    return target


def _backup_failed(backup_dir: Path, exc: BaseException) -> str:
    full = (isinstance(exc, OSError) and classify_os_error(exc) == "full") or (
        isinstance(exc, sqlite3.Error) and primary_code(exc) == sqlite3.SQLITE_FULL
    )
    if full:
        return (
            "De reservekopie kon niet worden gemaakt: de schijf is vol. "
            "Maak ruimte vrij en probeer het opnieuw. Uw gegevens zelf zijn niet veranderd."
        )
    return (
        f"De reservekopie kon niet worden gemaakt in de map '{backup_dir}'. "
        "Controleer of u daar mag schrijven. Uw gegevens zelf zijn niet veranderd."
    )


def resolve_backup(backup_dir: Path, name: str) -> BackupInfo:
    """A backup by file name, path, or 'nieuwste' (the newest good one)."""
    if name == "nieuwste":
        newest = newest_good_backup(backup_dir)
        if newest is None:
            raise BackupError(
                f"Er is nog geen bruikbare reservekopie in '{backup_dir}'. "
                "Maak er een met: wijkpraat backup"
            )
        return newest
    candidate = Path(name)
    if not candidate.exists():
        candidate = backup_dir / name
    if not candidate.is_file():
        raise BackupError(
            f"De reservekopie '{name}' bestaat niet. "
            "Bekijk de lijst met: wijkpraat restore (zonder bestandsnaam)."
        )
    match = _NAME.match(candidate.name)
    made = (
        dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=dt.UTC)
        if match
        else dt.datetime.fromtimestamp(candidate.stat().st_mtime, dt.UTC)
    )
    return BackupInfo(candidate, made, match[2] if match else "handmatig")


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the backup that is now the database
    safety_copy: Path | None  # backup of the good file that was replaced
    set_aside: Path | None  # byte-for-byte copy of the refused file that was replaced


def restore_backup(db_path: Path, backup: Path, backup_dir: Path) -> RestoreResult:
    """Make `backup` the database at `db_path`.

    The current file is backed up first (or, if it is refused, copied aside unchanged).
    All connections to `db_path` must be closed (the app closes its store first).
    """
    db_path, backup, backup_dir = Path(db_path), Path(backup), Path(backup_dir)
    try:
        if inspect_file(backup) == 0:
            raise BackupError(f"De reservekopie '{backup.name}' is leeg. Kies een andere.")
    except StoreError as exc:
        raise BackupError(
            f"De reservekopie '{backup.name}' is niet bruikbaar. Kies een andere. ({exc.message})"
        ) from exc
    safety: Path | None = None
    aside: Path | None = None
    if db_path.exists():
        try:
            inspect_file(db_path)
            good = True
        except _RESTORE_HELPS:
            good = False
        except StoreError as exc:
            # Busy, locked, unreadable, a full disk: the file is not bad, so it is never
            # replaced (another program may be writing its own rows into it right now).
            raise BackupError(f"{exc.message} Er is niets teruggezet.") from exc
        if good:
            _ensure_not_in_use(db_path)
            safety = make_backup(db_path, backup_dir, "voor-terugzetten")
        else:
            aside = set_aside(db_path, backup_dir)
    staging = db_path.with_name(f".{db_path.name}.terugzetten")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            _copy_database(source, staging)
        finally:
            source.close()
        # A -wal/-shm left by the old file would be replayed onto the backup: remove them.
        # They were copied aside or checkpointed into the safety backup above.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
        _fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
        raise BackupError(
            f"Terugzetten is niet gelukt: {exc}. Het oude bestand staat nog op zijn plek "
            "of in de map met reservekopieën. Vraag hulp bij de beheerder."
        ) from exc
    log.info("restored %s from %s", db_path, backup)
    return RestoreResult(backup, safety, aside)


def _ensure_not_in_use(db_path: Path) -> None:
    """Refuse to replace a database another program (a running Wijkpraat) has open.

    Leaving WAL mode needs the only connection; if another one is open SQLite says
    'locked'. Replacing the file under a running app would send its next edits into the
    removed file, so they would be lost.
    """
    if not os.access(db_path, os.W_OK) or not os.access(db_path.parent, os.W_OK):
        raise BackupError(
            f"Wijkpraat mag het bestand '{db_path.name}' of zijn map niet veranderen "
            "(alleen-lezen), dus er kan geen reservekopie overheen. Er is niets veranderd. "
            "Vraag de beheerder om schrijfrechten, of kopieer de map naar Documenten."
        )
    conn = sqlite3.connect(db_path, timeout=0.5)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if primary_code(exc) in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise BackupError(
                f"Wijkpraat mag het bestand '{db_path.name}' niet veranderen (alleen-lezen). "
                "Er is niets veranderd."
            ) from exc
        mode = str(exc)
    finally:
        conn.close()
    if mode.lower() != "delete":
        raise BackupError(
            "Wijkpraat gebruikt deze database nog (in een ander venster of op de "
            "achtergrond). Sluit Wijkpraat eerst en zet dan de reservekopie terug. "
            "Er is niets veranderd."
        )


def set_aside(db_path: Path, backup_dir: Path) -> Path:
    """Copy a refused file (and its -wal/-shm) aside, byte-for-byte; returns the copy."""
    folder = backup_dir / ASIDE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{_stamp(dt.datetime.now(dt.UTC))}-{db_path.name}"
    copy = folder / base
    shutil.copyfile(db_path, copy)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, folder / (base + suffix))
    _fsync(copy)
    return copy


def _copy_database(
    source: sqlite3.Connection, path: Path, between_steps: Callable[[], object] | None = None
) -> None:
    """Write `source` to a new file at `path` with SQLite's backup API, synced to disk.

    In steps of STEP_PAGES pages, calling `between_steps` after each. A write through
    `source` between steps is carried into the copy by SQLite; a write by another
    connection restarts the copy, so it is always one consistent snapshot.
    The copy stands on its own: rollback journal, no -wal file next to it.
    """
    path.unlink(missing_ok=True)
    dest = sqlite3.connect(path)
    try:
        source.backup(
            dest,
            pages=STEP_PAGES,
            progress=(lambda _status, _remaining, _total: between_steps())
            if between_steps is not None
            else None,
        )
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


# Problems where putting back a backup helps: the file itself is bad or too new.
_RESTORE_HELPS = (NotADatabase, CorruptDatabase, SchemaTooNew, ForeignDatabase)


def offer_for(error: StoreError, backup_dir: Path) -> BackupInfo | None:
    """The backup to offer for a storage problem, or None where a restore cannot help.

    A locked database, a read-only folder or a full disk are not fixed by older data,
    so those get their message only.
    """
    if not isinstance(error, _RESTORE_HELPS):
        return None
    return newest_good_backup(backup_dir)
