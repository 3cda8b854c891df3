"""The database schema as ordered migrations; the version is `PRAGMA user_version`.

Each migration runs in one transaction together with the `user_version` bump, so a
database is always at exactly one known version. Never edit a released migration: add a
new one at the end.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# Values the database accepts; the same lists drive the forms in the GUI.
SOORTEN_GEBIED = ("wijk", "dorp")
VORMEN = ("kampvuur", "projectie", "tafel")
STATUS_BIJEENKOMST = ("gepland", "bezig", "afgesloten")
INBRENG_SOORTEN = ("sterkte", "zwakte", "kans", "bedreiging", "idee", "zorg")
TAKEN = ("regisseert", "organiseert", "beslist", "voert_uit")
ACTOREN = (
    "bewoners",
    "bewonersorganisatie",
    "gebiedsteam",
    "college",
    "gemeenteraad",
    "partner",
)
STATUS_AFSPRAAK = ("open", "loopt", "gedaan", "gestopt")
DENKSTIJLEN = ("doener", "denker")


def _in(column: str, values: tuple[str, ...], nullable: bool = False) -> str:
    allowed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({allowed})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


_V1 = f"""
CREATE TABLE gebied (
    id TEXT PRIMARY KEY,
    naam TEXT NOT NULL CHECK (length(trim(naam)) > 0),
    soort TEXT NOT NULL {_in("soort", SOORTEN_GEBIED)},
    gebiedsteam TEXT NOT NULL DEFAULT '',
    notities TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
CREATE TABLE bijeenkomst (
    id TEXT PRIMARY KEY,
    gebied_id TEXT NOT NULL REFERENCES gebied(id) ON DELETE CASCADE,
    titel TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    datum TEXT NOT NULL,
    locatie TEXT NOT NULL DEFAULT '',
    vorm TEXT NOT NULL DEFAULT 'tafel' {_in("vorm", VORMEN)},
    stap INTEGER NOT NULL DEFAULT 1 CHECK (stap BETWEEN 1 AND 3),
    archetype TEXT,
    follow_up_url TEXT,
    content_versie TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'gepland' {_in("status", STATUS_BIJEENKOMST)},
    huidige_vraag TEXT,
    aantal_deelnemers INTEGER CHECK (aantal_deelnemers IS NULL OR aantal_deelnemers >= 0),
    notities TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
CREATE INDEX idx_bijeenkomst_gebied ON bijeenkomst(gebied_id, datum);
CREATE TABLE inbreng (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    tekst TEXT NOT NULL,
    soort TEXT {_in("soort", INBRENG_SOORTEN, nullable=True)},
    volgorde INTEGER NOT NULL DEFAULT 0,
    stippen INTEGER NOT NULL DEFAULT 0 CHECK (stippen >= 0),
    prive INTEGER NOT NULL DEFAULT 0 CHECK (prive IN (0, 1)),
    verwijderd TEXT,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
CREATE INDEX idx_inbreng_vraag ON inbreng(bijeenkomst_id, vraag_id, volgorde);
CREATE TABLE stemming (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    optie TEXT NOT NULL CHECK (length(trim(optie)) > 0),
    aantal INTEGER NOT NULL DEFAULT 0 CHECK (aantal >= 0),
    volgorde INTEGER NOT NULL DEFAULT 0,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, vraag_id, optie)
);
CREATE TABLE kompas_score (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    waarde_id TEXT NOT NULL,
    nu INTEGER CHECK (nu IS NULL OR nu BETWEEN 1 AND 5),
    doel INTEGER CHECK (doel IS NULL OR doel BETWEEN 1 AND 5),
    toelichting TEXT NOT NULL DEFAULT '',
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, waarde_id)
);
CREATE TABLE rolverdeling (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    thema TEXT NOT NULL CHECK (length(trim(thema)) > 0),
    taak TEXT NOT NULL {_in("taak", TAKEN)},
    actor TEXT NOT NULL {_in("actor", ACTOREN)},
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, thema, taak, actor)
);
CREATE TABLE witte_vlek (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    tekst TEXT NOT NULL CHECK (length(trim(tekst)) > 0),
    waarde_id TEXT,
    bouwsteen_id TEXT,
    vraag_id TEXT,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
CREATE TABLE afspraak (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    wat TEXT NOT NULL CHECK (length(trim(wat)) > 0),
    wie TEXT NOT NULL DEFAULT '',
    wanneer TEXT NOT NULL DEFAULT '',
    instrument_id TEXT,
    waarde_id TEXT,
    bouwsteen_id TEXT,
    witte_vlek_id TEXT REFERENCES witte_vlek(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'open' {_in("status", STATUS_AFSPRAAK)},
    follow_up_url TEXT,
    volgorde INTEGER NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
);
CREATE INDEX idx_afspraak_bijeenkomst ON afspraak(bijeenkomst_id, volgorde);
CREATE TABLE deelnemer (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    rol TEXT NOT NULL DEFAULT '',
    groep TEXT NOT NULL DEFAULT '',
    denkstijl TEXT {_in("denkstijl", DENKSTIJLEN, nullable=True)},
    aangemaakt TEXT NOT NULL
);
CREATE TABLE spreekbeurt (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    deelnemer_id TEXT NOT NULL REFERENCES deelnemer(id) ON DELETE CASCADE,
    vraag_id TEXT,
    start TEXT NOT NULL,
    duur_s REAL NOT NULL DEFAULT 0 CHECK (duur_s >= 0),
    gepast INTEGER NOT NULL DEFAULT 0 CHECK (gepast IN (0, 1))
);
CREATE TABLE evaluatie (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    afspraak_id TEXT NOT NULL REFERENCES afspraak(id) ON DELETE CASCADE,
    status TEXT NOT NULL {_in("status", STATUS_AFSPRAAK)},
    reflectie TEXT NOT NULL DEFAULT '',
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, afspraak_id)
);
"""

# The tables a Wijkpraat database holds, in the order the README documents them.
TABLES = (
    "gebied",
    "bijeenkomst",
    "inbreng",
    "stemming",
    "kompas_score",
    "rolverdeling",
    "witte_vlek",
    "afspraak",
    "deelnemer",
    "spreekbeurt",
    "evaluatie",
    "instelling",
    "thema",
    "tafel",
    "draaiboek",
    "draaiboek_vraag",
    "notitie",
    "foto",
)


def _migration_1(db: sqlite_utils.Database) -> None:
    # Not executescript(): it would COMMIT and break the one-transaction rule.
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute(statement)


def _migration_2(db: sqlite_utils.Database) -> None:
    """Settings that must survive a kill, such as where the facilitator was."""
    db.execute(
        "CREATE TABLE instelling (sleutel TEXT PRIMARY KEY, waarde TEXT, bijgewerkt TEXT NOT NULL)"
    )


# `PRAGMA application_id` of every Wijkpraat database: "WjkP". Registered here, in one
# place; a file with another id (or none, unless it is an earlier Wijkpraat's) is refused.
APPLICATION_ID = 0x576A6B50


def _migration_mark(db: sqlite_utils.Database) -> None:
    """Mark the file as ours, so no other program's SQLite file passes as a Wijkpraat one."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _migration_thema(db: sqlite_utils.Database) -> None:
    """Zeggenschap per thema, and afspraken tied to a thema and to what they secure.

    Seed 003: the accent "kan overigens per thema en fase van een proces verschillen".
    A thema row holds the archetype of that thema (NULL: the bijeenkomst's choice); its
    `thema` text is the key the rolverdeling uses. An afspraak may name its thema (NULL: all
    thema's) and its `borging_id`, the kind of afspraak from the content pack's
    congruentie (verantwoording, controle, representatie, kaders, rol van de raad …).
    """
    db.execute(
        """CREATE TABLE thema (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    thema TEXT NOT NULL CHECK (length(trim(thema)) > 0),
    archetype TEXT,
    volgorde INTEGER NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, thema)
)"""
    )
    db.execute("ALTER TABLE afspraak ADD COLUMN thema TEXT")
    db.execute("ALTER TABLE afspraak ADD COLUMN borging_id TEXT")


def _migration_search(db: sqlite_utils.Database) -> None:
    """The wijkgeheugen: the FTS5 index and its triggers, filled from the rows there are."""
    from app.store.search import setup_search

    setup_search(db)


def _migration_tafels(db: sqlite_utils.Database) -> None:
    """Tafels (seed 001): named tables with a gespreksleider; inbreng and hand counts per tafel.

    An inbreng's `tafel_id` is NULL when it was said plenary (or its tafel was removed:
    the words stay). A stemming row counts for one tafel (NULL: plenary), so the table is
    rebuilt: UNIQUE (bijeenkomst, vraag, optie) becomes unique per tafel too, through an
    index on ifnull(tafel_id, '') because SQLite treats NULLs in a UNIQUE as distinct.
    """
    db.execute(
        """CREATE TABLE tafel (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    titel TEXT NOT NULL CHECK (length(trim(titel)) > 0),
    gespreksleider TEXT NOT NULL DEFAULT '',
    volgorde INTEGER NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, titel)
)"""
    )
    db.execute(
        "ALTER TABLE inbreng ADD COLUMN tafel_id TEXT REFERENCES tafel(id) ON DELETE SET NULL"
    )
    db.execute("CREATE INDEX idx_inbreng_tafel ON inbreng(tafel_id)")
    columns = "id, bijeenkomst_id, vraag_id, optie, aantal, volgorde, bijgewerkt"
    db.execute(
        """CREATE TABLE stemming_nieuw (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    optie TEXT NOT NULL CHECK (length(trim(optie)) > 0),
    aantal INTEGER NOT NULL DEFAULT 0 CHECK (aantal >= 0),
    volgorde INTEGER NOT NULL DEFAULT 0,
    bijgewerkt TEXT NOT NULL,
    tafel_id TEXT REFERENCES tafel(id) ON DELETE CASCADE
)"""
    )
    db.execute(f"INSERT INTO stemming_nieuw ({columns}) SELECT {columns} FROM stemming")
    db.execute("DROP TABLE stemming")
    db.execute("ALTER TABLE stemming_nieuw RENAME TO stemming")
    db.execute(
        "CREATE UNIQUE INDEX idx_stemming_optie"
        " ON stemming(bijeenkomst_id, vraag_id, optie, ifnull(tafel_id, ''))"
    )


# Minutes a question of the draaiboek may get (the whole evening is rarely over 3 hours).
MINUTEN_MIN, MINUTEN_MAX = 1, 180


def _migration_draaiboek(db: sqlite_utils.Database) -> None:
    """The draaiboek of a bijeenkomst: doel, kader and proces in a few plain sentences,
    and the questions chosen for the evening, in order, each with its minutes.

    A bijeenkomst without a `draaiboek` row and without chosen questions runs as before
    (the opening and the kernvragen). An unchosen question keeps its row (gekozen 0), so
    unchoosing travels through export and import like any other edit (newest wins).
    """
    db.execute(
        """CREATE TABLE draaiboek (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL UNIQUE REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    doel TEXT NOT NULL DEFAULT '',
    kader TEXT NOT NULL DEFAULT '',
    proces TEXT NOT NULL DEFAULT '',
    begintijd TEXT NOT NULL DEFAULT ''
        CHECK (begintijd = '' OR begintijd GLOB '[0-2][0-9]:[0-5][0-9]'),
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
)"""
    )
    db.execute(
        f"""CREATE TABLE draaiboek_vraag (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    volgorde INTEGER NOT NULL DEFAULT 0,
    minuten INTEGER NOT NULL CHECK (minuten BETWEEN {MINUTEN_MIN} AND {MINUTEN_MAX}),
    gekozen INTEGER NOT NULL DEFAULT 1 CHECK (gekozen IN (0, 1)),
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, vraag_id)
)"""
    )


# Kinds of image a foto row may hold (what comes in is made JPEG: app.store.images).
FOTO_MIMES = ("image/jpeg", "image/png")


def _migration_fotos(db: sqlite_utils.Database) -> None:
    """The facilitator's private note per question, and photos stored in the file.

    A `notitie` is one per bijeenkomst and question (the note of the bijeenkomst as a
    whole stays `bijeenkomst.notities`); private like that one: never on the projector,
    in an export only with "met notities". A `foto` (the flip-over, the poster with
    stickers) belongs to a bijeenkomst and optionally to one question; `data` holds the
    image, already scaled and without EXIF (app.store.images), so the one file that
    moves between laptops and is backed up holds the photos too.
    """
    db.execute(
        """CREATE TABLE notitie (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT NOT NULL,
    tekst TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL,
    UNIQUE (bijeenkomst_id, vraag_id)
)"""
    )
    db.execute(
        f"""CREATE TABLE foto (
    id TEXT PRIMARY KEY,
    bijeenkomst_id TEXT NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    vraag_id TEXT,
    bijschrift TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL {_in("mime", FOTO_MIMES)},
    breedte INTEGER NOT NULL CHECK (breedte > 0),
    hoogte INTEGER NOT NULL CHECK (hoogte > 0),
    grootte INTEGER NOT NULL CHECK (grootte > 0),
    data BLOB NOT NULL,
    volgorde INTEGER NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL,
    bijgewerkt TEXT NOT NULL
)"""
    )
    db.execute("CREATE INDEX idx_foto_bijeenkomst ON foto(bijeenkomst_id, volgorde)")


def _migration_feiten(db: sqlite_utils.Database) -> None:
    """The meeting facts the follow-up platforms ask for at closing (Decidim's "Close
    meeting"): the number of contributions and the attending organisations (free text).
    The number of attendees is `aantal_deelnemers`, there from the start. NULL / '': not
    entered; the verslag then counts the inbreng itself."""
    db.execute(
        "ALTER TABLE bijeenkomst ADD COLUMN aantal_bijdragen INTEGER"
        " CHECK (aantal_bijdragen IS NULL OR aantal_bijdragen >= 0)"
    )
    db.execute("ALTER TABLE bijeenkomst ADD COLUMN organisaties TEXT NOT NULL DEFAULT ''")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_mark,
    _migration_thema,
    _migration_search,
    _migration_tafels,
    _migration_draaiboek,
    _migration_fotos,
    _migration_feiten,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Files at a lower user_version were made before the mark existed: they may carry
# application_id 0, but then must hold exactly our tables and columns of their version.
MARKED_FROM = MIGRATIONS.index(_migration_mark) + 1


@functools.cache
def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """Every table and its columns (in order) of a Wijkpraat database at `version`."""
    conn = sqlite3.connect(":memory:")
    try:
        import sqlite_utils

        db = sqlite_utils.Database(conn, execute_plugins=False)
        for step in MIGRATIONS[:version]:
            step(db)
        return table_columns(conn)
    finally:
        conn.close()


def table_columns(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """The tables (but SQLite's own) of an open database and their columns, in order."""
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not r[0].startswith("sqlite_")
    ]
    return {
        name: tuple(r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")) for name in names
    }


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the number of migrations run."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    ran = 0
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        ran += 1
    return ran
