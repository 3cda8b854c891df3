"""PySide6 reads the whole source of each module imported after it (for `__feature__`,
which the app never uses); widgets/source_scan.py spares every import that, so start-up
does not read and keep ~7 MB of source lines (issue 16: start-up and memory guards)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import widgets  # noqa: F401  # installs the finder, as the app does
from widgets.source_scan import spare_imports


def test_a_module_imported_after_pyside_is_not_read_into_linecache(tmp_path: Path) -> None:
    source = tmp_path / "wijkpraat_scan_probe.py"
    source.write_text("from PySide6.QtCore import QObject\nANSWER = 42\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        assert spare_imports(), "PySide6 keeps no feature table: the scan is not spared"
        linecache.clearcache()
        # An import statement, as in the app: PySide6 hooks `__import__`, which
        # importlib.import_module does not go through.
        namespace: dict[str, object] = {}
        exec("import wijkpraat_scan_probe as module", namespace)
        module = namespace["module"]
        assert getattr(module, "ANSWER", None) == 42
        assert str(source) not in linecache.cache
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("wijkpraat_scan_probe", None)
