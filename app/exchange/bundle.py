"""Export and import of one gebied or all, as a versioned JSON bundle.

The bundle format is `resources/bundle.schema.json` (JSON Schema 2020-12). The validator
(`bundle_schema`) interprets that file itself (the subset of keywords it uses, with stdlib
only), so the schema and the checks cannot drift apart; on top this module checks unique
ids and references that resolve inside the bundle, and `bundle_checks` the content ids,
the clock, references inside their bijeenkomst and the webadressen.

Import validates the whole bundle before it writes anything, then merges in one
transaction: a row with a new id is added; a row whose id exists is replaced only when
its `bijgewerkt` is newer (newest wins); rows without `bijgewerkt` are only added. Rows
that are unique by content (a tally option, a kompas waarde, …) merge by that key too.
Importing the same bundle twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import __version__
from app.content.labels import count_label, plural
from app.errors import InvalidInput, WijkpraatError
from app.exchange.bundle_older import fill_older
from app.exchange.bundle_rows import BundleRows, Privacy, photo_row
from app.exchange.bundle_schema import SUPPORTED_KEYWORDS, _check, _schema
from app.exchange.bundle_tables import BUNDLE_TABLES, LOCAL_TABLES, NATURAL_KEYS, REFERENCES
from app.exchange.fast_check import raw_texts_clean, schema_valid
from app.exchange.names import (
    is_seat_label,
    mentions,
    replace_names,
    seat_label,
    seat_labels,
)
from app.store import Store, now
from app.store.schema import SCHEMA_VERSION

FORMAT = "wijkpraat-bundel"
VERSION = 1
__all__ = [  # the names this module is used for, some defined next door
    "BUNDLE_TABLES",
    "LOCAL_TABLES",
    "NATURAL_KEYS",
    "REFERENCES",
    "SUPPORTED_KEYWORDS",
    "BundleError",
    "build_bundle",
    "import_bundle",
    "is_seat_label",
    "mentions",
    "replace_names",
    "seat_label",
    "seat_labels",
    "validate_bundle",
]
log = logging.getLogger(__name__)


class BundleError(WijkpraatError):
    """A bundle that cannot be imported; `problem` names what and where."""

    def __init__(self, problem: str, source: str = "") -> None:
        problem, source = printable(problem), printable(source)
        name = f"'{source}' " if source else ""
        super().__init__(
            f"Het bestand {name}is geen geldige Wijkpraat-bundel: {problem}. "
            "Er is niets ingelezen. Maak de export opnieuw op de andere laptop."
        )
        self.problem = problem


def printable(text: str) -> str:
    """`text` with lone surrogates replaced, so a message about them can be printed."""
    return text.encode("utf-8", "replace").decode("utf-8")


# -- export ---------------------------------------------------------------------------------


def build_bundle(
    store: Store,
    gebied: str = "all",
    *,
    with_labels: bool = False,
    with_notes: bool = False,
    with_private: bool = False,
    with_deleted: bool = False,
) -> dict[str, Any]:
    """The bundle for one gebied (its id) or all gebieden ('all').

    Privacy first: without options, participant labels become seat numbers (also where
    the facilitator typed them in an afspraak's `wie`), the facilitator's notes are left
    empty, and privé and deleted inbreng are left out. Each has its own option.
    """
    if gebied != "all":
        store.gebied(gebied)  # InvalidInput with a Dutch message if it does not exist
    scope = None if gebied == "all" else gebied
    privacy = Privacy(with_labels, with_notes, with_private, with_deleted)
    shared = BundleRows(store, scope, _schema_columns(), privacy)
    tabellen = {table: list(shared.rows(table)) for table in BUNDLE_TABLES}
    required = _schema()["properties"]["tabellen"]["required"]
    return {**bundle_head(gebied, privacy), "tabellen": {t: tabellen[t] for t in required}}


def bundle_head(gebied: str, privacy: Privacy) -> dict[str, Any]:
    """Everything of a bundle before its tables (the built and the streamed one alike)."""
    return {
        "formaat": FORMAT,
        "versie": VERSION,
        "schema_versie": SCHEMA_VERSION,
        "app_versie": __version__,
        "gemaakt": now(),
        "bereik": gebied,
        "met_labels": privacy.with_labels,
        "met_notities": privacy.with_notes,
        "met_prive": privacy.with_private,
        "met_verwijderd": privacy.with_deleted,
    }


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    # allow_nan=False: NaN or Infinity would make the file something that is not JSON.
    return (json.dumps(bundle, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode(
        "utf-8"
    )


def export_file(
    store: Store,
    out: str | Path,
    gebied: str = "all",
    *,
    with_labels: bool = False,
    with_notes: bool = False,
    with_private: bool = False,
    with_deleted: bool = False,
) -> dict[str, int]:
    """Write the bundle to `out` (all or nothing, streamed: app/exchange/bundle_export.py);
    returns the number of rows per table."""
    from app.exchange.bundle_export import export_streamed

    privacy = Privacy(with_labels, with_notes, with_private, with_deleted)
    return export_streamed(store, out, gebied, privacy)


# -- validation -----------------------------------------------------------------------------


@functools.cache
def _schema_columns() -> dict[str, tuple[str, ...]]:
    defs = _schema()["$defs"]
    return {t: tuple(defs[t]["properties"]) for t in BUNDLE_TABLES}


def validate_bundle(
    bundle: Any, source: str = "", *, texts_clean: bool | None = None
) -> dict[str, Any]:
    """Check a parsed bundle completely; raise BundleError naming the first problem.
    `texts_clean`: fast_check.raw_texts_clean of the text it was parsed from, if known."""
    if not isinstance(bundle, dict):
        raise BundleError("het is geen JSON-object", source)
    if bundle.get("formaat") != FORMAT:
        raise BundleError("het veld 'formaat' is niet \"wijkpraat-bundel\"", source)
    version = bundle.get("versie")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise BundleError(
            f"de bundel is gemaakt met een nieuwere Wijkpraat (versie {version}); "
            "installeer de nieuwste Wijkpraat",
            source,
        )
    fill_older(bundle)
    # The compiled yes/no check first; the interpreter only to name what is wrong.
    valid = schema_valid(_schema(), bundle, texts_clean=texts_clean)
    problem = None if valid else _check(bundle, _schema(), "")
    if problem:
        raise BundleError(problem, source)
    tabellen = bundle["tabellen"]
    ids: dict[str, set[str]] = {}
    for table in BUNDLE_TABLES:
        seen: set[str] = set()
        keys: set[tuple[Any, ...]] = set()
        for i, row in enumerate(tabellen[table]):
            if row["id"] in seen:
                raise BundleError(f"tabellen.{table}[{i}].id komt twee keer voor", source)
            seen.add(row["id"])
            if table in NATURAL_KEYS:
                key = tuple(row[c] for c in NATURAL_KEYS[table])
                if key in keys:
                    raise BundleError(f"tabellen.{table}[{i}] staat er twee keer in", source)
                keys.add(key)
        ids[table] = seen
    for table, refs in REFERENCES.items():
        for i, row in enumerate(tabellen[table]):
            for column, target in refs.items():
                if row[column] is not None and row[column] not in ids[target]:
                    raise BundleError(
                        f"tabellen.{table}[{i}].{column} verwijst naar een {target} "
                        "die niet in de bundel staat",
                        source,
                    )
    from app.exchange.bundle_checks import (
        check_clock,
        check_content_ids,
        check_fotos,
        check_urls,
        check_within_bijeenkomst,
    )

    problem = (
        check_within_bijeenkomst(tabellen)
        or check_content_ids(tabellen)
        or check_clock(bundle, dt.datetime.now(dt.UTC))
        or check_urls(tabellen)
        or check_fotos(tabellen)
    )
    if problem:
        raise BundleError(problem, source)
    return bundle


def read_bundle(path: str | Path) -> dict[str, Any]:
    """Read and validate a bundle file; BundleError for anything wrong with it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Het bestand '{path}' bestaat niet.") from None
    except OSError as exc:
        raise InvalidInput(
            f"Het bestand '{path}' kan niet worden gelezen ({exc.strerror})."
        ) from exc
    try:
        text = data.decode("utf-8-sig")
        bundle = json.loads(text)
    except UnicodeDecodeError:
        raise BundleError("het is geen tekst in UTF-8", path.name) from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"het is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})", path.name
        ) from None
    except ValueError:  # an integer of thousands of digits
        raise BundleError("het bevat een getal dat veel te groot is", path.name) from None
    except RecursionError:
        raise BundleError("de JSON is te diep genest", path.name) from None
    return validate_bundle(bundle, path.name, texts_clean=raw_texts_clean(text))


# -- import ---------------------------------------------------------------------------------


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    # Rows changed on both laptops since the last exchange: kept as they are here.
    conflicts: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def summary(self) -> str:
        """One or two Dutch sentences for the CLI and the dialog."""
        if not self.changed and not self.conflicts:
            same = count_label(self.unchanged, "regel", "regels")
            return f"Alles stond er al; er is niets veranderd ({same} gelijk)."
        text = (
            f"{count_label(sum(self.added.values()), 'regel', 'regels')} toegevoegd, "
            f"{sum(self.updated.values())} bijgewerkt (nieuwste wint), "
            f"{self.unchanged} {plural(self.unchanged, 'was', 'waren')} al gelijk of nieuwer."
        )
        if self.conflicts:
            n = len(self.conflicts)
            text += (
                f" Let op: {count_label(n, 'regel is', 'regels zijn')} op beide laptops "
                "veranderd sinds de vorige uitwisseling; daar bleef de versie van deze "
                f"laptop staan: {'; '.join(self.conflicts)}. Neem de andere versie zo "
                "nodig zelf over."
            )
        return text


# What names a row in a conflict message (its text, not only an id).
_ROW_NAMES = {
    "gebied": "naam",
    "bijeenkomst": "titel",
    "afspraak": "wat",
    "inbreng": "tekst",
    "witte_vlek": "tekst",
    "evaluatie": "reflectie",
    "kompas_score": "waarde_id",
    "stemming": "optie",
    "rolverdeling": "thema",
    "notitie": "vraag_id",  # not its text: a conflict message may be read by others
    "foto": "bijschrift",
}
SETTING_LAST_EXCHANGE = "laatste_uitwisseling"


def _row_name(table: str, row: dict[str, Any]) -> str:
    text = str(row.get(_ROW_NAMES.get(table, "id")) or row["id"])
    return f"{table} ‘{text if len(text) <= 60 else text[:57] + '…'}’"


def _newer(incoming: str, existing: str | None) -> bool:
    if existing is None:
        return True
    try:
        return dt.datetime.fromisoformat(incoming) > dt.datetime.fromisoformat(existing)
    except ValueError:
        return incoming > existing


# Rows merged per batch: lookups of 500 ids per query (SQLite's limit of host parameters)
# and one INSERT for the new rows, where the search index gathers the whole batch before
# it writes a segment (2,000 rather than 500: 0.1 s less for 50,000 rows).
IMPORT_BATCH = 2000


def import_bundle(
    store: Store, bundle: dict[str, Any], source: str = "", *, checked: bool = False
) -> ImportResult:
    """Merge a bundle into the store in one transaction.

    The whole bundle is checked before the write lock is taken (unless the caller has
    just done that: `checked`); inside the lock rows are merged in batches.
    """
    if not checked:
        validate_bundle(bundle, source)
    result = ImportResult()
    tabellen = bundle["tabellen"]
    if bundle.get("met_labels") is False:
        # The gespreksleiders were left out of the export: keep the labels here.
        tabellen = {
            **tabellen,
            "tafel": [
                {k: v for k, v in r.items() if k != "gespreksleider"} for r in tabellen["tafel"]
            ],
        }
    if bundle.get("met_notities") is False:
        # The notes were left out of the export, not emptied: keep the ones here.
        tabellen = {
            t: [{k: v for k, v in r.items() if k != "notities"} for r in rows]
            if t in ("gebied", "bijeenkomst")
            else rows
            for t, rows in tabellen.items()
        }
    # A photo travels as base64 text; the database holds its bytes.
    tabellen = {**tabellen, "foto": [photo_row(r) for r in tabellen["foto"]]}
    try:
        with store.transaction():
            since = store.get_setting(SETTING_LAST_EXCHANGE)  # None: the first exchange
            for table in BUNDLE_TABLES:
                counts = {"added": 0, "updated": 0, "unchanged": 0, "conflict": 0}
                natural = NATURAL_KEYS.get(table, ())
                rows = tabellen[table]
                for start in range(0, len(rows), IMPORT_BATCH):
                    batch = rows[start : start + IMPORT_BATCH]
                    conflicts: list[dict[str, Any]] = []
                    merged = store.merge_rows(
                        table, batch, natural, newer=_newer, since=since, conflicts=conflicts
                    )
                    for kind, n in merged.items():
                        counts[kind] += n
                    result.conflicts += [_row_name(table, row) for row in conflicts]
                result.added[table] = counts["added"]
                result.updated[table] = counts["updated"]
                result.unchanged += counts["unchanged"]
            store.set_setting(SETTING_LAST_EXCHANGE, now())
    except sqlite3.IntegrityError as exc:
        # Validation keeps these out; if one slips through, the transaction is undone.
        raise BundleError(f"de gegevens passen niet in de database ({exc})", source) from exc
    return result


def import_file(store: Store, path: str | Path) -> ImportResult:
    return import_bundle(store, read_bundle(path), Path(path).name, checked=True)


def import_with_backup(
    store: Store, path: str | Path, backup_dir: Path, *, bundle: dict[str, Any] | None = None
) -> ImportResult:
    """The import both the CLI and the GUI run: read and check the whole bundle (or take
    the `bundle` read_bundle gave), back up the database when it holds anything, then
    merge in one transaction."""
    from app.store.backup import backup_store

    bundle = bundle or read_bundle(path)  # checked completely before anything is written
    if store.counts()["gebied"]:
        backup_store(store, backup_dir, "voor-import")
    result = import_bundle(store, bundle, Path(path).name, checked=True)
    log.info(
        "imported a bundle: %d added, %d updated",
        sum(result.added.values()),
        sum(result.updated.values()),
    )
    return result
