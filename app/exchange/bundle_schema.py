"""The bundle's JSON Schema (`resources/bundle.schema.json`) and the validator that
interprets it: the subset of JSON Schema 2020-12 keywords the file uses, with stdlib only,
so the schema and the checks cannot drift apart. Problems are Dutch and name the field.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import uuid
from typing import Any

import resources


@functools.cache
def _schema() -> dict[str, Any]:
    text = (resources.FOLDER / "bundle.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


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


def scalar_problem(value: Any, where: str) -> str | None:
    """What no text or number in a bundle may be, whatever its field: a NUL, half a
    character, NaN or infinity, or a number past what the database and the app count."""
    if isinstance(value, str):
        if "\x00" in value:
            return f"{where} bevat een onzichtbaar teken (NUL) dat niet kan"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{where} bevat een half teken (bijvoorbeeld een kapotte emoji)"
    elif _is_type(value, "number"):
        if isinstance(value, float) and not math.isfinite(value):
            return f"{where} moet een gewoon getal zijn (geen NaN of oneindig)"
        if abs(value) > MAX_NUMBER:
            return f"{where} is een veel te groot getal"
    return None


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
    problem = scalar_problem(value, where)
    if problem:
        return problem
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
