"""The app side of the accessibility test: opens every window a facilitator meets, one
scene at a time, and for each asks `atspi_probe.py` (system Python, AT-SPI) for the
accessible tree while the event loop keeps answering, then walks the scene with Tab.

Usage (under Xvfb and a D-Bus session, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1):
    python tests/e2e/atspi_app.py DB [--strip-name OBJECT] [--only SCENE]
Prints one line `RESULT <json>`: per scene the probe's windows, the controls Tab should
reach and those it did not. `--strip-name` empties the accessible name of one console
control first, to show that the test notices.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QRadioButton,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.content import default_pack  # noqa: E402
from app.store import Store  # noqa: E402
from app.system.demo import load_demo  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402

PROBE = [sys.argv[0].replace("atspi_app.py", "atspi_probe.py")]
SYSTEM_PYTHON = "/usr/bin/python3"


def owner(w: QWidget) -> QWidget:
    """The control a focused widget belongs to: a spin box for its line edit, a tab
    widget for its tab bar."""
    parent = w.parentWidget()
    if parent is not None and (parent.focusProxy() is w or isinstance(parent, QTabWidget)):
        return parent
    return w


def tab_targets(window: QWidget) -> list[QWidget]:
    """The controls a keyboard user must be able to reach in `window` with Tab."""
    found: list[QWidget] = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if w.focusProxy() is not None or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        w = owner(w)
        if w not in found:
            found.append(w)
    return found


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__} {w.accessibleName() or text or w.objectName()!r}"


def radio_group(w: QWidget) -> tuple[int, ...] | None:
    """Auto-exclusive radio buttons are one stop for Tab (arrows move inside), as in every
    toolkit; the group is reached when one of them is."""
    if isinstance(w, QRadioButton):
        group = w.group()
        members = group.buttons() if group is not None else [w]
        return tuple(sorted(id(b) for b in members))
    return None


def tab_walk(window: QWidget) -> dict[str, object]:
    """Tab from the first control once round the window: the controls never reached, and
    how many Tabs the round took."""
    targets = tab_targets(window)
    if not targets:
        return {"targets": [], "missing": [], "presses": 0, "trapped_in": None}
    window.activateWindow()
    start = targets[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[int] = {id(start)}
    presses = 0
    while presses < 999:
        presses += 1
        focus = window.focusWidget()
        if focus is None:
            break
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is None:
            break
        if owner(now) is start:
            break
        reached.add(id(owner(now)))
        group = radio_group(owner(now))
        if group:
            reached.update(group)
    missing = [describe(w) for w in targets if id(w) not in reached]
    focus = window.focusWidget()
    trapped = describe(owner(focus)) if focus is not None and presses >= 999 else None
    return {
        "targets": [describe(w) for w in targets],
        "missing": missing,
        "presses": presses,
        "trapped_in": trapped,
    }


class Walk:
    def __init__(self, window: MainWindow, scenes: list[tuple[str, Callable[[], QWidget]]]):
        self.window = window
        self.scenes = scenes
        self.results: dict[str, object] = {}
        self.process = QProcess()
        self.process.finished.connect(self._probed)
        self.current: tuple[str, QWidget] | None = None

    def next(self) -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
        if not self.scenes:
            print("RESULT " + json.dumps(self.results), flush=True)
            QApplication.quit()
            return
        name, setup = self.scenes.pop(0)
        shown = setup()
        QApplication.processEvents()
        self.current = (name, shown)
        self.process.start(SYSTEM_PYTHON, [*PROBE, str(QApplication.applicationPid())])

    def _probed(self, code: int, _status: object) -> None:
        assert self.current is not None
        name, shown = self.current
        out = bytes(self.process.readAllStandardOutput().data()).decode()
        err = bytes(self.process.readAllStandardError().data()).decode()
        try:
            probe = json.loads(out.strip().splitlines()[-1])
        except (IndexError, ValueError):
            probe = {"error": f"probe exit {code}: {err[-1500:]}"}
        self.results[name] = {"probe": probe, "tab": tab_walk(shown)}
        QTimer.singleShot(0, self.next)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--strip-name")
    parser.add_argument("--only")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Wijkpraat")
    store = Store.open(args.db)
    load_demo(store)
    window = MainWindow(store, default_pack())
    window.resize(1366, 768)
    window.show()
    riv = next(g for g in store.gebieden() if g.naam.startswith("Rivierenbuurt"))
    by_stap = {b.stap: b for b in reversed(store.bijeenkomsten(riv.id))}

    def console(view: str, stap: int) -> Callable[[], QWidget]:
        def setup() -> QWidget:
            if window.state.bijeenkomst is None or window.state.bijeenkomst.id != by_stap[stap].id:
                window.open_bijeenkomst(by_stap[stap].id)
            window.state.set_view(view)
            if args.strip_name:
                target = getattr(window.console, args.strip_name)
                target.setAccessibleName("")
            return window

        return setup

    def round_panel() -> QWidget:
        window.round_dock.show()
        return window

    def projection(mode: str, view: str) -> Callable[[], QWidget]:
        """The room's window: its drawings (QR, bars, radar) need a name and description."""

        def setup() -> QWidget:
            window.round_dock.hide()
            if window.state.bijeenkomst is None or window.state.bijeenkomst.id != by_stap[1].id:
                window.open_bijeenkomst(by_stap[1].id)
            window.state.set_view(view)
            if view == "bespreken":
                window.state.set_stemming("eens", 7)
            if window.projector is None or not window.projector.isVisible():
                window.preview_projection()
            window.state.set_projection(mode)
            assert window.projector is not None
            return window.projector

        return setup

    def overview() -> QWidget:
        window.show_overview()
        window.overview.gebieden_view.setCurrentIndex(window.overview.gebieden_model.index(0, 0))
        return window

    def dialog(open_it: Callable[[], object]) -> Callable[[], QWidget]:
        def setup() -> QWidget:
            shown = open_it()
            assert isinstance(shown, QWidget)
            return shown

        return setup

    def help_box() -> QWidget:
        window.show_shortcuts()
        return window.help_box

    scenes: list[tuple[str, Callable[[], QWidget]]] = [
        ("overzicht", overview),
        ("dialoog nieuw gebied", dialog(window.ask_new_gebied)),
        ("dialoog nieuwe bijeenkomst", dialog(window.ask_new_bijeenkomst)),
        ("console bespreken", console("bespreken", 1)),
        ("console archetype", console("archetype", 1)),
        ("console kompas", console("kompas", 1)),
        ("console rollen", console("rollen", 2)),
        ("console afspraken", console("afspraken", 2)),
        ("console evalueren", console("evalueren", 3)),
        ("dialoog bijeenkomst bewerken", dialog(window.ask_edit_bijeenkomst)),
        ("dialoog witte vlek", dialog(lambda: window.console.ask_witte_vlek())),
        ("dialoog sneltoetsen", help_box),
        ("spreekronde", round_panel),
        ("projectie welkom", projection("welkom", "bespreken")),
        ("projectie vraag", projection("live", "bespreken")),
        ("projectie kompas", projection("live", "kompas")),
    ]
    if args.only:
        scenes = [s for s in scenes if s[0] == args.only]
    walk = Walk(window, scenes)
    QTimer.singleShot(0, walk.next)
    code = app.exec()
    window.close()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
