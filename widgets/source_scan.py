"""Spare every module PySide6's source scan.

Once PySide6 is imported it replaces `__import__`, and after each import of a module it
has not seen it reads the module's whole source (`inspect.getsource`) to learn whether
the module mentions PySide6, for its opt-in `from __feature__ import snake_case`. The
app never uses `__feature__`. From source that is about 10 ms of a start-up and 7 MB of
source lines kept in `linecache` for good (the frozen Windows build has no sources, so
there it costs nothing). A finder at the front of `sys.meta_path` enters each module in
PySide's table before it is imported, with 0, the value the scan gives a module that
uses PySide6 without features; a module that does import `__feature__` still sets its
own value then, so nothing changes but the reading.

PySide6 keeps the table in its `support.feature` module; when that is missing (another
version), this does nothing and PySide scans as before.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _NoScan(importlib.abc.MetaPathFinder):
    """Finds nothing; only tells PySide6 a module is known before it is imported."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        self.table.setdefault(fullname, 0)
        return None


def spare_imports() -> bool:
    """Install the finder once (after PySide6 is imported); False if PySide6 has no
    table this version knows."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _NoScan) for finder in sys.meta_path):
        for name in list(sys.modules):  # imported before PySide6, not yet scanned
            table.setdefault(name, 0)
        sys.meta_path.insert(0, _NoScan(table))
    return True
