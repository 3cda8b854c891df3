"""The connection every table group shares: open, migrate, one transaction door, settings.

Guarantees:
- an existing file is inspected read-only first (`app.store.opening`); a non-SQLite,
  foreign, corrupt or newer file is refused with a Dutch message and left untouched;
- every write goes through `transaction()` and commits before it returns (WAL,
  synchronous=FULL), so a kill or a power cut loses nothing that a call acknowledged;
- known storage failures surface as `StoreError` subclasses (`app.store.failures`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

from app.errors import DatabaseMissing, DatabaseReadOnly, ForeignDatabase, InvalidInput
from app.store import integrity
from app.store.failures import known_errors
from app.store.integrity import FullCheck
from app.store.opening import inspect_file, readonly_uri, refuse_dangling_link
from app.store.records import Bijeenkomst, from_row, row_builder
from app.store.schema import SCHEMA_VERSION, TABLES, migrate

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)
R = TypeVar("R")
# How long a write waits for another window or process that holds the write lock.
BUSY_TIMEOUT_S = 5.0
# Settings (table instelling) for reopening where the facilitator was after a restart.
SETTING_BIJEENKOMST = "laatste_bijeenkomst"
SETTING_VIEW = "laatste_weergave"


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _check_later(path: Path) -> bool:
    """Whether the full check of an existing file waits until the first write or backup
    (a big file: `app.store.integrity`)."""
    try:
        if not path.is_file() or path.stat().st_size <= integrity.FULL_CHECK_UP_FRONT:
            return False
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return False  # inspect_file says why it cannot be read
    # Only a WAL file: opening any other one switches it to WAL, a write before the check.
    return header[18:20] == b"\x02\x02"


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S)
    conn.row_factory = sqlite3.Row
    return conn


class StoreBase:
    """The connection and the generic row helpers; `app.store.Store` adds the tables."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._db: sqlite_utils.Database | None = None
        # A big file's full check, still to come before the first write or backup.
        self._full_check: FullCheck | None = None

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Self:
        path = Path(path)
        refuse_dangling_link(path)
        later = _check_later(path)
        if path.exists():
            inspect_file(path, full_check=not later)
        elif not create:
            raise DatabaseMissing(f"Het bestand '{path}' bestaat niet.")
        else:
            with known_errors():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseReadOnly(
                        f"Wijkpraat kan de map '{path.parent}' niet aanmaken. "
                        "Kies een map waar u mag schrijven."
                    ) from exc
        with known_errors():
            conn = _connect(str(path))
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                store = cls(conn, path, readonly=False)
                store._defer_full_check(later)
                if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    with store.transaction() as db:
                        ran = migrate(db)
                    log.info("migrated %s to schema %d (%d steps)", path, SCHEMA_VERSION, ran)
            except BaseException:
                conn.close()
                raise
        return store

    @classmethod
    def open_readonly(cls, path: str | Path) -> Self:
        """Open for reading only: nothing in the file can change."""
        path = Path(path)
        refuse_dangling_link(path)
        if not path.exists():
            raise DatabaseMissing(f"Het bestand '{path}' bestaat niet.")
        later = _check_later(path)
        version = inspect_file(path, full_check=not later)
        if version == 0:
            raise ForeignDatabase(
                f"Het bestand '{path.name}' is een lege database, nog zonder gegevens."
            )
        with known_errors():
            conn = _connect(readonly_uri(path), uri=True)
            conn.execute("PRAGMA query_only = ON")
        store = cls(conn, path, readonly=True)
        store._defer_full_check(later)
        return store

    def _defer_full_check(self, later: bool) -> None:
        if later:
            self._full_check = FullCheck(self.path)

    def full_check(self, between: Callable[[], object] | None = None) -> None:
        """Make sure the file passed `PRAGMA quick_check` (done up front for a small file,
        here for a big one: `app.store.integrity`); CorruptDatabase if it did not.
        With `between`, the check runs on a thread and `between` is called meanwhile."""
        if self._full_check is not None:
            self._full_check.wait(between)

    @property
    def _sqlite_utils(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection (imported on the first write)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        if self._full_check is not None:
            self._full_check.stop()
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- status ------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity(self) -> str:
        """'ok', or SQLite's description of what is wrong."""
        with known_errors():
            rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
        return "ok" if rows == ["ok"] else "; ".join(rows)

    def counts(self) -> dict[str, int]:
        with known_errors():
            return {
                t: self._conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES
            }

    # -- the one door for writes ---------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction, committed when the block ends, rolled back on an error.

        BEGIN IMMEDIATE takes the write lock up front, so when another window or process
        is writing, this one waits (up to BUSY_TIMEOUT_S) instead of failing halfway with
        "database is locked". Inside an outer transaction it is a savepoint, so an import
        or the demo is all-or-nothing as a whole.
        """
        if self.readonly:
            raise DatabaseReadOnly("Deze database is alleen-lezen geopend.")
        db = self._sqlite_utils
        if self._full_check is not None:
            self._full_check.wait()  # never a write into a damaged file
        if self._conn.in_transaction:
            with known_errors(), db.atomic():
                yield db
            return
        with known_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def busy_wait(self, seconds: float) -> Iterator[None]:
        """Within the block, a write waits at most `seconds` for another writer.

        Save-as-you-type uses a short wait so the window never freezes for the full
        BUSY_TIMEOUT_S; what could not be written is kept and tried again.
        """
        with known_errors():
            self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            with known_errors():
                self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def data_version(self) -> int | None:
        """A number that changes whenever another connection (another window, process or
        an import) has committed a change; this connection's own writes leave it alone.
        None once the store is closed."""
        try:
            with known_errors():
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.ProgrammingError:  # closed: a window outliving its store
            return None

    @property
    def in_transaction(self) -> bool:
        """True while a write transaction is open (never after a write call returned)."""
        return self._conn.in_transaction

    def query(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read-only query, with known failures translated."""
        bound = params if isinstance(params, Mapping) else list(params)
        with known_errors():
            return list(self._conn.execute(sql, bound))

    # -- generic helpers -----------------------------------------------------------------
    def _insert(
        self,
        table: str,
        cls: type[R],
        values: dict[str, Any],
        *,
        ignore: bool = False,
        order_within: tuple[str, list[Any]] | None = None,
    ) -> R:
        """Insert one row; `order_within` (where, params) numbers it after its siblings.

        The next `volgorde` is computed inside the write transaction, so two writers
        adding at the same moment never get the same number.
        """
        values.setdefault("id", new_id())
        with self.transaction():
            if order_within is not None:
                values["volgorde"] = self._next_order(table, *order_within)
            # One statement that also returns the stored row (its defaults too): no
            # second read, and none of sqlite-utils' schema look-ups on every insert.
            columns = ", ".join(f"[{c}]" for c in values)
            sql = (
                f"INSERT {'OR IGNORE ' if ignore else ''}INTO [{table}] ({columns}) "
                f"VALUES ({', '.join('?' * len(values))}) RETURNING *"
            )
            stored = self._conn.execute(sql, list(values.values())).fetchall()
        if not stored:  # ignored: a row with this id was there already
            return self._get(table, cls, values["id"])
        return from_row(cls, dict(stored[0]))

    def _get(self, table: str, cls: type[R], row_id: str) -> R:
        with known_errors():
            row = self._conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise InvalidInput("Dit onderdeel bestaat niet (meer). Is het al verwijderd?")
        return from_row(cls, dict(row))

    def _select(
        self, cls: type[R], sql: str, params: Iterable[Any] | Mapping[str, Any] = ()
    ) -> list[R]:
        rows = self.query(sql, params)
        if not rows:
            return []
        build = row_builder(cls, tuple(rows[0].keys()))  # type: ignore[arg-type]  # hashable
        return [build(row) for row in rows]

    def _update(self, table: str, cls: type[R], row_id: str, changes: Mapping[str, Any]) -> R:
        self._get(table, cls, row_id)
        if changes:
            with self.transaction() as db:
                db.table(table).update(row_id, {**changes, "bijgewerkt": now()})
        return self._get(table, cls, row_id)

    def _next_order(self, table: str, where: str, params: list[Any]) -> int:
        sql = f"SELECT coalesce(max(volgorde), 0) + 1 FROM [{table}] WHERE {where}"
        with known_errors():
            return int(self._conn.execute(sql, params).fetchone()[0])

    def _bijeenkomst(self, bijeenkomst_id: str) -> Bijeenkomst:
        """The bijeenkomst a row belongs to; InvalidInput (Dutch) if it is not there."""
        return self._get("bijeenkomst", Bijeenkomst, bijeenkomst_id)

    # -- the one meaning of "earlier" ------------------------------------------------------
    def _earlier_than(self, bijeenkomst_id: str) -> tuple[str, dict[str, str]]:
        """SQL selecting the ids of the bijeenkomsten of the same gebied held before this
        one (by datum, then by when they were made), and its parameters: the one place
        that says what "earlier" means, for trends, stap 3 and the handouts."""
        current = self._bijeenkomst(bijeenkomst_id)
        sql = """SELECT id FROM bijeenkomst WHERE gebied_id = :gebied AND id != :id
                   AND (datum < :datum OR (datum = :datum AND aangemaakt < :aangemaakt))"""
        params = {
            "gebied": current.gebied_id,
            "id": current.id,
            "datum": current.datum,
            "aangemaakt": current.aangemaakt,
        }
        return sql, params

    # -- settings (durable, unlike QSettings at a kill) ------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT waarde FROM instelling WHERE sleutel = ?", [key])
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as db:
            db.table("instelling").upsert(
                {"sleutel": key, "waarde": value, "bijgewerkt": now()}, pk="sleutel"
            )
