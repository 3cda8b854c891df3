"""The layers, as rules that fail on a breach (ARCHITECTURE.md says why).

- app/ imports no QtWidgets or QtGui; only the meeting adapter imports QtCore;
- only app/store touches the database connection (`.conn`, `._conn`, `.db` of a store,
  `._sqlite_utils`) or imports sqlite3 / sqlite_utils;
- widgets/ never reads `state.store` and imports no SQL, PDF or QR library;
- the CLI reaches the GUI only inside the function that starts it.

Each rule is a function over a file's syntax tree, so the tests at the bottom can also
show that a rule catches what it should (a rule that cannot fail guards nothing).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QTCORE_ALLOWED = {"app/meeting/adapter.py"}
CLI_GUI_ENTRY = "app/cli/main.py"
FORBIDDEN_IN_WIDGETS = ("sqlite3", "sqlite_utils", "reportlab", "qrcode")
# Attributes that are the database connection itself.
CONNECTION_ATTRS = {"conn", "_conn", "_sqlite_utils", "_db"}
# The stdlib and sqlite-utils connection libraries belong to the store alone. Two
# outside modules need sqlite3 for its exception type or a backup copy: named here.
SQLITE_OUTSIDE_STORE = {
    "app/exchange/bundle.py": "sqlite3.IntegrityError, to undo an import that does not fit",
    "app/system/selftest.py": "checks that sqlite-utils is bundled (a frozen-app smoke test)",
}


def _imports(tree: ast.Module) -> list[tuple[str, bool]]:
    """(module, at_top_level) for every import in a syntax tree."""
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top))
            found += [(f"{node.module}.{a.name}", id(node) in top) for a in node.names]
    return found


def _dotted(node: ast.expr) -> str:
    """`self.state.store` for an attribute chain; '' where it is not a plain chain."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return ""


def connection_uses(tree: ast.Module) -> list[str]:
    """Places that reach the database connection: `x.conn`, `store.db`, `x._sqlite_utils`."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain = _dotted(node)
        if node.attr in CONNECTION_ATTRS or (node.attr == "db" and "store" in chain.lower()):
            found.append(f"line {node.lineno}: {chain or node.attr}")
    return found


def state_store_uses(tree: ast.Module) -> list[str]:
    """Places that read the store through the meeting state: `state.store`, `_state._store`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("store", "_store"):
            owner = _dotted(node.value).split(".")[-1:]
            if owner and owner[0].lstrip("_") in ("state", "s", "flow"):
                found.append(f"line {node.lineno}: {_dotted(node)}")
    return found


def qt_breaches(rel: str, tree: ast.Module) -> list[str]:
    found = []
    for module, top_level in _imports(tree):
        gui_qt = module.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
        if gui_qt or (module.startswith("PySide6") and rel not in QTCORE_ALLOWED):
            found.append(f"{rel} imports {module}")
        elif module.startswith("widgets") and (rel != CLI_GUI_ENTRY or top_level):
            found.append(f"{rel} imports {module}" + (" at module level" if top_level else ""))
    return found


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# -- the rules, over the real tree -------------------------------------------------------


def test_app_imports_no_qtwidgets_or_qtgui_and_qtcore_only_in_the_adapter():
    assert _files("app"), "app/ has no modules?"
    breaches = [b for path in _files("app") for b in qt_breaches(_rel(path), _tree(path))]
    assert not breaches, breaches


def test_only_the_store_touches_the_connection():
    breaches = []
    for folder in ("app", "widgets"):
        for path in _files(folder):
            rel = _rel(path)
            if rel.startswith("app/store/"):
                continue
            tree = _tree(path)
            breaches += [f"{rel} {place}" for place in connection_uses(tree)]
            for module, _ in _imports(tree):
                root = module.split(".")[0]
                if root in ("sqlite3", "sqlite_utils") and rel not in SQLITE_OUTSIDE_STORE:
                    breaches.append(f"{rel} imports {module}")
    assert not breaches, breaches


def test_widgets_never_read_the_store_through_the_meeting_state():
    breaches = []
    for path in _files("widgets"):
        breaches += [f"{_rel(path)} {place}" for place in state_store_uses(_tree(path))]
    assert not breaches, breaches


def test_gui_bootstrap_lives_in_widgets():
    for path in _files("app"):
        assert "QApplication" not in path.read_text(encoding="utf-8"), path


def test_widgets_use_no_sql_pdf_or_qr_libraries():
    assert _files("widgets")
    for path in _files("widgets"):
        for module, _ in _imports(_tree(path)):
            assert module.split(".")[0] not in FORBIDDEN_IN_WIDGETS, f"{path.name} imports {module}"


def test_no_module_is_too_long_to_read():
    """~400 lines at most (ARCHITECTURE.md): past that a module holds more than one idea."""
    long = [
        f"{_rel(p)}: {n}"
        for folder in ("app", "widgets")
        for p in _files(folder)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    ]
    assert not long, long


def test_cli_and_gui_start_without_heavy_imports():
    """The CLI and the meeting flow never load Qt; the GUI does not load reportlab or qrcode
    at start-up."""
    code = (
        "import sys, app.cli, app.store, app.content, app.system.demo, app.meeting.flow\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded by CLI'\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite-utils loaded before the first write'\n"
        "import widgets.gui, widgets.main_window\n"
        "heavy = [m for m in ('reportlab', 'qrcode') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


# -- the rules catch what they should ----------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "rows = store.conn.execute('SELECT 1')",
        "store._conn.close()",
        "with self.store.db.atomic(): pass",
        "state.store.db.table('inbreng')",
        "store._sqlite_utils.table('x')",
    ],
)
def test_the_connection_rule_catches_a_reach_into_the_store(source):
    assert connection_uses(ast.parse(source))


def test_the_connection_rule_lets_paths_and_the_store_api_pass():
    fine = "where.db.exists()\nStore.open(paths.db)\nstore.afspraken(b.id)\nctx.db.unlink()"
    assert not connection_uses(ast.parse(fine))


@pytest.mark.parametrize(
    "source",
    ["self.state.store.afspraken(b.id)", "state.store.rollen(x)", "self._state._store = s"],
)
def test_the_state_rule_catches_a_widget_reading_the_store(source):
    assert state_store_uses(ast.parse(source))


@pytest.mark.parametrize(
    ("rel", "source"),
    [
        ("app/content/pack.py", "from PySide6.QtGui import QColor"),
        ("app/meeting/flow.py", "from PySide6.QtCore import QObject"),
        ("app/meeting/adapter.py", "from PySide6.QtWidgets import QWidget"),
        ("app/cli/main.py", "from widgets.gui import run_gui"),
        ("app/store/base.py", "def f():\n    import widgets.gui"),
    ],
)
def test_the_qt_rule_catches_each_kind_of_breach(rel, source):
    assert qt_breaches(rel, ast.parse(source))


def test_the_qt_rule_lets_the_adapter_and_the_gui_start_pass():
    assert not qt_breaches("app/meeting/adapter.py", ast.parse("from PySide6.QtCore import Signal"))
    start = "def _gui():\n    from widgets.gui import run_gui"
    assert not qt_breaches("app/cli/main.py", ast.parse(start))
