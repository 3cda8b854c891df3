"""Child process for the kill test: the real main window types an inbreng, then waits.

Usage: python tests/e2e/console_child.py DB TEXT
Prints "getypt <vraag_id>" once the inbreng was typed (and, the app says, saved), then
runs the event loop until the parent kills it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from widgets.main_window import MainWindow


def main() -> int:
    db, text = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    store = Store.open(db)
    window = MainWindow(store, default_pack())  # reopens the bijeenkomst the parent chose
    window.show()

    def type_it() -> None:
        state = window.state
        state.next_question()
        state.next_question()
        field = window.console.pages["bespreken"].inbreng_input
        field.setFocus()
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        print(f"getypt {state.vraag.id}", flush=True)

    QTimer.singleShot(0, type_it)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
