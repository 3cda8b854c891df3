"""Wijkgeheugen: search everything a gebied ever said and agreed (SQLite FTS5).

Four sources are indexed, each by sqlite-utils' `enable_fts` as an external-content FTS5
table kept in step by triggers: inbreng (tekst), afspraak (wat, wie, wanneer), witte_vlek
(tekst) and evaluatie (reflectie). The tokenizer is `unicode61 remove_diacritics 2`, so
"Groninger" finds "groninger" and "Grönïnger". Every word typed is a prefix: "parkeer"
finds "parkeerplaats". All words must occur.

`setup_search(db)` is the one function that creates (or rebuilds) the index; the schema
migration calls it. Privé inbreng is in the index but only found with
`include_private=True` (the facilitator's own screen); deleted inbreng is never found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.store.base import StoreBase

if TYPE_CHECKING:
    import sqlite_utils

# table -> the columns in its index; the FTS table is named <table>_fts.
SEARCH_SOURCES: dict[str, tuple[str, ...]] = {
    "inbreng": ("tekst",),
    "afspraak": ("wat", "wie", "wanneer"),
    "witte_vlek": ("tekst",),
    "evaluatie": ("reflectie",),
}
TOKENIZE = "unicode61 remove_diacritics 2"
DEFAULT_LIMIT = 50
# What a hit is, in the order results of one bijeenkomst are listed.
BRONNEN = ("inbreng", "witte_vlek", "afspraak", "evaluatie")
BRON_LABELS = {
    "inbreng": "Inbreng",
    "witte_vlek": "Witte vlek",
    "afspraak": "Afspraak",
    "evaluatie": "Terugblik",
}


def setup_search(db: sqlite_utils.Database) -> None:
    """Create the FTS5 index of every source with its triggers, filled from the rows.

    Runs inside the caller's transaction (sqlite-utils does not commit there). With an
    index already there it is replaced, so calling it again is a full rebuild.
    """
    for table, columns in SEARCH_SOURCES.items():
        fts = f"{table}_fts"
        if db[fts].exists():
            db.table(table).disable_fts()
        db.table(table).enable_fts(
            list(columns), fts_version="FTS5", create_triggers=True, tokenize=TOKENIZE
        )


def fts_query(text: str) -> str:
    """The FTS5 query for what someone typed: every word, as a prefix, all required.

    Words are quoted, so FTS5 syntax (AND, NEAR, *, ", :) in the input is just text.
    """
    words = re.findall(r"\w+", text)
    if not words:
        raise InvalidInput("Typ een woord om te zoeken.")
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class Treffer:
    """One hit: what was found, and where (gebied, bijeenkomst, question)."""

    bron: str  # inbreng | witte_vlek | afspraak | evaluatie
    id: str  # the row's id in its table
    tekst: str  # what was said or agreed (for an afspraak: wat — wie, wanneer)
    vraag_id: str | None  # the question it answers (inbreng, witte vlek)
    prive: bool
    bijeenkomst_id: str
    bijeenkomst_titel: str
    datum: str
    gebied_id: str
    gebied_naam: str
    gebied_soort: str


@dataclass(frozen=True)
class Zoekresultaat:
    """The first `limit` hits, newest bijeenkomst first; `meer` when there are more."""

    vraag: str
    treffers: tuple[Treffer, ...]
    meer: bool

    def per_bijeenkomst(self) -> list[tuple[str, list[Treffer]]]:
        """The hits grouped by bijeenkomst, in the order found (newest first)."""
        groups: dict[str, list[Treffer]] = {}
        for t in self.treffers:
            groups.setdefault(t.bijeenkomst_id, []).append(t)
        return list(groups.items())


# One SELECT per source, all with the same columns; ORDER BY over their UNION ALL.
_COLUMNS = """b.id AS bijeenkomst_id, b.titel AS bijeenkomst_titel, b.datum AS datum,
    b.aangemaakt AS b_aangemaakt, g.id AS gebied_id, g.naam AS gebied_naam,
    g.soort AS gebied_soort"""
_WHERE_GEBIED = "(:gebied IS NULL OR b.gebied_id = :gebied)"
_SQL = f"""
SELECT 'inbreng' AS bron, 0 AS bron_nr, x.id AS id, x.tekst AS tekst, '' AS wie, '' AS wanneer,
       x.vraag_id AS vraag_id, x.prive AS prive, x.volgorde AS volgorde, {_COLUMNS}
  FROM inbreng_fts f JOIN inbreng x ON x.rowid = f.rowid
  JOIN bijeenkomst b ON b.id = x.bijeenkomst_id JOIN gebied g ON g.id = b.gebied_id
 WHERE inbreng_fts MATCH :q AND x.verwijderd IS NULL AND (:prive OR x.prive = 0)
   AND {_WHERE_GEBIED}
UNION ALL
SELECT 'witte_vlek', 1, x.id, x.tekst, '', '', x.vraag_id, 0, 0, {_COLUMNS}
  FROM witte_vlek_fts f JOIN witte_vlek x ON x.rowid = f.rowid
  JOIN bijeenkomst b ON b.id = x.bijeenkomst_id JOIN gebied g ON g.id = b.gebied_id
 WHERE witte_vlek_fts MATCH :q AND {_WHERE_GEBIED}
UNION ALL
SELECT 'afspraak', 2, x.id, x.wat, x.wie, x.wanneer, NULL, 0, x.volgorde, {_COLUMNS}
  FROM afspraak_fts f JOIN afspraak x ON x.rowid = f.rowid
  JOIN bijeenkomst b ON b.id = x.bijeenkomst_id JOIN gebied g ON g.id = b.gebied_id
 WHERE afspraak_fts MATCH :q AND {_WHERE_GEBIED}
UNION ALL
SELECT 'evaluatie', 3, x.id, x.reflectie, '', '', NULL, 0, 0, {_COLUMNS}
  FROM evaluatie_fts f JOIN evaluatie x ON x.rowid = f.rowid
  JOIN bijeenkomst b ON b.id = x.bijeenkomst_id JOIN gebied g ON g.id = b.gebied_id
 WHERE evaluatie_fts MATCH :q AND {_WHERE_GEBIED}
ORDER BY datum DESC, b_aangemaakt DESC, bijeenkomst_id, bron_nr, vraag_id, volgorde, id
LIMIT :limit
"""


class SearchTables(StoreBase):
    """The wijkgeheugen: `search()` over the FTS5 index of `setup_search`."""

    def has_search_index(self) -> bool:
        rows = self.query(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
            f"({', '.join('?' for _ in SEARCH_SOURCES)})",
            [f"{t}_fts" for t in SEARCH_SOURCES],
        )
        return int(rows[0][0]) == len(SEARCH_SOURCES)

    def search(
        self,
        text: str,
        *,
        gebied_id: str | None = None,
        include_private: bool = False,
        limit: int = DEFAULT_LIMIT,
    ) -> Zoekresultaat:
        """The first `limit` hits for `text`, grouped by bijeenkomst, newest first.

        Privé inbreng only with `include_private` (the facilitator's screen, never an
        export or a shared list).
        """
        query = fts_query(text)
        if not self.has_search_index():
            raise InvalidInput(
                "Deze database heeft nog geen zoekindex. Open hem eerst één keer met deze "
                "versie van Wijkpraat."
            )
        rows = self.query(
            _SQL,
            {
                "q": query,
                "prive": int(include_private),
                "gebied": gebied_id,
                "limit": limit + 1,
            },
        )
        treffers = tuple(_treffer(row) for row in rows[:limit])
        return Zoekresultaat(vraag=text.strip(), treffers=treffers, meer=len(rows) > limit)

    def search_index_ok(self) -> bool:
        """FTS5's own integrity check of every index against its table."""
        try:
            for table in SEARCH_SOURCES:
                fts = f"{table}_fts"
                self.query(f"INSERT INTO [{fts}]([{fts}], rank) VALUES ('integrity-check', 1)")
        except Exception:  # the check raises SQLITE_CORRUPT_VTAB when they differ
            return False
        return True


def _treffer(row: object) -> Treffer:
    r = dict(row)  # type: ignore[call-overload]
    tekst = str(r["tekst"])
    if r["bron"] == "afspraak":
        extra = ", ".join(v for v in (r["wie"], r["wanneer"]) if v)
        tekst = f"{tekst} — {extra}" if extra else tekst
    return Treffer(
        bron=str(r["bron"]),
        id=str(r["id"]),
        tekst=tekst,
        vraag_id=r["vraag_id"],
        prive=bool(r["prive"]),
        bijeenkomst_id=str(r["bijeenkomst_id"]),
        bijeenkomst_titel=str(r["bijeenkomst_titel"]),
        datum=str(r["datum"]),
        gebied_id=str(r["gebied_id"]),
        gebied_naam=str(r["gebied_naam"]),
        gebied_soort=str(r["gebied_soort"]),
    )
