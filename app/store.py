"""The only way into the database: open safely, migrate, read and write domain records.

Guarantees:
- an existing file is inspected read-only first; a non-SQLite, foreign, corrupt or newer
  file is refused with a Dutch message and left byte-for-byte untouched;
- every write method commits before it returns (WAL, synchronous=FULL), so a kill or a
  power cut loses nothing that a call acknowledged;
- known storage failures (locked, read-only, disk full, corrupt) surface as `StoreError`
  subclasses; anything else is a bug and propagates as is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import records
from app import validation as check
from app.errors import (
    CorruptDatabase,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    DiskFull,
    ForeignDatabase,
    InvalidInput,
    NotADatabase,
    SchemaTooNew,
    StoreError,
)
from app.records import Bijeenkomst, Gebied, from_row
from app.schema import (
    ACTOREN,
    DENKSTIJLEN,
    INBRENG_SOORTEN,
    SCHEMA_VERSION,
    SOORTEN_GEBIED,
    STATUS_AFSPRAAK,
    STATUS_BIJEENKOMST,
    TABLES,
    TAKEN,
    VORMEN,
    migrate,
)

if TYPE_CHECKING:
    import sqlite_utils

    # At run time the store uses them as `records.Inbreng` etc.: they load on first use
    # (see app.records), which keeps them out of an overview-only start.
    from app.meeting_records import (
        Afspraak,
        Deelnemer,
        Evaluatie,
        Inbreng,
        KompasScore,
        Rol,
        Spreekbeurt,
        Stemming,
        WitteVlek,
    )

log = logging.getLogger(__name__)
R = TypeVar("R")
# Settings (table instelling) for reopening where the facilitator was after a restart.
SETTING_BIJEENKOMST = "laatste_bijeenkomst"
SETTING_VIEW = "laatste_weergave"
SQLITE_MAGIC = b"SQLite format 3\x00"


def new_id() -> str:
    import uuid  # on the first write, not at start-up

    return str(uuid.uuid4())


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


# -- opening -------------------------------------------------------------------------


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
        raise CorruptDatabase(_corrupt_message(name)) from exc
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
            raise CorruptDatabase(_corrupt_message(name))
        return int(version)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(_corrupt_message(name)) from exc
    finally:
        conn.close()


def _corrupt_message(name: str) -> str:
    return (
        f"Het bestand '{name}' is beschadigd en kan niet worden geopend. "
        "Het is niet veranderd. Zet een reservekopie terug of vraag hulp bij de beheerder."
    )


def _translate(exc: sqlite3.Error) -> StoreError | None:
    """Map a known SQLite failure to a Dutch StoreError; None for bugs."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            "De database is bezet door een ander programma of een tweede Wijkpraat-venster. "
            "Sluit dat andere venster en probeer het opnieuw. Er is niets verloren."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseReadOnly(
            "Wijkpraat mag niet schrijven in deze database (alleen-lezen). "
            "Kopieer het bestand naar een map waar u mag schrijven, bijvoorbeeld Documenten."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            "De schijf is vol. Maak ruimte vrij (bijvoorbeeld oude downloads verwijderen) "
            "en probeer het opnieuw. Wat al was opgeslagen, is bewaard."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabase(_corrupt_message("database"))
    if "unable to open" in text:
        return DatabaseReadOnly(
            "Wijkpraat kan de database niet openen of aanmaken op deze plek. "
            "Kies een map waar u mag schrijven."
        )
    return None


@contextlib.contextmanager
def known_errors() -> Iterator[None]:
    """Turn known SQLite failures inside the block into Dutch StoreErrors."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # a bug: inputs are validated before they reach SQL
    except sqlite3.Error as exc:
        translated = _translate(exc)
        if translated is None:
            raise
        raise translated from exc


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, timeout=5.0)
    conn.row_factory = sqlite3.Row
    return conn


class Store:
    """A Wijkpraat database. Open with `Store.open(path)` or `Store.open_readonly(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._db: sqlite_utils.Database | None = None

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        path = Path(path)
        if path.exists():
            inspect_file(path)
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
                if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    ran = migrate(store.db)
                    log.info("migrated %s to schema %d (%d steps)", path, SCHEMA_VERSION, ran)
            except BaseException:
                conn.close()
                raise
        return store

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """Open for reading only: nothing in the file can change."""
        path = Path(path)
        if not path.exists():
            raise DatabaseMissing(f"Het bestand '{path}' bestaat niet.")
        version = inspect_file(path)
        if version == 0:
            raise ForeignDatabase(
                f"Het bestand '{path.name}' is een lege database, nog zonder gegevens."
            )
        with known_errors():
            conn = _connect(readonly_uri(path), uri=True)
            conn.execute("PRAGMA query_only = ON")
        return cls(conn, path, readonly=True)

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, for writes and migrations.

        Imported on first use: sqlite-utils costs ~50 ms to import, and start-up only reads.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- status ------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity(self) -> str:
        """'ok', or SQLite's description of what is wrong."""
        with known_errors():
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return "ok" if rows == ["ok"] else "; ".join(rows)

    def counts(self) -> dict[str, int]:
        with known_errors():
            return {
                t: self.conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES
            }

    # -- generic helpers -----------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, committed when the block ends.

        BEGIN IMMEDIATE takes the write lock up front, so a second process writing at the
        same moment waits (busy timeout) instead of failing with "database is locked".
        Inside an outer transaction (the demo, an import) it is a savepoint.
        """
        if self.readonly:
            raise DatabaseReadOnly("Deze database is alleen-lezen geopend.")
        db = self.db
        if self.conn.in_transaction:
            with known_errors(), db.atomic():
                yield db
            return
        with known_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _insert(
        self, table: str, cls: type[R], values: dict[str, Any], *, ignore: bool = False
    ) -> R:
        values.setdefault("id", new_id())
        with self._write() as db:
            db.table(table).insert(values, ignore=ignore)
        return self._get(table, cls, values["id"])

    def _get(self, table: str, cls: type[R], row_id: str) -> R:
        with known_errors():
            row = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise InvalidInput(f"Niet gevonden: {table} {row_id}. Is het al verwijderd?")
        return from_row(cls, dict(row))

    def _select(self, cls: type[R], sql: str, params: Iterable[Any] = ()) -> list[R]:
        with known_errors():
            return [from_row(cls, dict(row)) for row in self.conn.execute(sql, list(params))]

    def _update(self, table: str, cls: type[R], row_id: str, changes: Mapping[str, Any]) -> R:
        self._get(table, cls, row_id)
        if changes:
            with self._write() as db:
                db.table(table).update(row_id, {**changes, "bijgewerkt": now()})
        return self._get(table, cls, row_id)

    def _next_order(self, table: str, where: str, params: list[Any]) -> int:
        sql = f"SELECT coalesce(max(volgorde), 0) + 1 FROM [{table}] WHERE {where}"
        with known_errors():
            return int(self.conn.execute(sql, params).fetchone()[0])

    # -- gebied --------------------------------------------------------------------------
    def add_gebied(
        self,
        naam: str,
        soort: str,
        gebiedsteam: str = "",
        notities: str = "",
        *,
        id: str | None = None,
    ) -> Gebied:
        stamp = now()
        values = {
            "naam": check.text(naam, "de naam van het gebied", max_len=200),
            "soort": check.choice(soort, SOORTEN_GEBIED, "Soort"),
            "gebiedsteam": check.text(gebiedsteam, "het gebiedsteam", required=False, max_len=200),
            "notities": check.text(notities, "de notities", required=False),
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        if id:
            values["id"] = id
        return self._insert("gebied", Gebied, values, ignore=bool(id))

    def gebieden(self) -> list[Gebied]:
        return self._select(Gebied, "SELECT * FROM gebied ORDER BY naam COLLATE NOCASE, id")

    def gebied(self, gebied_id: str) -> Gebied:
        return self._get("gebied", Gebied, gebied_id)

    def update_gebied(self, gebied_id: str, **changes: Any) -> Gebied:
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "naam":
                clean[key] = check.text(value, "de naam van het gebied", max_len=200)
            elif key == "soort":
                clean[key] = check.choice(value, SOORTEN_GEBIED, "Soort")
            elif key in ("gebiedsteam", "notities"):
                clean[key] = check.text(value, key, required=False)
            else:
                raise TypeError(f"unknown gebied field: {key}")
        return self._update("gebied", Gebied, gebied_id, clean)

    # -- bijeenkomst -------------------------------------------------------------------------
    def add_bijeenkomst(
        self,
        gebied_id: str,
        titel: str,
        datum: str | dt.date,
        *,
        locatie: str = "",
        vorm: str = "tafel",
        stap: int = 1,
        archetype: str | None = None,
        follow_up_url: str | None = None,
        content_versie: str | None = None,
        status: str = "gepland",
        aantal_deelnemers: int | None = None,
        id: str | None = None,
    ) -> Bijeenkomst:
        if content_versie is None:
            from app.content import default_pack

            content_versie = default_pack().version
        self.gebied(gebied_id)
        stamp = now()
        values = {
            "gebied_id": gebied_id,
            "content_versie": content_versie,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
            **self._clean_bijeenkomst(
                titel=titel,
                datum=datum,
                locatie=locatie,
                vorm=vorm,
                stap=stap,
                archetype=archetype,
                follow_up_url=follow_up_url,
                status=status,
                aantal_deelnemers=aantal_deelnemers,
            ),
        }
        if id:
            values["id"] = id
        return self._insert("bijeenkomst", Bijeenkomst, values, ignore=bool(id))

    @staticmethod
    def _clean_bijeenkomst(**fields: Any) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "titel":
                clean[key] = check.text(value, "de titel", max_len=200)
            elif key == "datum":
                clean[key] = check.iso_date(value)
            elif key in ("locatie", "notities"):
                clean[key] = check.text(value, key, required=False)
            elif key == "vorm":
                clean[key] = check.choice(value, VORMEN, "De vorm")
            elif key == "stap":
                if value not in (1, 2, 3):
                    raise InvalidInput("De stap moet 1, 2 of 3 zijn.")
                clean[key] = value
            elif key in ("archetype", "huidige_vraag"):
                clean[key] = value or None
            elif key == "follow_up_url":
                clean[key] = check.url(value)
            elif key == "status":
                clean[key] = check.choice(value, STATUS_BIJEENKOMST, "De status")
            elif key == "aantal_deelnemers":
                clean[key] = None if value is None else check.count(value, "Het aantal deelnemers")
            else:
                raise TypeError(f"unknown bijeenkomst field: {key}")
        return clean

    def bijeenkomsten(self, gebied_id: str | None = None) -> list[Bijeenkomst]:
        """Newest first."""
        if gebied_id is None:
            return self._select(
                Bijeenkomst, "SELECT * FROM bijeenkomst ORDER BY datum DESC, aangemaakt DESC"
            )
        return self._select(
            Bijeenkomst,
            "SELECT * FROM bijeenkomst WHERE gebied_id = ? ORDER BY datum DESC, aangemaakt DESC",
            [gebied_id],
        )

    def bijeenkomst(self, bijeenkomst_id: str) -> Bijeenkomst:
        return self._get("bijeenkomst", Bijeenkomst, bijeenkomst_id)

    def latest_bijeenkomst(self) -> Bijeenkomst | None:
        """The bijeenkomst worked on most recently (for `--bijeenkomst latest`)."""
        rows = self._select(
            Bijeenkomst, "SELECT * FROM bijeenkomst ORDER BY bijgewerkt DESC LIMIT 1"
        )
        return rows[0] if rows else None

    def update_bijeenkomst(self, bijeenkomst_id: str, **changes: Any) -> Bijeenkomst:
        return self._update(
            "bijeenkomst", Bijeenkomst, bijeenkomst_id, self._clean_bijeenkomst(**changes)
        )

    # -- inbreng -------------------------------------------------------------------------
    def add_inbreng(
        self,
        bijeenkomst_id: str,
        vraag_id: str,
        tekst: str,
        soort: str | None = None,
        *,
        stippen: int = 0,
        id: str | None = None,
    ) -> Inbreng:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "vraag_id": check.text(vraag_id, "de vraag"),
            "tekst": check.text(tekst, "de inbreng"),
            "soort": check.choice(soort, INBRENG_SOORTEN, "De soort", required=False),
            "stippen": check.count(stippen, "Het aantal stippen"),
            "volgorde": self._next_order(
                "inbreng", "bijeenkomst_id = ? AND vraag_id = ?", [bijeenkomst_id, vraag_id]
            ),
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        self.bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("inbreng", records.Inbreng, values, ignore=bool(id))

    def inbreng(
        self, bijeenkomst_id: str, vraag_id: str | None = None, *, include_deleted: bool = False
    ) -> list[Inbreng]:
        sql = "SELECT * FROM inbreng WHERE bijeenkomst_id = ?"
        params: list[Any] = [bijeenkomst_id]
        if vraag_id is not None:
            sql += " AND vraag_id = ?"
            params.append(vraag_id)
        if not include_deleted:
            sql += " AND verwijderd IS NULL"
        return self._select(
            records.Inbreng, sql + " ORDER BY vraag_id, volgorde, aangemaakt", params
        )

    def update_inbreng(self, inbreng_id: str, **changes: Any) -> Inbreng:
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "tekst":
                clean[key] = check.text(value, "de inbreng")
            elif key == "soort":
                clean[key] = check.choice(value, INBRENG_SOORTEN, "De soort", required=False)
            elif key in ("stippen", "volgorde"):
                clean[key] = check.count(value, key)
            elif key == "prive":
                clean[key] = int(bool(value))
            else:
                raise TypeError(f"unknown inbreng field: {key}")
        return self._update("inbreng", records.Inbreng, inbreng_id, clean)

    def move_inbreng(self, inbreng_id: str, delta: int) -> None:
        """Move an item up (-1) or down (+1) among the inbreng of its question."""
        item = self._get("inbreng", records.Inbreng, inbreng_id)
        siblings = [i for i in self.inbreng(item.bijeenkomst_id, item.vraag_id)]
        ids = [i.id for i in siblings]
        pos = ids.index(item.id)
        new = pos + delta
        if not 0 <= new < len(ids):
            return
        ids.insert(new, ids.pop(pos))
        with self._write() as db:
            for order, row_id in enumerate(ids, start=1):
                db.table("inbreng").update(row_id, {"volgorde": order})

    def delete_inbreng(self, inbreng_id: str) -> Inbreng:
        """Soft delete, so undo (and a later look) can bring the words back."""
        return self._update("inbreng", records.Inbreng, inbreng_id, {"verwijderd": now()})

    def restore_inbreng(self, inbreng_id: str) -> Inbreng:
        return self._update("inbreng", records.Inbreng, inbreng_id, {"verwijderd": None})

    # -- stemming (hand-count tallies) -----------------------------------------------------
    def set_stemming(self, bijeenkomst_id: str, vraag_id: str, optie: str, aantal: int) -> Stemming:
        optie = check.text(optie, "de optie", max_len=200)
        aantal = check.count(aantal, "Het aantal")
        self.bijeenkomst(bijeenkomst_id)
        with self._write() as db:
            existing = db.execute(
                "SELECT id FROM stemming WHERE bijeenkomst_id = ? AND vraag_id = ? AND optie = ?",
                [bijeenkomst_id, vraag_id, optie],
            ).fetchone()
            if existing:
                db.table("stemming").update(existing[0], {"aantal": aantal, "bijgewerkt": now()})
                row_id = existing[0]
            else:
                row_id = new_id()
                order = self._next_order(
                    "stemming", "bijeenkomst_id = ? AND vraag_id = ?", [bijeenkomst_id, vraag_id]
                )
                db.table("stemming").insert(
                    {
                        "id": row_id,
                        "bijeenkomst_id": bijeenkomst_id,
                        "vraag_id": vraag_id,
                        "optie": optie,
                        "aantal": aantal,
                        "volgorde": order,
                        "bijgewerkt": now(),
                    }
                )
        return self._get("stemming", records.Stemming, row_id)

    def stemmingen(self, bijeenkomst_id: str, vraag_id: str | None = None) -> list[Stemming]:
        sql = "SELECT * FROM stemming WHERE bijeenkomst_id = ?"
        params: list[Any] = [bijeenkomst_id]
        if vraag_id is not None:
            sql += " AND vraag_id = ?"
            params.append(vraag_id)
        return self._select(records.Stemming, sql + " ORDER BY vraag_id, volgorde", params)

    # -- kompas ----------------------------------------------------------------------------
    def set_kompas(
        self,
        bijeenkomst_id: str,
        waarde_id: str,
        *,
        nu: int | None = None,
        doel: int | None = None,
        toelichting: str = "",
    ) -> KompasScore:
        """Set the scores of one kompas waarde (replaces what was there)."""
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "waarde_id": check.text(waarde_id, "de kompaswaarde"),
            "nu": check.score(nu, "Hoe staat het nu"),
            "doel": check.score(doel, "Waar willen we heen"),
            "toelichting": check.text(toelichting, "de toelichting", required=False),
            "bijgewerkt": now(),
        }
        self.bijeenkomst(bijeenkomst_id)
        with self._write() as db:
            existing = db.execute(
                "SELECT id FROM kompas_score WHERE bijeenkomst_id = ? AND waarde_id = ?",
                [bijeenkomst_id, waarde_id],
            ).fetchone()
            values["id"] = existing[0] if existing else new_id()
            db.table("kompas_score").upsert(values, pk="id")
        return self._get("kompas_score", records.KompasScore, values["id"])

    def kompas_scores(self, bijeenkomst_id: str) -> list[KompasScore]:
        return self._select(
            records.KompasScore,
            "SELECT * FROM kompas_score WHERE bijeenkomst_id = ? ORDER BY waarde_id",
            [bijeenkomst_id],
        )

    # -- rolverdeling ----------------------------------------------------------------------
    def set_rol(
        self, bijeenkomst_id: str, thema: str, taak: str, actoren: Iterable[str]
    ) -> list[Rol]:
        """Set who does `taak` for `thema` (replaces that cell of the grid)."""
        thema = check.text(thema, "het thema", max_len=200)
        taak = check.choice(taak, TAKEN, "De taak")
        chosen = [check.choice(a, ACTOREN, "Wie") for a in dict.fromkeys(actoren)]
        self.bijeenkomst(bijeenkomst_id)
        with self._write() as db:
            db.execute(
                "DELETE FROM rolverdeling WHERE bijeenkomst_id = ? AND thema = ? AND taak = ?",
                [bijeenkomst_id, thema, taak],
            )
            db.table("rolverdeling").insert_all(
                {
                    "id": new_id(),
                    "bijeenkomst_id": bijeenkomst_id,
                    "thema": thema,
                    "taak": taak,
                    "actor": actor,
                    "bijgewerkt": now(),
                }
                for actor in chosen
            )
        return [r for r in self.rollen(bijeenkomst_id) if r.thema == thema and r.taak == taak]

    def rollen(self, bijeenkomst_id: str) -> list[Rol]:
        return self._select(
            records.Rol,
            "SELECT * FROM rolverdeling WHERE bijeenkomst_id = ? ORDER BY thema, taak, actor",
            [bijeenkomst_id],
        )

    # -- witte vlek --------------------------------------------------------------------------
    def add_witte_vlek(
        self,
        bijeenkomst_id: str,
        tekst: str,
        *,
        waarde_id: str | None = None,
        bouwsteen_id: str | None = None,
        vraag_id: str | None = None,
        id: str | None = None,
    ) -> WitteVlek:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "tekst": check.text(tekst, "de witte vlek"),
            "waarde_id": waarde_id,
            "bouwsteen_id": bouwsteen_id,
            "vraag_id": vraag_id,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        self.bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("witte_vlek", records.WitteVlek, values, ignore=bool(id))

    def witte_vlekken(self, bijeenkomst_id: str) -> list[WitteVlek]:
        return self._select(
            records.WitteVlek,
            "SELECT * FROM witte_vlek WHERE bijeenkomst_id = ? ORDER BY aangemaakt",
            [bijeenkomst_id],
        )

    # -- afspraak ----------------------------------------------------------------------------
    def add_afspraak(
        self,
        bijeenkomst_id: str,
        wat: str,
        *,
        wie: str = "",
        wanneer: str = "",
        instrument_id: str | None = None,
        waarde_id: str | None = None,
        bouwsteen_id: str | None = None,
        witte_vlek_id: str | None = None,
        status: str = "open",
        follow_up_url: str | None = None,
        id: str | None = None,
    ) -> Afspraak:
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "volgorde": self._next_order("afspraak", "bijeenkomst_id = ?", [bijeenkomst_id]),
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
            **self._clean_afspraak(
                wat=wat,
                wie=wie,
                wanneer=wanneer,
                instrument_id=instrument_id,
                waarde_id=waarde_id,
                bouwsteen_id=bouwsteen_id,
                witte_vlek_id=witte_vlek_id,
                status=status,
                follow_up_url=follow_up_url,
            ),
        }
        self.bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("afspraak", records.Afspraak, values, ignore=bool(id))

    @staticmethod
    def _clean_afspraak(**fields: Any) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "wat":
                clean[key] = check.text(value, "wat er wordt afgesproken")
            elif key in ("wie", "wanneer"):
                clean[key] = check.text(value, key, required=False, max_len=500)
            elif key in ("instrument_id", "waarde_id", "bouwsteen_id", "witte_vlek_id"):
                clean[key] = value or None
            elif key == "status":
                clean[key] = check.choice(value, STATUS_AFSPRAAK, "De status")
            elif key == "follow_up_url":
                clean[key] = check.url(value)
            elif key == "volgorde":
                clean[key] = check.count(value, key)
            else:
                raise TypeError(f"unknown afspraak field: {key}")
        return clean

    def afspraken(self, bijeenkomst_id: str) -> list[Afspraak]:
        return self._select(
            records.Afspraak,
            "SELECT * FROM afspraak WHERE bijeenkomst_id = ? ORDER BY volgorde, aangemaakt",
            [bijeenkomst_id],
        )

    def update_afspraak(self, afspraak_id: str, **changes: Any) -> Afspraak:
        return self._update(
            "afspraak", records.Afspraak, afspraak_id, self._clean_afspraak(**changes)
        )

    def delete_afspraak(self, afspraak_id: str) -> None:
        self._get("afspraak", records.Afspraak, afspraak_id)
        with self._write() as db:
            db.table("afspraak").delete(afspraak_id)

    # -- deelnemers and spreekbeurten ------------------------------------------------------
    def add_deelnemer(
        self,
        bijeenkomst_id: str,
        label: str,
        *,
        rol: str = "",
        groep: str = "",
        denkstijl: str | None = None,
        id: str | None = None,
    ) -> Deelnemer:
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "label": check.text(label, "een voornaam of stoelnummer", max_len=60),
            "rol": check.text(rol, "de rol", required=False, max_len=100),
            "groep": check.text(groep, "de groep", required=False, max_len=100),
            "denkstijl": check.choice(denkstijl, DENKSTIJLEN, "Doener of denker", required=False),
            "aangemaakt": now(),
        }
        self.bijeenkomst(bijeenkomst_id)
        if id:
            values["id"] = id
        return self._insert("deelnemer", records.Deelnemer, values, ignore=bool(id))

    def deelnemers(self, bijeenkomst_id: str) -> list[Deelnemer]:
        return self._select(
            records.Deelnemer,
            "SELECT * FROM deelnemer WHERE bijeenkomst_id = ? ORDER BY aangemaakt, label",
            [bijeenkomst_id],
        )

    def add_spreekbeurt(
        self,
        bijeenkomst_id: str,
        deelnemer_id: str,
        *,
        vraag_id: str | None,
        start: str,
        duur_s: float,
        gepast: bool = False,
    ) -> Spreekbeurt:
        if duur_s < 0:
            raise InvalidInput("Een spreekbeurt kan niet korter dan 0 seconden duren.")
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "deelnemer_id": deelnemer_id,
            "vraag_id": vraag_id,
            "start": start,
            "duur_s": float(duur_s),
            "gepast": int(gepast),
        }
        self._get("deelnemer", records.Deelnemer, deelnemer_id)
        return self._insert("spreekbeurt", records.Spreekbeurt, values)

    def spreekbeurten(self, bijeenkomst_id: str) -> list[Spreekbeurt]:
        return self._select(
            records.Spreekbeurt,
            "SELECT * FROM spreekbeurt WHERE bijeenkomst_id = ? ORDER BY start",
            [bijeenkomst_id],
        )

    # -- evaluatie (stap 3) -----------------------------------------------------------------
    def set_evaluatie(
        self, bijeenkomst_id: str, afspraak_id: str, status: str, reflectie: str = ""
    ) -> Evaluatie:
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "afspraak_id": afspraak_id,
            "status": check.choice(status, STATUS_AFSPRAAK, "De status"),
            "reflectie": check.text(reflectie, "de reflectie", required=False),
            "bijgewerkt": now(),
        }
        self.bijeenkomst(bijeenkomst_id)
        self._get("afspraak", records.Afspraak, afspraak_id)
        with self._write() as db:
            existing = db.execute(
                "SELECT id FROM evaluatie WHERE bijeenkomst_id = ? AND afspraak_id = ?",
                [bijeenkomst_id, afspraak_id],
            ).fetchone()
            values["id"] = existing[0] if existing else new_id()
            db.table("evaluatie").upsert(values, pk="id")
            # The afspraak itself carries its latest status.
            db.table("afspraak").update(
                afspraak_id, {"status": values["status"], "bijgewerkt": now()}
            )
        return self._get("evaluatie", records.Evaluatie, values["id"])

    def evaluaties(self, bijeenkomst_id: str) -> list[Evaluatie]:
        return self._select(
            records.Evaluatie,
            "SELECT * FROM evaluatie WHERE bijeenkomst_id = ? ORDER BY bijgewerkt",
            [bijeenkomst_id],
        )

    # -- settings (durable, unlike QSettings at a kill) ----------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with known_errors():
            row = self.conn.execute(
                "SELECT waarde FROM instelling WHERE sleutel = ?", [key]
            ).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self._write() as db:
            db.table("instelling").upsert(
                {"sleutel": key, "waarde": value, "bijgewerkt": now()}, pk="sleutel"
            )

    def earlier_bijeenkomsten(self, bijeenkomst_id: str) -> list[Bijeenkomst]:
        """Bijeenkomsten of the same gebied before this one, oldest first (for trends)."""
        current = self.bijeenkomst(bijeenkomst_id)
        return self._select(
            Bijeenkomst,
            """SELECT * FROM bijeenkomst WHERE gebied_id = ? AND id != ?
                 AND (datum < ? OR (datum = ? AND aangemaakt < ?))
               ORDER BY datum, aangemaakt""",
            [current.gebied_id, current.id, current.datum, current.datum, current.aangemaakt],
        )

    def earlier_afspraken(self, bijeenkomst_id: str) -> list[Afspraak]:
        """Afspraken of earlier bijeenkomsten of the same gebied (for stap 3)."""
        current = self.bijeenkomst(bijeenkomst_id)
        return self._select(
            records.Afspraak,
            """SELECT a.* FROM afspraak a JOIN bijeenkomst b ON b.id = a.bijeenkomst_id
               WHERE b.gebied_id = ? AND b.id != ?
                 AND (b.datum < ? OR (b.datum = ? AND b.aangemaakt < ?))
               ORDER BY b.datum, a.volgorde""",
            [current.gebied_id, current.id, current.datum, current.datum, current.aangemaakt],
        )
