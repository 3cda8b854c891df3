"""A yes/no check of a bundle against its JSON Schema, compiled once: the fast path.

bundle._check interprets the schema for every value and builds a Dutch message as it
goes; for a 50,000-row bundle that took about 8 of the 9 seconds of an import. `compile`
turns the same schema (the same keywords, with the same meaning) into nested predicates
that only answer "valid or not". validate_bundle asks this first and runs the
interpreter only for a bundle that is not valid, so every message stays exactly as it was.

What no text may hold anywhere (a NUL, half a character) is asked of the whole bundle at
once, in C: `json.dumps` of a bundle with such a text gives away either (the NUL as
\\u0000; a half character cannot be encoded as UTF-8). When the bundle has none, the
predicates skip that question for each of its texts (a million calls for 50,000 rows);
when it has one, the predicates that ask it of every value give the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from app.exchange.bundle_schema import MAX_NUMBER, _format_ok, scalar_problem

Check = Callable[[Any], bool]

_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}
# A canonical UUID always parses; anything else is left to uuid.UUID, as before.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _format(fmt: str) -> Check:
    def ok(value: str) -> bool:
        if fmt == "uuid" and _CANONICAL_UUID.fullmatch(value):
            return True
        return _format_ok(value, fmt)

    return ok


def _scalar_ok(value: Any) -> bool:
    """The interpreter's checks on every text and number (bundle_schema.scalar_problem)."""
    if isinstance(value, dict | list | bool) or value is None:
        return True
    return scalar_problem(value, "") is None


def _number_ok(value: Any) -> bool:
    """_scalar_ok for a bundle whose texts are known to be clean (`_texts_clean`)."""
    kind = value.__class__
    if kind is int:
        return bool(-MAX_NUMBER <= value <= MAX_NUMBER)  # scalar_problem's limit
    if kind is str or isinstance(value, dict | list | bool) or value is None:
        return True
    return scalar_problem(value, "") is None


def _texts_clean(value: Any) -> bool:
    """No text in `value`, key or value, holds a NUL or half a character (and no number
    is NaN or infinite); False also when that cannot be told this way."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return "\\u0000" not in text


def compile_schema(
    schema: dict[str, Any],
    defs: dict[str, Any],
    memo: dict[str, Check] | None = None,
    *,
    texts_clean: bool = False,
) -> Check:
    """A predicate that is True exactly when bundle._check(value, schema) finds nothing.

    `memo` holds the $defs compiled so far, so each is compiled once and called directly.
    With `texts_clean`, for values that passed `_texts_clean`: each text's own NUL and
    half-character check is left out, and a node leaves the number check to the nodes it
    refers to when it has no type of its own (each of those does it).
    """
    memo = {} if memo is None else memo
    checks: list[Check] = []
    kinds = schema.get("type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if not texts_clean:
        checks.append(_scalar_ok)
    elif not ({"type", "$ref", "anyOf"} & schema.keys()) or {"integer", "number"} & set(kinds):
        checks.append(_number_ok)
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        if name not in memo:
            # stands in while it compiles (a cycle)
            memo[name] = _lazy(defs[name], defs, texts_clean)
            memo[name] = compile_schema(defs[name], defs, memo, texts_clean=texts_clean)
        checks.append(memo[name])
    if "anyOf" in schema:
        checks.append(
            _any(
                [
                    compile_schema(option, defs, memo, texts_clean=texts_clean)
                    for option in schema["anyOf"]
                ]
            )
        )
    only_strings = kinds == ["string"]
    if only_strings:
        checks.append(_string_node(schema))  # the type and every string keyword in one call
    elif "type" in schema:
        checks.append(_any([_TYPES[k] for k in kinds]))
    if "const" in schema:
        const = schema["const"]
        checks.append(lambda v: v == const and type(v) is type(const))
    if "enum" in schema:
        allowed = schema["enum"]
        checks.append(lambda v: v in allowed)
    string_checks = [] if only_strings else _string_checks(schema)
    if string_checks:
        string_ok = _all(string_checks)
        checks.append(lambda v: not isinstance(v, str) or string_ok(v))
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        number = _TYPES["number"]
        checks.append(
            lambda v: not number(v) or ((low is None or v >= low) and (high is None or v <= high))
        )
    if {"required", "properties", "additionalProperties"} & schema.keys():
        checks.append(_object_check(schema, defs, memo, texts_clean))
    if "items" in schema:
        item = compile_schema(schema["items"], defs, memo, texts_clean=texts_clean)

        def items_ok(v: Any) -> bool:
            if isinstance(v, list):
                for i in v:
                    if not item(i):
                        return False
            return True

        checks.append(items_ok)
    return _all(checks)


def _any(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]

    def some(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 - a loop: any() over a generator costs more
            if check(value):
                return True
        return False

    return some


def _all(checks: list[Check]) -> Check:
    """One predicate for all of `checks` (a plain loop: all() over a generator costs more)."""
    if len(checks) == 1:
        return checks[0]

    def every(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 - a loop: all() over a generator costs more
            if not check(value):
                return False
        return True

    return every


def _string_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    shortest, longest = schema.get("minLength", 0), schema.get("maxLength")
    if shortest:
        checks.append(lambda v: len(v) >= shortest)
    if longest is not None:
        checks.append(lambda v: len(v) <= longest)
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        checks.append(lambda v: search(v) is not None)
    if "format" in schema:
        checks.append(_format(schema["format"]))
    return checks


def _string_node(schema: dict[str, Any]) -> Check:
    """`"type": "string"` with its length, pattern and format as one predicate."""
    shortest, longest = schema.get("minLength", 0), schema.get("maxLength")
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None
    fmt = _format(schema["format"]) if "format" in schema else None

    def ok(v: Any) -> bool:
        if not isinstance(v, str):
            return False
        if (shortest and len(v) < shortest) or (longest is not None and len(v) > longest):
            return False
        if search is not None and search(v) is None:
            return False
        return fmt is None or fmt(v)

    return ok


def _object_check(
    schema: dict[str, Any], defs: dict[str, Any], memo: dict[str, Check], texts_clean: bool
) -> Check:
    required = tuple(schema.get("required", ()))
    props = {
        k: compile_schema(sub, defs, memo, texts_clean=texts_clean)
        for k, sub in schema.get("properties", {}).items()
    }
    closed = schema.get("additionalProperties", True) is False
    if closed and set(required) == props.keys():
        # A table row: exactly these keys (one comparison in C), then each value.
        keys = props.keys()

        def row(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            if value.keys() != keys:
                return False
            for key, item in value.items():  # noqa: SIM110 - a loop: all() costs more
                if not props[key](item):
                    return False
            return True

        return row

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for key in required:
            if key not in value:
                return False
        for key, item in value.items():
            prop = props.get(key)
            if prop is not None:
                if not prop(item):
                    return False
            elif closed:
                return False
        return True

    return check


def _lazy(target: dict[str, Any], defs: dict[str, Any], texts_clean: bool) -> Check:
    """A $ref compiled on first use (definitions may refer to each other)."""
    compiled: list[Check] = []

    def check(value: Any) -> bool:
        if not compiled:
            compiled.append(compile_schema(target, defs, texts_clean=texts_clean))
        return compiled[0](value)

    return check


_COMPILED: dict[tuple[int, bool], tuple[dict[str, Any], Check]] = {}


def raw_texts_clean(text: str) -> bool:
    """`_texts_clean` for a bundle, asked of the JSON text it was parsed from: a NUL or
    half a character can only get into a parsed text through a \\u escape (raw control
    characters are not JSON, invalid UTF-8 does not decode), so without a \\u0000 or
    \\ud… escape there is none. A few searches of the text instead of a json.dumps."""
    return "\\u0000" not in text and "\\ud" not in text and "\\uD" not in text


def schema_valid(schema: dict[str, Any], value: Any, *, texts_clean: bool | None = None) -> bool:
    """Whether `value` passes the root `schema` (with its $defs), compiled on first use.

    `texts_clean`: what `raw_texts_clean` said of the JSON text, when the caller has it."""
    clean = _texts_clean(value) if texts_clean is None else texts_clean
    entry = _COMPILED.get((id(schema), clean))
    if entry is None or entry[0] is not schema:
        entry = (schema, compile_schema(schema, schema.get("$defs", {}), texts_clean=clean))
        _COMPILED[(id(schema), clean)] = entry
    return entry[1](value)
