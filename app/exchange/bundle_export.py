"""The bundle export, streamed: rows go from the database to the file a batch at a time.

`bundle_chunks` makes the same bytes as bundle_bytes(build_bundle(...)) (a test holds
them equal) without holding the bundle: an archive of a million inbreng peaked at about
ten times its size when the export was built as one object, and now stays flat.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import __version__
from app.exchange.bundle import FORMAT, VERSION, _schema, _schema_columns, _seated
from app.exchange.json_stream import json_chunks
from app.store import Store, now
from app.store.files import write_atomic_chunks
from app.store.schema import SCHEMA_VERSION

log = logging.getLogger("app.exchange.bundle")


def bundle_chunks(
    store: Store, gebied: str = "all", *, with_labels: bool = False, counts: dict[str, int]
) -> Iterator[bytes]:
    """The bytes of bundle_bytes(build_bundle(...)), made a few rows at a time.

    Memory stays the same whatever the number of rows: rows come from the database in
    batches and each is encoded on its own (an archive of a million inbreng peaked at
    about 10x its size when built as one object). Only the deelnemers of one gebied are
    held at once, for their seat numbers. `counts` receives the rows per table.
    """
    if gebied != "all":
        store.gebied(gebied)
    columns = _schema_columns()
    scope = None if gebied == "all" else gebied
    head = {
        "formaat": FORMAT,
        "versie": VERSION,
        "schema_versie": SCHEMA_VERSION,
        "app_versie": __version__,
        "gemaakt": now(),
        "bereik": gebied,
        "met_labels": with_labels,
    }

    def rows(table: str) -> Iterator[dict[str, Any]]:
        found = ({c: r[c] for c in columns[table]} for r in store.iter_gebied_rows(table, scope))
        return iter(_seated(list(found))) if table == "deelnemer" and not with_labels else found

    tables = _schema()["properties"]["tabellen"]["required"]
    return json_chunks(head, "tabellen", ((t, columns[t], rows(t)) for t in tables), counts)


def export_streamed(
    store: Store, out: str | Path, gebied: str = "all", *, with_labels: bool = False
) -> dict[str, int]:
    """Write the bundle to `out` (all or nothing); returns the number of rows per table."""
    counts: dict[str, int] = {}
    write_atomic_chunks(out, bundle_chunks(store, gebied, with_labels=with_labels, counts=counts))
    # What and how much, never the text: the log is not a copy of the residents' words.
    log.info(
        "exported %s: %d rows, labels %s",
        "all gebieden" if gebied == "all" else "one gebied",
        sum(counts.values()),
        "kept" if with_labels else "replaced by seat numbers",
    )
    return counts
