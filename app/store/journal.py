"""A crash-safe journal of typed text that is not in the database yet.

When a save-as-you-type write fails because the database is busy (another window or an
import holds the write lock) or the disk is full, the text is written here first, next
to the database (`<database>.niet-opgeslagen.json`, written atomically and synced), and
removed once the database has it. After a kill the next start finds it and saves it.
The file holds residents' words: it is deleted as soon as it is empty.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.errors import WijkpraatError
from app.store.files import write_atomic

log = logging.getLogger(__name__)
SUFFIX = ".niet-opgeslagen.json"
VERSION = 1


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


class Journal:
    """The entries (plain dicts) of one database's unsaved text, kept on disk."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[dict[str, Any]]:
        """The entries left by an earlier run; [] when there are none (or unreadable)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []  # the usual start: no journal, and no json module to load
        except (OSError, ValueError) as exc:  # ValueError: not UTF-8
            log.warning("unsaved-text journal unreadable: %s", type(exc).__name__)
            return []
        import json

        try:
            data = json.loads(text)
        except ValueError as exc:
            log.warning("unsaved-text journal unreadable: %s", type(exc).__name__)
            return []
        items = data.get("items") if isinstance(data, dict) else None
        return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    def save(self, entries: list[dict[str, Any]]) -> bool:
        """Write all entries at once (or delete the file when there are none).

        False when the journal could not be written (a full disk): the text then lives
        only in the window, and the caller says so.
        """
        try:
            if not entries:
                self.path.unlink(missing_ok=True)
                return True
            data = {"versie": VERSION, "items": entries}
            import json

            write_atomic(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
            return True
        except (OSError, WijkpraatError) as exc:
            log.warning("unsaved-text journal not written: %s", type(exc).__name__)
            return False
