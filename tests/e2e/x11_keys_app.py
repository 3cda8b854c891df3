"""Child of test_window_keys_x11.py: the real window on X11 (xcb, under Xvfb), keys typed
where a facilitator types. Prints one line `RESULT {json}`: what each key did."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox

from app.content import default_pack
from app.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def main() -> int:
    app = QApplication([])
    from widgets.main_window import MainWindow

    store = Store.open(Path(sys.argv[1]))
    g = store.add_gebied("Stad", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-05-01")
    window = MainWindow(store, default_pack())
    window.show()
    window.open_bijeenkomst(b.id)
    QTest.qWaitForWindowActive(window)
    page = window.console.pages["bespreken"]
    field = page.inbreng_input
    results: dict[str, object] = {"platform": app.platformName()}

    field.setFocus()
    field.setText("Een bankje")
    field.setCursorPosition(0)
    QTest.keyClick(field, Qt.Key.Key_H, CTRL)  # naar handen tellen
    app.processEvents()
    results["ctrl_h_text"] = field.text()
    results["ctrl_h_focus"] = isinstance(QApplication.focusWidget(), QSpinBox)

    field.setFocus()
    field.setCursorPosition(0)
    QTest.keyClick(field, Qt.Key.Key_E, CTRL)  # bijeenkomst bewerken
    app.processEvents()
    modal = QApplication.activeModalWidget()
    results["ctrl_e_dialog"] = type(modal).__name__ if modal else None
    results["ctrl_e_cursor"] = field.cursorPosition()
    if modal is not None:
        modal.close()
    print("RESULT " + json.dumps(results), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
