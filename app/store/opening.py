"""Looking at a database file before opening it: nothing here writes to the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import (
    CorruptDatabase,
    DatabaseReadOnly,
    ForeignDatabase,
    NotADatabase,
    SchemaTooNew,
)
from app.store.failures import corrupt_message
from app.store.schema import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def readonly_uri(path: Path) -> str:
    """A URI that opens `path` without creating or changing any file.

    Without a WAL file next to it, `immutable=1` keeps SQLite from creating -wal/-shm
    files; with one (the app is running, or was killed), `mode=ro` reads what the WAL holds.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    return f"{uri}?mode=ro" if wal.exists() else f"{uri}?mode=ro&immutable=1"


def inspect_file(path: Path) -> int:
    """Check an existing file without writing to it; return its schema version.

    Raises the StoreError that says why the file cannot be used.
    """
    name = path.name
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError:
        raise DatabaseReadOnly(
            f"Wijkpraat mag het bestand '{name}' niet lezen. "
            "Kies een ander bestand of vraag de beheerder om leesrechten."
        ) from None
    if not header:
        return 0  # an empty file is an empty database
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotADatabase(
            f"Het bestand '{name}' is geen Wijkpraat-database. "
            "Het is niet veranderd. Kies het juiste bestand, of zet een reservekopie terug."
        )
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabase(corrupt_message(name)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        }
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"Het bestand '{name}' is gemaakt met een nieuwere versie van Wijkpraat "
                f"(schema {version}; deze versie kent tot en met {SCHEMA_VERSION}). "
                "Het is niet veranderd. Installeer de nieuwste Wijkpraat om het te openen."
            )
        if (version == 0 and tables) or (version > 0 and "gebied" not in tables):
            raise ForeignDatabase(
                f"Het bestand '{name}' is een database van een ander programma, "
                "niet van Wijkpraat. Het is niet veranderd. Kies het juiste bestand."
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise CorruptDatabase(corrupt_message(name))
        return int(version)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(corrupt_message(name)) from exc
    finally:
        conn.close()
