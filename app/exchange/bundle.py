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
import math
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
from app.store import Store, now
from app.store.files import write_atomic
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


_WORD = r"(?<!\w){}(?!\w)"


def replace_names(text: str, names: dict[str, str]) -> str:
    """`text` with every whole-word occurrence of a name replaced by its seat label."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(_WORD.format(re.escape(name)), names[name], text, flags=re.IGNORECASE)
    return text


def mentions(text: str, names: list[str]) -> bool:
    """Whether `text` names one of `names` as a whole word."""
    return any(re.search(_WORD.format(re.escape(n)), text, flags=re.IGNORECASE) for n in names if n)


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
    columns = _schema_columns()
    scope = None if gebied == "all" else gebied
    tabellen = {
        table: [{c: row[c] for c in columns[table]} for row in store.gebied_rows(table, scope)]
        for table in BUNDLE_TABLES
    }
    if not with_labels:
        per_meeting: dict[str, list[dict[str, Any]]] = {}
        for row in tabellen["deelnemer"]:
            per_meeting.setdefault(row["bijeenkomst_id"], []).append(row)
        names: dict[str, dict[str, str]] = {}
        for bijeenkomst_id, rows in per_meeting.items():
            for row, label in zip(rows, seat_labels([r["label"] for r in rows]), strict=True):
                if row["label"] != label:
                    names.setdefault(bijeenkomst_id, {})[row["label"]] = label
                row["label"] = label
        for row in tabellen["afspraak"]:
            if row["bijeenkomst_id"] in names:
                row["wie"] = replace_names(row["wie"], names[row["bijeenkomst_id"]])
    if not with_notes:
        for table in ("gebied", "bijeenkomst"):
            for row in tabellen[table]:
                row["notities"] = ""
    tabellen["inbreng"] = [
        row
        for row in tabellen["inbreng"]
        if (with_private or not row["prive"]) and (with_deleted or row["verwijderd"] is None)
    ]
    return {
        "formaat": FORMAT,
        "versie": VERSION,
        "schema_versie": SCHEMA_VERSION,
        "app_versie": __version__,
        "gemaakt": now(),
        "bereik": gebied,
        "met_labels": with_labels,
        "met_notities": with_notes,
        "met_prive": with_private,
        "met_verwijderd": with_deleted,
        "tabellen": {t: tabellen[t] for t in _schema()["properties"]["tabellen"]["required"]},
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
    """Write the bundle to `out` (all or nothing); returns the number of rows per table."""
    bundle = build_bundle(
        store,
        gebied,
        with_labels=with_labels,
        with_notes=with_notes,
        with_private=with_private,
        with_deleted=with_deleted,
    )
    write_atomic(out, bundle_bytes(bundle))
    counts = {t: len(rows) for t, rows in bundle["tabellen"].items()}
    # What and how much, never the text: the log is not a copy of the residents' words.
    log.info(
        "exported %s: %d rows, labels %s, notes %s, private %s, deleted %s",
        "all gebieden" if gebied == "all" else "one gebied",
        sum(counts.values()),
        "kept" if with_labels else "replaced by seat numbers",
        *("kept" if flag else "left out" for flag in (with_notes, with_private, with_deleted)),
    )
    return counts


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
# The largest number a bundle may hold: far above any real count, well inside SQLite's
# 64-bit integers (a larger one would fail only when it is written).
MAX_NUMBER = 2**31 - 1
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
            if dt.datetime.fromisoformat(value).tzinfo is None:
                return False  # "newest wins" cannot compare a time without a zone
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


_FORMAT_NAMES = {
    "date": "een datum (jjjj-mm-dd)",
    "date-time": "een tijdstip met tijdzone (ISO 8601, bijvoorbeeld 2026-04-16T19:30:00+00:00)",
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
        if "\x00" in value:
            return f"{where} bevat een onzichtbaar teken (NUL) dat niet kan"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{where} bevat een half teken (bijvoorbeeld een kapotte emoji)"
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
        if isinstance(value, float) and not math.isfinite(value):
            return f"{where} moet een gewoon getal zijn (geen NaN of oneindig)"
        if abs(value) > MAX_NUMBER:
            return f"{where} is een veel te groot getal"
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
    problem = _check(bundle, _schema(), "")
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
    problem = (
        _check_within_bijeenkomst(tabellen)
        or _check_content_ids(tabellen)
        or _check_clock(bundle, dt.datetime.now(dt.UTC))
        or _check_urls(tabellen)
    )
    if problem:
        raise BundleError(problem, source)
    return bundle


def _check_within_bijeenkomst(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """References stay inside their bijeenkomst (an evaluatie: inside the gebied)."""
    by_id = {t: {r["id"]: r for r in tabellen[t]} for t in BUNDLE_TABLES}
    gebied_of = {b["id"]: b["gebied_id"] for b in tabellen["bijeenkomst"]}
    for i, row in enumerate(tabellen["spreekbeurt"]):
        if by_id["deelnemer"][row["deelnemer_id"]]["bijeenkomst_id"] != row["bijeenkomst_id"]:
            return (
                f"tabellen.spreekbeurt[{i}].deelnemer_id verwijst naar een deelnemer "
                "van een andere bijeenkomst"
            )
    # A witte vlek found earlier, and the afspraken evaluated in stap 3, belong to an
    # earlier bijeenkomst of the same gebied.
    for table, column, target in (
        ("afspraak", "witte_vlek_id", "witte_vlek"),
        ("evaluatie", "afspraak_id", "afspraak"),
    ):
        for i, row in enumerate(tabellen[table]):
            other = by_id[target].get(row[column])
            if other is not None and (
                gebied_of[other["bijeenkomst_id"]] != gebied_of[row["bijeenkomst_id"]]
            ):
                return (
                    f"tabellen.{table}[{i}].{column} verwijst naar een {target} "
                    "van een ander gebied"
                )
    return None


# column -> which kind of content id it holds, per table
CONTENT_IDS = {
    "bijeenkomst": {"archetype": "archetype", "huidige_vraag": "vraag"},
    "inbreng": {"vraag_id": "vraag"},
    "stemming": {"vraag_id": "vraag"},
    "kompas_score": {"waarde_id": "waarde"},
    "witte_vlek": {"waarde_id": "waarde", "bouwsteen_id": "bouwsteen", "vraag_id": "vraag"},
    "afspraak": {"instrument_id": "instrument", "waarde_id": "waarde", "bouwsteen_id": "bouwsteen"},
    "spreekbeurt": {"vraag_id": "vraag"},
}
_CONTENT_NAMES = {
    "archetype": "archetype",
    "vraag": "vraag",
    "waarde": "kompaswaarde",
    "bouwsteen": "bouwsteen",
    "instrument": "instrument",
}


def _content_ids() -> dict[str, frozenset[str]]:
    from app.content import default_pack

    pack = default_pack()
    return {
        "archetype": frozenset(a.id for a in pack.archetypen),
        "vraag": frozenset(v.id for v in pack.vragen()),
        "waarde": frozenset(w.id for w in pack.kompas),
        "bouwsteen": frozenset(b.id for b in pack.bouwstenen),
        "instrument": frozenset(i.id for i in pack.instrumenten),
    }


def _check_content_ids(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """Every content id is one of this praatplaat's; a title in place of an id is not."""
    from app.content import default_pack

    known = _content_ids()
    ours = default_pack().version
    versie = {b["id"]: b["content_versie"] for b in tabellen["bijeenkomst"]}
    for table, columns in CONTENT_IDS.items():
        for i, row in enumerate(tabellen[table]):
            for column, kind in columns.items():
                value = row[column]
                if value is None or value in known[kind]:
                    continue
                made_with = versie.get(row.get("bijeenkomst_id") or row["id"], ours)
                newer = (
                    f"; de bundel is gemaakt met inhoud versie {made_with} en deze Wijkpraat "
                    f"kent {ours}: installeer de nieuwste Wijkpraat"
                    if made_with != ours
                    else ""
                )
                return (
                    f"tabellen.{table}[{i}].{column} is '{value}', een onbekende "
                    f"{_CONTENT_NAMES[kind]} in de praatplaat (inhoud {ours}){newer}"
                )
    return None


# A time further ahead than this is from a computer whose clock is wrong.
CLOCK_SLACK = dt.timedelta(days=1)
_TIMES = ("aangemaakt", "bijgewerkt", "verwijderd", "start")


def _check_clock(bundle: dict[str, Any], now_utc: dt.datetime) -> str | None:
    """No time more than CLOCK_SLACK after this computer's clock ("newest wins" would
    then let a wrong clock win every later exchange)."""
    limit = now_utc + CLOCK_SLACK

    def ahead(value: Any) -> bool:
        # Every time passed the schema's date-time check (ISO 8601 with a zone).
        return isinstance(value, str) and dt.datetime.fromisoformat(value) > limit

    if ahead(bundle["gemaakt"]):
        return f"het veld 'gemaakt' ({bundle['gemaakt']}) ligt in de toekomst"
    for table in BUNDLE_TABLES:
        for i, row in enumerate(bundle["tabellen"][table]):
            for column in _TIMES:
                if ahead(row.get(column)):
                    return (
                        f"tabellen.{table}[{i}].{column} ({row[column]}) ligt meer dan een dag "
                        "na de klok van deze computer; de klok van de computer die de bundel "
                        "maakte staat waarschijnlijk verkeerd"
                    )
    return None


def _check_urls(tabellen: dict[str, list[dict[str, Any]]]) -> str | None:
    """Webadressen pass the same check as when they are typed (they go into QR codes)."""
    from app.store import validation

    for table in ("bijeenkomst", "afspraak"):
        for i, row in enumerate(tabellen[table]):
            value = row["follow_up_url"]
            if value is None:
                continue
            try:
                ok = validation.url(value) == value
            except WijkpraatError:
                ok = False
            if not ok:
                return f"tabellen.{table}[{i}].follow_up_url is geen geldig webadres"
    return None


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
    except ValueError:  # an integer of thousands of digits
        raise BundleError("het bevat een getal dat veel te groot is", path.name) from None
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


def import_bundle(store: Store, bundle: dict[str, Any], source: str = "") -> ImportResult:
    """Merge a bundle into the store in one transaction (validated first)."""
    validate_bundle(bundle, source)
    result = ImportResult()
    tabellen = bundle["tabellen"]
    if bundle.get("met_notities") is False:
        # The notes were left out of the export, not emptied: keep the ones here.
        tabellen = {
            t: [{k: v for k, v in r.items() if k != "notities"} for r in rows]
            if t in ("gebied", "bijeenkomst")
            else rows
            for t, rows in tabellen.items()
        }
    try:
        with store.transaction():
            for table in BUNDLE_TABLES:
                counts = {"added": 0, "updated": 0, "unchanged": 0}
                natural = NATURAL_KEYS.get(table, ())
                for row in tabellen[table]:
                    counts[store.merge_row(table, row, natural, newer=_newer)] += 1
                result.added[table] = counts["added"]
                result.updated[table] = counts["updated"]
                result.unchanged += counts["unchanged"]
    except sqlite3.IntegrityError as exc:
        # Validation keeps these out; if one slips through, the transaction is undone.
        raise BundleError(f"de gegevens passen niet in de database ({exc})", source) from exc
    return result


def import_file(store: Store, path: str | Path) -> ImportResult:
    return import_bundle(store, read_bundle(path), Path(path).name)


def import_with_backup(store: Store, path: str | Path, backup_dir: Path) -> ImportResult:
    """The import both the CLI and the GUI run: read and check the whole bundle, back up
    the database when it holds anything, then merge in one transaction."""
    from app.store.backup import backup_store

    bundle = read_bundle(path)  # checked completely before anything is written
    if store.counts()["gebied"]:
        backup_store(store, backup_dir, "voor-import")
    result = import_bundle(store, bundle, Path(path).name)
    log.info(
        "imported a bundle: %d added, %d updated",
        sum(result.added.values()),
        sum(result.updated.values()),
    )
    return result
