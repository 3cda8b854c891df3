"""Typed text that the database does not have yet: kept, journaled, tried again.

A save-as-you-type write (an afspraak's fields, a kompas toelichting, an evaluatie's
reflectie) first lands here. If the database is busy or the disk is full, the text stays
here and in the journal next to the database (`app.store.journal`), the reads show it
instead of the older stored text, and the flow tries again until it is written. What is
pending is described in plain Dutch for the status bar; nothing ever says "niets
verloren" while something is pending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.content.labels import count_label
from app.store import Store
from app.store.journal import Journal, journal_path

KINDS = {
    "afspraak": ("afspraak", "afspraken"),
    "kompas": ("kompaswaarde", "kompaswaarden"),
    "evaluatie": ("evaluatie", "evaluaties"),
    "notitie": ("notitie", "notities"),  # key: "bijeenkomst id/vraag id" (no vraag: its own)
}
REASONS = {
    "bezet": "de database is bezet",
    "vol": "de schijf is vol",
}


@dataclass
class Entry:
    kind: str  # one of KINDS
    key: str  # the afspraak id, the kompas waarde id, the evaluated afspraak id
    bijeenkomst_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    version: int = 0  # bumped by every merge, so an older attempt never clears newer text

    def to_json(self) -> dict[str, Any]:
        return {
            "soort": self.kind,
            "sleutel": self.key,
            "bijeenkomst": self.bijeenkomst_id,
            "velden": self.fields,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry | None:
        kind, key, b, fields = (data.get(k) for k in ("soort", "sleutel", "bijeenkomst", "velden"))
        if kind not in KINDS or not isinstance(key, str) or not isinstance(b, str):
            return None
        if not isinstance(fields, dict):
            return None
        return cls(kind, key, b, dict(fields))


class Unsaved:
    """The pending entries, in the order they were typed, mirrored in a journal."""

    def __init__(self, journal: Journal | None) -> None:
        self._journal = journal
        self._entries: dict[tuple[str, str], Entry] = {}
        self.reason: str | None = None  # a key of REASONS while something is pending
        self.journal_ok = True
        if journal is not None:
            for data in journal.load():
                entry = Entry.from_json(data)
                if entry is not None:
                    self._entries[(entry.kind, entry.key)] = entry
            self.recovered = len(self._entries)
        else:
            self.recovered = 0

    def __bool__(self) -> bool:
        return bool(self._entries)

    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def get(self, kind: str, key: str) -> dict[str, Any]:
        """The pending fields of one row ({} when all of it is saved)."""
        entry = self._entries.get((kind, key))
        return dict(entry.fields) if entry else {}

    def keep(self, kind: str, key: str, bijeenkomst_id: str, fields: dict[str, Any]) -> Entry:
        """Add typed fields (merged with what is pending for the row) and journal them."""
        entry = self._entries.setdefault((kind, key), Entry(kind, key, bijeenkomst_id))
        entry.fields.update(fields)
        entry.version += 1
        self._write()
        return entry

    def saved(self, entry: Entry, version: int) -> None:
        """The database has `entry` as it was at `version`."""
        current = self._entries.get((entry.kind, entry.key))
        if current is entry and entry.version == version:
            del self._entries[(entry.kind, entry.key)]
            self._write()
        if not self._entries:
            self.reason = None

    def drop(self, entry: Entry) -> None:
        """Forget an entry the database can never take (invalid input: told in Dutch)."""
        if self._entries.get((entry.kind, entry.key)) is entry:
            del self._entries[(entry.kind, entry.key)]
            self._write()
        if not self._entries:
            self.reason = None

    def _write(self) -> None:
        if self._journal is not None:
            self.journal_ok = self._journal.save([e.to_json() for e in self._entries.values()])

    def describe(self) -> str | None:
        """'Nog niet opgeslagen: 1 afspraak — de database is bezet. …', or None."""
        if not self._entries:
            return None
        counts: dict[str, int] = {}
        for entry in self._entries.values():
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        what = ", ".join(count_label(n, *KINDS[kind]) for kind, n in counts.items())
        why = REASONS.get(self.reason or "", "de database kan nu niet schrijven")
        where = (
            "De tekst blijft staan en is veilig bewaard naast de database"
            if self.journal_ok
            else "Let op: de tekst staat alleen nog in dit venster; sluit Wijkpraat niet"
        )
        return (
            f"Nog niet opgeslagen: {what} — {why}. {where}; Wijkpraat probeert het steeds opnieuw."
        )


def journal_waiting(store: Store) -> bool:
    """Whether an earlier run left typed text in the journal of this database."""
    return not store.readonly and journal_path(store.path).exists()
