"""The rows a bundle carries, with the privacy choices applied (one place for both the
built bundle and the streamed export, so they stay byte-identical).

Privacy first: without options, participant labels become seat numbers (also where the
facilitator typed them in an afspraak's `wie`), gespreksleiders of tafels are left empty
(a first name, like a label), the facilitator's notes are left empty, and privé and
deleted inbreng are left out. The notes of questions (notitie rows) are left out, not
emptied. Each has its own option. Photos travel as base64 text, a few at a time.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.exchange.names import replace_names, seat_labels
from app.store import Store


@dataclass(frozen=True)
class Privacy:
    """What an export may carry beyond the default (each is the facilitator's choice)."""

    with_labels: bool = False
    with_notes: bool = False
    with_private: bool = False
    with_deleted: bool = False


# Photos read from the database per fetch while exporting.
PHOTOS_PER_FETCH = 4


def photo_row(row: dict[str, Any]) -> dict[str, Any]:
    """A foto row of a bundle (its data in base64, checked) as the database takes it."""
    return {**row, "data": photo_bytes(row["data"])}


def photo_bytes(text: str) -> bytes:
    """The image bytes of a bundle's base64 text; ValueError when it is not base64."""
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64") from exc


class BundleRows:
    """Rows of one gebied (or all, `scope` None) per table, as the bundle carries them.

    Rows come from the store a batch at a time; only the deelnemers of the scope are held
    at once, for their seat numbers and for the names to replace in `wie`.
    """

    def __init__(
        self,
        store: Store,
        scope: str | None,
        columns: Mapping[str, Sequence[str]],
        privacy: Privacy,
    ) -> None:
        self._store, self._scope, self._columns, self._privacy = store, scope, columns, privacy
        self._seated: list[dict[str, Any]] | None = None
        self._names: dict[str, dict[str, str]] = {}

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        p = self._privacy
        if table == "deelnemer" and not p.with_labels:
            yield from self._deelnemers()
            return
        if table == "notitie" and not p.with_notes:
            return
        names = self._name_map() if table == "afspraak" and not p.with_labels else {}
        # A photo is up to a few MB: fetch a few at a time, so memory stays flat.
        batch = PHOTOS_PER_FETCH if table == "foto" else 1000
        for found in self._store.iter_gebied_rows(table, self._scope, batch=batch):
            row = {c: found[c] for c in self._columns[table]}
            if table == "foto":
                row["data"] = base64.b64encode(row["data"]).decode("ascii")
            if table == "inbreng" and not self._keeps(row):
                continue
            if table == "tafel" and not p.with_labels:
                row["gespreksleider"] = ""  # a person's name or first name, like a label
            if table in ("gebied", "bijeenkomst") and not p.with_notes:
                row["notities"] = ""
            if row.get("bijeenkomst_id") in names:
                row["wie"] = replace_names(row["wie"], names[row["bijeenkomst_id"]])
            yield row

    def _keeps(self, inbreng: dict[str, Any]) -> bool:
        p = self._privacy
        return (p.with_private or not inbreng["prive"]) and (
            p.with_deleted or inbreng["verwijderd"] is None
        )

    def _deelnemers(self) -> list[dict[str, Any]]:
        """The deelnemers with seat numbers, numbered per bijeenkomst in the order added."""
        if self._seated is None:
            columns = self._columns["deelnemer"]
            rows = [
                {c: r[c] for c in columns}
                for r in self._store.iter_gebied_rows("deelnemer", self._scope)
            ]
            per_meeting: dict[str, list[dict[str, Any]]] = {}
            for row in rows:
                per_meeting.setdefault(row["bijeenkomst_id"], []).append(row)
            for bijeenkomst_id, group in per_meeting.items():
                seats = seat_labels([r["label"] for r in group])
                for row, seat in zip(group, seats, strict=True):
                    if row["label"] != seat:
                        self._names.setdefault(bijeenkomst_id, {})[row["label"]] = seat
                    row["label"] = seat
            self._seated = rows
        return self._seated

    def _name_map(self) -> dict[str, dict[str, str]]:
        """Per bijeenkomst: each participant's name and the seat number it became."""
        self._deelnemers()
        return self._names
