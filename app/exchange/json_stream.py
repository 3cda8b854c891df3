"""A JSON document of many flat rows, written piece by piece in json.dumps' own layout.

`json_chunks` gives the same bytes as json.dumps(document, ensure_ascii=False, indent=1)
+ newline, for a document made of a head object plus one key holding tables of flat
rows, without ever holding the document: memory stays the same for 1,000 or 1,000,000
rows. Values are encoded by the json module's own (C) string encoder.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# The C version where there is one (json.encoder picks it): same text as json.dumps.
_json_str: Callable[[str], str] = json.encoder.encode_basestring
# Rows are joined into one write of about this many, or of about this many characters
# (a photo row is a megabyte of base64: two hundred of them would be held at once).
ROWS_PER_CHUNK = 200
CHARS_PER_CHUNK = 1 << 20


def json_scalar(value: Any) -> str:
    """One column value as json.dumps(ensure_ascii=False) writes it."""
    if isinstance(value, str):
        return _json_str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def json_chunks(
    head: dict[str, Any],
    key: str,
    tables: Iterable[tuple[str, Iterable[str], Iterable[dict[str, Any]]]],
    counts: dict[str, int],
) -> Iterator[bytes]:
    """{**head, key: {table: [row, ...], ...}} as UTF-8, a few hundred rows at a time.

    `tables` gives (name, columns, rows); `counts` receives the rows written per table.
    """
    # Level 1 for the top object, 2 for `key`, 3 for a table's rows (indent=1).
    text = json.dumps(head, ensure_ascii=False, indent=1)
    yield (text[:-2] + f",\n {_json_str(key)}: {{").encode()
    for n, (table, columns, rows) in enumerate(tables):
        counts[table] = 0
        parts = [f"{',' if n else ''}\n  {_json_str(table)}: ["]
        size = 0
        keys = {c: f"\n    {_json_str(c)}: " for c in columns}
        for row in rows:
            encoded = ",".join(keys[k] + json_scalar(v) for k, v in row.items())
            parts.append(("," if counts[table] else "") + "\n   {" + encoded + "\n   }")
            size += len(encoded)
            counts[table] += 1
            if len(parts) >= ROWS_PER_CHUNK or size >= CHARS_PER_CHUNK:
                yield "".join(parts).encode()
                parts, size = [], 0
        parts.append("\n  ]" if counts[table] else "]")
        yield "".join(parts).encode()
    yield b"\n }\n}\n"
