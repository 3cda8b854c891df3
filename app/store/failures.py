"""Known storage failures, sorted from bugs by SQLite's result code and the OS errno.

A known failure (busy, read-only, disk full, corrupt, cannot open) becomes a `StoreError`
with a Dutch message that says what to do; anything else is a bug and propagates as is.
Classified by `sqlite3.Error.sqlite_errorcode` and `OSError.errno`, never by message text
(the pattern of qutebrowser's misc/sql.py).
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator

from app.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    StoreError,
)

# errno values that mean "no room left": the disk, a file size limit, a quota.
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
DENIED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
MISSING_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR})

LOCKED_MESSAGE = (
    "De database is bezet door een ander programma of een tweede Wijkpraat-venster. "
    "Sluit dat andere venster en probeer het opnieuw."
)
READONLY_MESSAGE = (
    "Wijkpraat mag niet schrijven in deze database (alleen-lezen). "
    "Kopieer het bestand naar een map waar u mag schrijven, bijvoorbeeld Documenten."
)
FULL_MESSAGE = (
    "De schijf is vol. Maak ruimte vrij (bijvoorbeeld oude downloads verwijderen) "
    "en probeer het opnieuw. Wat al was opgeslagen, is bewaard."
)
IOERR_MESSAGE = (
    "Wijkpraat kan de database nu niet lezen of bijwerken: de schijf is vol of niet "
    "bereikbaar. Maak ruimte vrij (of controleer de schijf) en probeer het opnieuw. "
    "Wat al was opgeslagen, is bewaard."
)
CANTOPEN_MESSAGE = (
    "Wijkpraat kan de database niet openen of aanmaken op deze plek. "
    "Kies een map waar u mag schrijven."
)


def corrupt_message(name: str) -> str:
    return (
        f"Het bestand '{name}' is beschadigd en kan niet worden geopend. "
        "Het is niet veranderd. Zet een reservekopie terug of vraag hulp bij de beheerder."
    )


def busy_message(name: str) -> str:
    return (
        f"Het bestand '{name}' is bezet: een ander programma of een tweede "
        "Wijkpraat-venster is erin aan het schrijven. Het is niet beschadigd en niet "
        "veranderd. Wacht tot dat klaar is (of sluit het) en probeer het opnieuw. "
        "Zet géén reservekopie terug."
    )


def unreadable_message(name: str) -> str:
    return (
        f"Wijkpraat kan het bestand '{name}' nu niet lezen (de schijf is vol, of het "
        "bestand of de map is niet bereikbaar). Het is niet veranderd. Maak ruimte vrij "
        "of controleer de map, en probeer het opnieuw."
    )


def diagnose_sqlite_error(exc: sqlite3.Error, name: str) -> StoreError:
    """What went wrong reading the file `name`, by result code; 'beschadigd' only for
    SQLite's own CORRUPT and NOTADB, so nobody is advised to replace a busy file."""
    code = primary_code(exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLocked(busy_message(name))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabase(corrupt_message(name))
    if code == sqlite3.SQLITE_FULL:
        return DiskFull(FULL_MESSAGE)
    if code == sqlite3.SQLITE_READONLY:
        # A read-only look at a file with an unfinished write of another program.
        return DatabaseLocked(busy_message(name))
    return DatabaseReadOnly(unreadable_message(name))


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code (the low byte of the extended code), if known."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def classify_sqlite_error(exc: sqlite3.Error) -> StoreError | None:
    """The Dutch StoreError for a known SQLite failure; None for a bug."""
    code = primary_code(exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLocked(LOCKED_MESSAGE)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return DatabaseReadOnly(READONLY_MESSAGE)
    if code == sqlite3.SQLITE_FULL:
        return DiskFull(FULL_MESSAGE)
    if code == sqlite3.SQLITE_IOERR:  # e.g. no room for the -shm or -wal file
        return DiskFull(IOERR_MESSAGE)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabase(corrupt_message("database"))
    if code == sqlite3.SQLITE_CANTOPEN:
        return DatabaseReadOnly(CANTOPEN_MESSAGE)
    return None


def classify_os_error(exc: OSError) -> str:
    """Which known kind an OS error is: 'full', 'denied', 'missing', 'isdir' or 'other'."""
    if exc.errno in FULL_ERRNOS:
        return "full"
    if exc.errno in DENIED_ERRNOS:
        return "denied"
    if exc.errno in MISSING_ERRNOS:
        return "missing"
    if exc.errno == errno.EISDIR:
        return "isdir"
    return "other"


@contextlib.contextmanager
def known_errors() -> Iterator[None]:
    """Turn known SQLite failures inside the block into Dutch StoreErrors."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # a bug: inputs are validated before they reach SQL
    except sqlite3.Error as exc:
        translated = classify_sqlite_error(exc)
        if translated is None:
            raise
        raise translated from exc
