"""The core rule: app/ stays free of Qt widgets; widgets/ stays free of SQL and PDF code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The live-meeting state is the only module in app/ that may use QtCore (for signals).
QTCORE_ALLOWED = {"app/meeting.py"}
FORBIDDEN_IN_WIDGETS = ("sqlite3", "sqlite_utils", "reportlab", "qrcode")


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at_top_level) for every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top))
            found += [(f"{node.module}.{a.name}", id(node) in top) for a in node.names]
    return found


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_app_imports_no_qtwidgets_or_qtgui_and_qtcore_only_in_meeting_state():
    assert _files("app"), "app/ has no modules?"
    for path in _files("app"):
        rel = path.relative_to(ROOT).as_posix()
        for module, top_level in _imports(path):
            assert not module.startswith(("PySide6.QtWidgets", "PySide6.QtGui")), f"{rel}: {module}"
            if module.startswith("PySide6"):
                assert rel in QTCORE_ALLOWED, f"{rel} imports {module}"
            if module.startswith("widgets"):
                # only the CLI may reach the GUI, and only inside the function that starts it
                assert rel == "app/cli.py" and not top_level, f"{rel} imports {module}"


def test_cli_imports_the_gui_only_inside_a_function():
    for module, top_level in _imports(ROOT / "app" / "cli.py"):
        if module.startswith(("widgets", "PySide6")):
            assert not top_level, f"app/cli.py imports {module} at module level"


def test_gui_bootstrap_lives_in_widgets():
    for path in _files("app"):
        assert "QApplication" not in path.read_text(encoding="utf-8"), path


def test_widgets_use_no_sql_pdf_or_qr_libraries():
    assert _files("widgets")
    for path in _files("widgets"):
        for module, _ in _imports(path):
            assert module.split(".")[0] not in FORBIDDEN_IN_WIDGETS, f"{path.name} imports {module}"


def test_cli_and_gui_start_without_heavy_imports():
    """The CLI never loads Qt; the GUI does not load reportlab or qrcode at start-up."""
    code = (
        "import sys, app.cli, app.store, app.content, app.demo\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded by CLI'\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite-utils loaded before the first write'\n"
        "import widgets.gui, widgets.main_window\n"
        "heavy = [m for m in ('reportlab', 'qrcode') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
