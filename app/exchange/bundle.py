"""Export and import of one gebied or all, as a versioned JSON bundle.

The bundle format is `resources/bundle.schema.json` (JSON Schema 2020-12). The validator
here interprets that file itself (the subset of keywords it uses, with stdlib only), so
the schema and the checks cannot drift apart; on top it checks what JSON Schema cannot
say: unique ids and references that resolve inside the bundle.

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
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import resources
from app import __version__
from app.content.labels import count_label, plural
from app.errors import InvalidInput, WijkpraatError
from app.exchange.fast_check import schema_valid
from app.store import Store, now
from app.store.schema import SCHEMA_VERSION

FORMAT = "wijkpraat-bundel"
VERSION = 1
# Tables in the bundle, parents before children (the order rows are written in).
BUNDLE_TABLES = (
    "gebied",
    "bijeenkomst",
    "witte_vlek",
    "afspraak",
    "inbreng",
    "stemming",
    "kompas_score",
    "rolverdeling",
    "deelnemer",
    "spreekbeurt",
    "evaluatie",
)
# Tables that belong to one laptop and never travel in a bundle.
LOCAL_TABLES = ("instelling",)
# Rows unique by content besides their id: merge on this key as well.
log = logging.getLogger(__name__)
NATURAL_KEYS = {
    "stemming": ("bijeenkomst_id", "vraag_id", "optie"),
    "kompas_score": ("bijeenkomst_id", "waarde_id"),
    "rolverdeling": ("bijeenkomst_id", "thema", "taak", "actor"),
    "evaluatie": ("bijeenkomst_id", "afspraak_id"),
}
# column -> table it must point to inside the bundle
REFERENCES = {
    "bijeenkomst": {"gebied_id": "gebied"},
    "witte_vlek": {"bijeenkomst_id": "bijeenkomst"},
    "afspraak": {"bijeenkomst_id": "bijeenkomst", "witte_vlek_id": "witte_vlek"},
    "inbreng": {"bijeenkomst_id": "bijeenkomst"},
    "stemming": {"bijeenkomst_id": "bijeenkomst"},
    "kompas_score": {"bijeenkomst_id": "bijeenkomst"},
    "rolverdeling": {"bijeenkomst_id": "bijeenkomst"},
    "deelnemer": {"bijeenkomst_id": "bijeenkomst"},
    "spreekbeurt": {"bijeenkomst_id": "bijeenkomst", "deelnemer_id": "deelnemer"},
    "evaluatie": {"bijeenkomst_id": "bijeenkomst", "afspraak_id": "afspraak"},
}


class BundleError(WijkpraatError):
    """A bundle that cannot be imported; `problem` names what and where."""

    def __init__(self, problem: str, source: str = "") -> None:
        name = f"'{source}' " if source else ""
        super().__init__(
            f"Het bestand {name}is geen geldige Wijkpraat-bundel: {problem}. "
            "Er is niets ingelezen. Maak de export opnieuw op de andere laptop."
        )
        self.problem = problem


# -- export ---------------------------------------------------------------------------------


def seat_label(n: int) -> str:
    """The label that replaces a participant's name: their seat number."""
    return f"Stoel {n}"


_SEAT = re.compile(r"^Stoel (\d+)$")


def is_seat_label(label: str) -> bool:
    """Whether a participant's label is a seat number ('Stoel 3') rather than a name."""
    return _SEAT.match(label) is not None


def seat_labels(labels: list[str]) -> list[str]:
    """Seat numbers for the labels of one bijeenkomst, in order.

    A label that already is a seat number keeps it; names get the lowest free numbers.
    """
    taken = {int(m[1]) for m in map(_SEAT.match, labels) if m}
    free = (n for n in range(1, len(labels) + len(taken) + 1) if n not in taken)
    return [label if is_seat_label(label) else seat_label(next(free)) for label in labels]


def build_bundle(store: Store, gebied: str = "all", *, with_labels: bool = False) -> dict[str, Any]:
    """The bundle for one gebied (its id) or all gebieden ('all').

    Participant labels are replaced by seat numbers unless `with_labels` (privacy first).
    """
    if gebied != "all":
        store.gebied(gebied)  # InvalidInput with a Dutch message if it does not exist
    columns = _schema_columns()
    scope = None if gebied == "all" else gebied
    tabellen = {
        table: [{c: row[c] for c in columns[table]} for row in store.gebied_rows(table, scope)]
        for table in BUNDLE_TABLES
    }
    if not with_labels:
        _seated(tabellen["deelnemer"])
    return {
        "formaat": FORMAT,
        "versie": VERSION,
        "schema_versie": SCHEMA_VERSION,
        "app_versie": __version__,
        "gemaakt": now(),
        "bereik": gebied,
        "met_labels": with_labels,
        "tabellen": {t: tabellen[t] for t in _schema()["properties"]["tabellen"]["required"]},
    }


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    return (json.dumps(bundle, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _seated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Deelnemers with seat numbers instead of names, numbered per bijeenkomst."""
    per_meeting: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        per_meeting.setdefault(row["bijeenkomst_id"], []).append(row)
    for group in per_meeting.values():
        for row, label in zip(group, seat_labels([r["label"] for r in group]), strict=True):
            row["label"] = label
    return rows


def export_file(
    store: Store, out: str | Path, gebied: str = "all", *, with_labels: bool = False
) -> dict[str, int]:
    """Write the bundle to `out` (all or nothing, streamed: app/exchange/bundle_export.py);
    returns the number of rows per table."""
    from app.exchange.bundle_export import export_streamed

    return export_streamed(store, out, gebied, with_labels=with_labels)


# -- validation -----------------------------------------------------------------------------


@functools.cache
def _schema() -> dict[str, Any]:
    text = (resources.FOLDER / "bundle.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _schema_columns() -> dict[str, tuple[str, ...]]:
    defs = _schema()["$defs"]
    return {t: tuple(defs[t]["properties"]) for t in BUNDLE_TABLES}


# The JSON Schema keywords this validator understands; a test checks the file uses no other.
SUPPORTED_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum",
        "required", "properties", "additionalProperties", "items", "anyOf", "minimum",
        "maximum", "minLength", "maxLength", "pattern", "format",
    }
)  # fmt: skip
_TYPE_NAMES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "object": "een object",
    "array": "een lijst",
    "null": "leeg (null)",
}


def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(
        value,
        {"string": str, "boolean": bool, "object": dict, "array": list, "null": type(None)}[kind],
    )


def _format_ok(value: str, fmt: str) -> bool:
    try:
        if fmt == "date":
            dt.date.fromisoformat(value)
        elif fmt == "date-time":
            dt.datetime.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


_FORMAT_NAMES = {
    "date": "een datum (jjjj-mm-dd)",
    "date-time": "een tijdstip (ISO 8601)",
    "uuid": "een id (UUID)",
}


def _check(value: Any, schema: dict[str, Any], where: str) -> str | None:
    """The first problem of `value` against `schema`, in Dutch, or None."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        problem = _check(value, _schema()["$defs"][name], where)
        if problem:
            return problem
    if "anyOf" in schema:
        problems = [_check(value, option, where) for option in schema["anyOf"]]
        if all(problems):
            return problems[0]
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, k) for k in kinds):
            wanted = " of ".join(_TYPE_NAMES[k] for k in kinds)
            return f"{where} moet {wanted} zijn"
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        return f"{where} moet {json.dumps(schema['const'])} zijn"
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"] if v is not None)
        return f"{where} moet een van deze zijn: {allowed}"
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            return f"{where} is leeg"
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"{where} is te lang (meer dan {schema['maxLength']} tekens)"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            if "format" in schema:
                return f"{where} moet {_FORMAT_NAMES[schema['format']]} zijn"
            return f"{where} is leeg of heeft niet de goede vorm"
        if "format" in schema and not _format_ok(value, schema["format"]):
            return f"{where} moet {_FORMAT_NAMES[schema['format']]} zijn"
    if _is_type(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{where} moet {schema['minimum']} of meer zijn"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{where} mag niet meer dan {schema['maximum']} zijn"
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                return f"{where or 'de bundel'} mist het veld '{key}'"
        props = schema.get("properties", {})
        for key, item in value.items():
            inner = f"{where}.{key}" if where else str(key)
            if key in props:
                problem = _check(item, props[key], inner)
                if problem:
                    return problem
            elif schema.get("additionalProperties", True) is False:
                return f"{where or 'de bundel'} heeft een onbekend veld '{key}'"
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problem = _check(item, schema["items"], f"{where}[{i}]")
            if problem:
                return problem
    return None


def validate_bundle(bundle: Any, source: str = "") -> dict[str, Any]:
    """Check a parsed bundle completely; raise BundleError naming the first problem."""
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
    # The compiled yes/no check first; the interpreter only to name what is wrong.
    problem = None if schema_valid(_schema(), bundle) else _check(bundle, _schema(), "")
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
        bundle = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BundleError("het is geen tekst in UTF-8", path.name) from None
    except json.JSONDecodeError as exc:
        raise BundleError(
            f"het is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})", path.name
        ) from None
    except RecursionError:
        raise BundleError("de JSON is te diep genest", path.name) from None
    return validate_bundle(bundle, path.name)


# -- import ---------------------------------------------------------------------------------


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def summary(self) -> str:
        """One Dutch sentence for the CLI and the dialog."""
        if not self.changed:
            same = count_label(self.unchanged, "regel", "regels")
            return f"Alles stond er al; er is niets veranderd ({same} gelijk)."
        return (
            f"{count_label(sum(self.added.values()), 'regel', 'regels')} toegevoegd, "
            f"{sum(self.updated.values())} bijgewerkt (nieuwste wint), "
            f"{self.unchanged} {plural(self.unchanged, 'was', 'waren')} al gelijk of nieuwer."
        )


def _newer(incoming: str, existing: str | None) -> bool:
    if existing is None:
        return True
    try:
        return dt.datetime.fromisoformat(incoming) > dt.datetime.fromisoformat(existing)
    except ValueError:
        return incoming > existing


# Rows merged per statement batch: one lookup query and one executemany each (and within
# SQLite's limit of host parameters in one statement).
IMPORT_BATCH = 500


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
    try:
        with store.transaction():
            for table in BUNDLE_TABLES:
                counts = {"added": 0, "updated": 0, "unchanged": 0}
                natural = NATURAL_KEYS.get(table, ())
                rows = tabellen[table]
                for start in range(0, len(rows), IMPORT_BATCH):
                    batch = rows[start : start + IMPORT_BATCH]
                    for kind, n in store.merge_rows(table, batch, natural, newer=_newer).items():
                        counts[kind] += n
                result.added[table] = counts["added"]
                result.updated[table] = counts["updated"]
                result.unchanged += counts["unchanged"]
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
