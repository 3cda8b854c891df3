"""Child process for the journal kill test: the real main window types in an afspraak's
`wie` while another process holds the write lock, moves on, and waits to be killed.

Usage: python tests/e2e/journal_child.py DB TEXT
Prints "bewaard" once the save failed and the text is in the journal only.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from app.store.journal import journal_path
from widgets.main_window import MainWindow


def main() -> int:
    db, text = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    store = Store.open(db)
    window = MainWindow(store, default_pack())  # reopens the afspraken page
    window.show()

    def type_it() -> None:
        page = window.console.pages["afspraken"]
        page.table.selectRow(0)
        page.wie.setFocus()
        QTest.keyClicks(page.wie, text)
        page.table.selectRow(1)  # moves on: the save is tried, the database is busy
        if journal_path(store.path).exists() and window.state.has_unsaved():
            print("bewaard", flush=True)
        else:
            print("niet bewaard", flush=True)

    QTimer.singleShot(0, type_it)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
