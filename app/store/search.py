"""Wijkgeheugen: search everything a gebied ever said and agreed (SQLite FTS5).

One FTS5 table, `zoekindex`, holds four sources: inbreng (tekst; deleted inbreng is left
out), afspraak (wat, wie, wanneer), witte_vlek (tekst) and evaluatie (reflectie). The
tokenizer is `unicode61 remove_diacritics 2`, so "Groninger" finds "groninger" and
"Grönïnger". Every word typed is a prefix ("parkeer" finds "parkeerplaats"); all words
must occur.

Newest first, fast: the rowid of an index row *is* its sort key, the day of its
bijeenkomst and then the source row (`_KEY`). FTS5 walks a word's hits in rowid order by
itself, so `ORDER BY rowid DESC LIMIT 51` stops after the newest 51 and never sorts all
hits, however common the word (sqlite-utils' `enable_fts` keys the index by the source
table's rowid, which would need every hit joined and sorted: 1.1 s for a word in 1 of
10 rows of a million). Triggers keep the index in step with every insert, update and
delete, and re-key a bijeenkomst's rows when its datum changes. `setup_search(db)` is the
one function that creates (or rebuilds) index and triggers; a migration calls it.

Privé inbreng is in the index, but only found with `include_private=True` (the
facilitator's own screen), never in what is shared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from app.store.base import StoreBase

if TYPE_CHECKING:
    import sqlite_utils

TOKENIZE = "unicode61 remove_diacritics 2"
DEFAULT_LIMIT = 50
INDEX = "zoekindex"
# What a hit is; the order of results within one bijeenkomst.
BRONNEN = ("inbreng", "witte_vlek", "afspraak", "evaluatie")
BRON_LABELS = {
    "inbreng": "Inbreng",
    "witte_vlek": "Witte vlek",
    "afspraak": "Afspraak",
    "evaluatie": "Terugblik",
}
# source -> (its code in the key: higher comes first within a day, the text indexed,
#            the condition for a row to be in the index, privé)
_SOURCES: dict[str, tuple[int, str, str, str]] = {
    "inbreng": (3, "{r}.tekst", "{r}.verwijderd IS NULL", "{r}.prive"),
    "witte_vlek": (2, "{r}.tekst", "1", "0"),
    "afspraak": (1, "{r}.wat || ' ' || {r}.wie || ' ' || {r}.wanneer", "1", "0"),
    "evaluatie": (0, "{r}.reflectie", "{r}.reflectie != ''", "0"),
}
# Days since 1900-01-01 (julianday 2415020.5), then the source, then the source's rowid.
_KEY = (
    "((CAST(julianday({datum}) AS INTEGER) - 2415020) << 34)"
    " | ({code} << 32) | ({r}.rowid & 4294967295)"
)


def _key(source: str, r: str, datum: str) -> str:
    return _KEY.format(datum=datum, code=_SOURCES[source][0], r=r)


def _datum_of(r: str) -> str:
    return f"(SELECT datum FROM bijeenkomst WHERE id = {r}.bijeenkomst_id)"


def _gebied_of(r: str) -> str:
    return f"(SELECT gebied_id FROM bijeenkomst WHERE id = {r}.bijeenkomst_id)"


def _rows_sql(source: str, r: str, datum: str, gebied: str, where: str) -> str:
    """SELECT the index rows of `source` (alias `r`) that meet `where`."""
    _code, text, keep, prive = _SOURCES[source]
    return (
        f"SELECT {_key(source, r, datum)}, {text.format(r=r)}, '{source}', {r}.id, "
        f"{prive.format(r=r)}, {gebied} FROM {source} {r} "
        f"WHERE ({keep.format(r=r)}) AND ({where})"
    )


def _triggers() -> list[str]:
    insert = f"INSERT INTO {INDEX} (rowid, tekst, bron, bron_id, prive, gebied_id) "
    statements = []
    for source in _SOURCES:
        new_row = _rows_sql(source, "x", _datum_of("x"), _gebied_of("x"), "x.rowid = NEW.rowid")
        old_key = _key(source, "OLD", _datum_of("OLD"))
        statements += [
            f"""CREATE TRIGGER zoek_{source}_ai AFTER INSERT ON {source} BEGIN
                {insert}{new_row}; END""",
            f"""CREATE TRIGGER zoek_{source}_ad AFTER DELETE ON {source} BEGIN
                DELETE FROM {INDEX} WHERE rowid = {old_key}; END""",
            f"""CREATE TRIGGER zoek_{source}_au AFTER UPDATE ON {source} BEGIN
                DELETE FROM {INDEX} WHERE rowid = {old_key};
                {insert}{new_row}; END""",
        ]
    # A bijeenkomst that moves to another day (or gebied): its rows get new keys. One that
    # is deleted takes its rows along (before its children are gone, so keys still compute).
    rekey_old = " UNION ALL ".join(
        f"SELECT {_key(s, 'x', 'OLD.datum')} FROM {s} x WHERE x.bijeenkomst_id = OLD.id"
        for s in _SOURCES
    )
    rekey_new = " UNION ALL ".join(
        _rows_sql(s, "x", "NEW.datum", "NEW.gebied_id", "x.bijeenkomst_id = NEW.id")
        for s in _SOURCES
    )
    statements += [
        f"""CREATE TRIGGER zoek_bijeenkomst_au AFTER UPDATE OF datum, gebied_id ON bijeenkomst
            BEGIN DELETE FROM {INDEX} WHERE rowid IN ({rekey_old}); {insert}{rekey_new}; END""",
        f"""CREATE TRIGGER zoek_bijeenkomst_bd BEFORE DELETE ON bijeenkomst
            BEGIN DELETE FROM {INDEX} WHERE rowid IN ({rekey_old}); END""",
    ]
    return statements


def setup_search(db: sqlite_utils.Database) -> None:
    """Create the index and its triggers, filled from the rows there are; with an index
    already there, a full rebuild. Runs inside the caller's transaction."""
    for name in [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'zoek_*'"
        )
    ]:
        db.execute(f"DROP TRIGGER [{name}]")
    db.execute(f"DROP TABLE IF EXISTS {INDEX}")
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(tekst, bron UNINDEXED, bron_id UNINDEXED, "
        f"prive UNINDEXED, gebied_id UNINDEXED, tokenize = '{TOKENIZE}')"
    )
    for source in _SOURCES:
        db.execute(
            f"INSERT INTO {INDEX} (rowid, tekst, bron, bron_id, prive, gebied_id) "
            + _rows_sql(source, "x", _datum_of("x"), _gebied_of("x"), "1")
        )
    for statement in _triggers():
        db.execute(statement)


def fts_query(text: str) -> str:
    """The FTS5 query for what someone typed: every word, as a prefix, all required.

    Words are quoted, so FTS5 syntax (AND, NEAR, *, ", :) in the input is just text. A
    single letter is a whole word only: as a prefix it would match a large part of all
    words (180 ms on a million rows, for nothing anyone looks for).
    """
    words = re.findall(r"\w+", text)
    if not words:
        raise InvalidInput("Typ een woord om te zoeken.")
    return " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)


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


# The newest hits straight from the index (rowid order, no sort), then their details.
_HITS = f"""SELECT bron, bron_id FROM {INDEX} WHERE {INDEX} MATCH :q
    AND (:prive OR prive = 0) AND (:gebied IS NULL OR gebied_id = :gebied)
    ORDER BY rowid DESC LIMIT :limit"""
_PLACE = """b.id AS bijeenkomst_id, b.titel AS bijeenkomst_titel, b.datum AS datum,
    g.id AS gebied_id, g.naam AS gebied_naam, g.soort AS gebied_soort
    FROM bijeenkomst b JOIN gebied g ON g.id = b.gebied_id"""
_DETAILS = {  # id, tekst, wie, wanneer, vraag_id, prive, volgorde
    "inbreng": "x.id, x.tekst, '' AS wie, '' AS wanneer, x.vraag_id, x.prive, x.volgorde",
    "witte_vlek": "x.id, x.tekst, '' AS wie, '' AS wanneer, x.vraag_id, 0 AS prive, 0 AS volgorde",
    "afspraak": "x.id, x.wat AS tekst, x.wie, x.wanneer, NULL AS vraag_id, 0 AS prive, x.volgorde",
    "evaluatie": "x.id, x.reflectie AS tekst, '' AS wie, '' AS wanneer, NULL AS vraag_id, "
    "0 AS prive, 0 AS volgorde",
}


class SearchTables(StoreBase):
    """The wijkgeheugen: `search()` over the FTS5 index of `setup_search`."""

    def has_search_index(self) -> bool:
        rows = self.query("SELECT count(*) FROM sqlite_master WHERE name = ?", [INDEX])
        return int(rows[0][0]) == 1

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
        hits = self.query(
            _HITS,
            {"q": query, "prive": int(include_private), "gebied": gebied_id, "limit": limit + 1},
        )
        found = [(str(h["bron"]), str(h["bron_id"])) for h in hits[:limit]]
        details: dict[tuple[str, str], Mapping[str, Any]] = {}
        for bron in BRONNEN:
            ids = [i for b, i in found if b == bron]
            if not ids:
                continue
            marks = ", ".join("?" for _ in ids)
            sql = (
                f"SELECT {_DETAILS[bron]}, {_PLACE} JOIN {bron} x ON x.bijeenkomst_id = b.id "
                f"WHERE x.id IN ({marks})"
            )
            for row in self.query(sql, ids):
                details[(bron, str(row["id"]))] = dict(row) | {"bron": bron}
        rows = [details[k] for k in found if k in details]
        # Grouped by bijeenkomst in the order the index gave (newest day first); within
        # one, by source and then as listed in the bijeenkomst.
        first_seen: dict[str, int] = {}
        for n, found_row in enumerate(rows):
            first_seen.setdefault(str(found_row["bijeenkomst_id"]), n)
        rows.sort(
            key=lambda r: (
                first_seen[str(r["bijeenkomst_id"])],
                BRONNEN.index(str(r["bron"])),
                str(r["vraag_id"] or ""),
                int(r["volgorde"]),
            )
        )
        treffers = tuple(_treffer(r) for r in rows)
        return Zoekresultaat(vraag=text.strip(), treffers=treffers, meer=len(hits) > limit)

    def search_index_ok(self) -> bool:
        """The index holds exactly the rows it should, with the right keys and text."""
        expected = " UNION ALL ".join(
            _rows_sql(s, "x", _datum_of("x"), _gebied_of("x"), "1") for s in _SOURCES
        )
        actual = f"SELECT rowid, tekst, bron, bron_id, prive, gebied_id FROM {INDEX}"
        diff = self.query(
            f"SELECT (SELECT count(*) FROM (SELECT * FROM ({expected}) EXCEPT {actual})), "
            f"(SELECT count(*) FROM ({actual} EXCEPT SELECT * FROM ({expected})))"
        )
        if list(diff[0]) != [0, 0]:
            return False
        if not self.readonly:  # FTS5's own check of its index against its stored text
            try:
                with self.transaction() as db:
                    db.execute(f"INSERT INTO {INDEX} ({INDEX}) VALUES ('integrity-check')")
            except Exception:  # SQLITE_CORRUPT_VTAB when they differ
                return False
        return True


def _treffer(r: Mapping[str, Any]) -> Treffer:
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
