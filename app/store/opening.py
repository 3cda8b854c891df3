"""Looking at a database file before opening it: nothing here writes to the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import (
    CorruptDatabase,
    DatabaseMissing,
    DatabaseReadOnly,
    ForeignDatabase,
    NotADatabase,
    SchemaTooNew,
    StoreError,
)
from app.store.failures import classify_os_error, corrupt_message, diagnose_sqlite_error
from app.store.schema import (
    APPLICATION_ID,
    MARKED_FROM,
    SCHEMA_VERSION,
    expected_columns,
    table_columns,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def readonly_uri(path: Path) -> str:
    """A URI that opens `path` without creating or changing any file.

    Without a WAL file next to it, `immutable=1` keeps SQLite from creating -wal/-shm
    files; with one (the app is running, or was killed), `mode=ro` reads what the WAL holds.
    A rollback `-journal` next to it means another program is writing (or was killed
    while writing): then too `mode=ro`, so SQLite takes its locks and says "busy" instead
    of reading half-written pages.
    """
    uri = path.resolve().as_uri()
    busy = any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))
    return f"{uri}?mode=ro" if busy else f"{uri}?mode=ro&immutable=1"


def refuse_dangling_link(path: Path) -> None:
    """A symlink that leads nowhere (or to itself) is no place for a database."""
    if path.is_symlink() and not path.exists():
        raise DatabaseMissing(
            f"'{path}' is een snelkoppeling (symlink) die niet naar een bestand leidt, of "
            "naar zichzelf. Geef het echte databasebestand op."
        )


def foreign_message(name: str) -> str:
    return (
        f"Het bestand '{name}' is een database van een ander programma, "
        "niet van Wijkpraat. Het is niet veranderd. Kies het juiste bestand."
    )


def inspect_file(path: Path, *, full_check: bool = True) -> int:
    """Check an existing file without writing to it; return its schema version.

    Raises the StoreError that says why the file cannot be used. Only a file that SQLite
    itself calls corrupt is "beschadigd"; busy, locked, unreadable or a full disk get
    their own message (and no advice to put a backup back).
    A file is ours when it carries our `application_id`, or when it was made by an
    earlier Wijkpraat: application_id 0, a version before the mark, and exactly the
    tables and columns of that version.
    Without `full_check` the pages are not all read (`PRAGMA quick_check`): the caller
    runs that check before it writes or backs up (`app.store.integrity`).
    """
    name = path.name
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not header:
        return 0  # an empty file is an empty database
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotADatabase(
            f"Het bestand '{name}' is geen Wijkpraat-database. "
            "Het is niet veranderd. Kies het juiste bestand, of zet een reservekopie terug."
        )
    if _cut_short(path, header):
        raise CorruptDatabase(corrupt_message(name))
    try:
        # A short wait: a file another program is writing is reported as busy, not waited for.
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise diagnose_sqlite_error(exc, name) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        columns = table_columns(conn)
        if app_id not in (0, APPLICATION_ID):
            raise ForeignDatabase(foreign_message(name))
        if version > SCHEMA_VERSION and app_id == APPLICATION_ID:
            raise SchemaTooNew(
                f"Het bestand '{name}' is gemaakt met een nieuwere versie van Wijkpraat "
                f"(schema {version}; deze versie kent tot en met {SCHEMA_VERSION}). "
                "Het is niet veranderd. Installeer de nieuwste Wijkpraat om het te openen."
            )
        if app_id == 0 and (
            version >= MARKED_FROM
            or (version == 0 and columns)
            or (version > 0 and columns != expected_columns(version))
        ):
            raise ForeignDatabase(foreign_message(name))
        result = conn.execute("PRAGMA quick_check").fetchone()[0] if full_check else "ok"
        if result != "ok":
            raise CorruptDatabase(corrupt_message(name))
        return int(version)
    except sqlite3.Error as exc:
        raise diagnose_sqlite_error(exc, name) from exc
    finally:
        conn.close()


def _cut_short(path: Path, header: bytes) -> bool:
    """Whether the file is shorter than the page count in its header says (a copy cut
    short): a few bytes read instead of every page. Only without a WAL or rollback
    journal next to it: a checkpoint or a rollback stopped halfway may have written the
    new header first, and SQLite finishes it on the next open."""
    if any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal")):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the count is valid for this change counter
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return valid and pages > 0 and size < pages * page_size


def _unreadable(path: Path, exc: OSError) -> StoreError:
    """The Dutch error for a file the OS will not let us read (never 'beschadigd')."""
    kind = classify_os_error(exc)
    if kind == "denied":
        return DatabaseReadOnly(
            f"Wijkpraat mag het bestand '{path.name}' niet lezen. "
            "Kies een ander bestand of vraag de beheerder om leesrechten."
        )
    if kind == "isdir":
        return NotADatabase(
            f"'{path}' is een map, geen databasebestand. Geef de naam van een bestand op, "
            f"bijvoorbeeld {path / 'wijkpraat.sqlite'}."
        )
    return DatabaseReadOnly(
        f"Wijkpraat kan het bestand '{path.name}' nu niet lezen ({exc.strerror or exc}). "
        "Het is niet veranderd. Controleer of de schijf of de netwerkmap bereikbaar is."
    )
