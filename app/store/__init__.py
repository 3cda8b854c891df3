"""The store: the only door to the database (SQLite through sqlite-utils).

`Store` (store.py) is one class whose tables live in groups: places, talk, agreements,
people, exchange_rows, on top of base.py (the connection, the one `transaction()`,
settings). Around it: opening.py looks at a file before opening it, failures.py sorts
known storage errors from bugs, schema.py holds the tables and migrations, records.py
the frozen rows everyone else gets, validation.py the checks on typed input, backup.py
copies of the file, files.py the one atomic writer for every file the app saves.
"""

from app.store.base import SETTING_BIJEENKOMST, SETTING_VIEW, new_id, now
from app.store.failures import known_errors
from app.store.opening import inspect_file, readonly_uri
from app.store.store import Store

__all__ = [
    "SETTING_BIJEENKOMST",
    "SETTING_VIEW",
    "Store",
    "inspect_file",
    "known_errors",
    "new_id",
    "now",
    "readonly_uri",
]
