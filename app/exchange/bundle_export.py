"""The bundle export, streamed: rows go from the database to the file a batch at a time.

`bundle_chunks` makes the same bytes as bundle_bytes(build_bundle(...)) (a test holds
them equal) without holding the bundle: an archive of a million inbreng peaked at about
ten times its size when the export was built as one object, and now stays flat.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from app.exchange.bundle import _schema_columns, bundle_head
from app.exchange.bundle_rows import BundleRows, Privacy
from app.exchange.bundle_schema import _schema
from app.exchange.json_stream import json_chunks
from app.store import Store
from app.store.files import write_atomic_chunks

log = logging.getLogger("app.exchange.bundle")


def bundle_chunks(
    store: Store, gebied: str = "all", privacy: Privacy | None = None, *, counts: dict[str, int]
) -> Iterator[bytes]:
    """The bytes of bundle_bytes(build_bundle(...)), made a few rows at a time.

    Memory stays the same whatever the number of rows: rows come from the database in
    batches and each is encoded on its own (an archive of a million inbreng peaked at
    about 10x its size when built as one object). Only the deelnemers of one gebied are
    held at once, for their seat numbers. `counts` receives the rows per table.
    """
    privacy = privacy or Privacy()
    if gebied != "all":
        store.gebied(gebied)
    columns = _schema_columns()
    scope = None if gebied == "all" else gebied
    head = bundle_head(gebied, privacy)
    shared = BundleRows(store, scope, columns, privacy)
    tables = _schema()["properties"]["tabellen"]["required"]
    return json_chunks(head, "tabellen", ((t, columns[t], shared.rows(t)) for t in tables), counts)


def export_streamed(
    store: Store, out: str | Path, gebied: str = "all", privacy: Privacy | None = None
) -> dict[str, int]:
    """Write the bundle to `out` (all or nothing); returns the number of rows per table."""
    privacy = privacy or Privacy()
    counts: dict[str, int] = {}
    write_atomic_chunks(out, bundle_chunks(store, gebied, privacy, counts=counts))
    # What and how much, never the text: the log is not a copy of the residents' words.
    log.info(
        "exported %s: %d rows, labels %s, notes %s, private %s, deleted %s",
        "all gebieden" if gebied == "all" else "one gebied",
        sum(counts.values()),
        "kept" if privacy.with_labels else "replaced by seat numbers",
        *(
            "kept" if flag else "left out"
            for flag in (privacy.with_notes, privacy.with_private, privacy.with_deleted)
        ),
    )
    return counts
