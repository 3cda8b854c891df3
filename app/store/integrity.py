"""The full check of a big database file, after the first paint instead of before it.

Why: `PRAGMA quick_check` reads every page. For the demo that is a few milliseconds; for
a city's archive (600 MB with the search index) it is one to two seconds, all spent
before the overview could paint (issue 16's "archive first paint" figure). The check is
there for one promise: a damaged file is recognised before Wijkpraat writes into it, and
before a backup of it pushes a good backup out of the rotation. Nothing needs the answer
earlier than the first write or the first backup, so for a file above
`FULL_CHECK_UP_FRONT` bytes the promise is kept like this:

- before the first paint, `inspect_file(full_check=False)` still reads the header, the
  schema, the application id, and compares the page count in the header with the file's
  size (a copy cut short, the most common damage, is refused as before);
- the full `quick_check` runs before the first write (`StoreBase.transaction`) and
  before any backup of the open store (`backup.backup_store`); the GUI starts it on a
  background thread right after the first paint and waits for it before its start-up
  backup, handling window events meanwhile;
- when it finds damage, that write or backup is refused with a Dutch message (no row
  is written, no backup made), and the GUI says so at once.

Rejected alternatives: skipping the check when the file looks unchanged since our last
clean close (a stamp of size and mtime) misses damage that leaves those alone (a bad
sector, a sync tool that restores the time) and needs a file of its own; checking only
some pages finds only damage on those pages. Small files, and every file opened for a
backup, a restore or `is_good`, are still checked completely before anything else.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from app.errors import CorruptDatabase, StoreError
from app.store.failures import diagnose_sqlite_error
from app.store.opening import readonly_uri

# Files up to this size are checked completely before they are opened (about 0.1 s).
FULL_CHECK_UP_FRONT = 64 * 1024 * 1024


def damaged_message(name: str) -> str:
    return (
        f"Bij de controle na het openen bleek het bestand '{name}' beschadigd. Wijkpraat "
        "schrijft er niets meer in en maakt er geen reservekopie van, zodat uw goede "
        "reservekopieën bewaard blijven. Wat u nu ziet, kunt u nog lezen en exporteren. "
        "Kies Bestand > Reservekopie terugzetten, of vraag hulp bij de beheerder."
    )


class FullCheck:
    """`PRAGMA quick_check` of one file on its own read-only connection, run once.

    `wait()` gives the answer: it raises CorruptDatabase for a damaged file (every time
    it is asked), and another StoreError (busy, unreadable) once, to be asked again.
    Only the thread that opened the store calls it.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._error: Exception | None = None
        self.passed = False

    def _run(self) -> None:
        try:
            uri = readonly_uri(self._path)
            conn = sqlite3.connect(uri, uri=True, timeout=1.0, check_same_thread=False)
            self._conn = conn
            try:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
            if result == "ok":
                self.passed = True
            else:
                self._error = CorruptDatabase(damaged_message(self._path.name))
        except sqlite3.Error as exc:
            error = diagnose_sqlite_error(exc, self._path.name)
            if isinstance(error, CorruptDatabase):
                error = CorruptDatabase(damaged_message(self._path.name))
            self._error = error
        except Exception as exc:  # a bug: raised where the answer is asked for
            self._error = exc

    def wait(self, between: Callable[[], object] | None = None) -> None:
        """Return once the file has passed; raise what the check found.

        With `between`, the check runs on a background thread and `between` is called
        about every 50 ms until it ends (the GUI handles its events there); without, it
        runs here, or this waits for the thread that is already running. A write from
        within `between` waits here too (a nested call), and is refused if it fails.
        """
        while not self.passed:
            error = self._error
            if error is not None:
                if isinstance(error, StoreError) and not isinstance(error, CorruptDatabase):
                    self._error = None  # busy or unreadable: asked again next time
                raise error
            thread = self._thread
            if thread is None:
                if between is None:
                    self._run()
                    continue
                thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
                self._thread = thread
                thread.start()
            while True:  # `between` at least once: the window gets its events
                thread.join(0.05 if between is not None else None)
                if between is not None:
                    between()
                if not thread.is_alive():
                    break
            if self._thread is thread:
                self._thread = None

    def stop(self) -> None:
        """Stop a check that is still running (the store is closing)."""
        thread, conn = self._thread, self._conn
        if thread is not None and thread.is_alive():
            if conn is not None:
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                    conn.interrupt()
            thread.join()
        self._thread = None
