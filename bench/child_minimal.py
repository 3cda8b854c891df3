"""Child process of bench/run.py: the least a PySide6 program can do for one Enter.

A reference, not a goal: what the goal "Enter with 10 items / a bare insert ≤ 3×" asks
of any program built on Qt widgets here. One window with a list (10 items, the size of
the console's inbreng list, so it starts scrolling after as many Enters) and a line
edit, a second full-screen window with a label; Enter stores the text with the same
sqlite-utils insert + commit as the bare case (WAL, synchronous=FULL), appends it to the
list, scrolls to it and shows the last eight items on the label; then both windows paint
(QApplication.processEvents(), as in child_edits.py). No event filter, no model of our
own, none of our code. Prints one JSON line: the seconds per Enter and per bare insert,
interleaved so machine load hits them alike.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)


def database(path: Path) -> sqlite_utils.Database:
    """The bare case's table: WAL and synchronous=FULL, as the app's store."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db["t"].create({"id": str, "tekst": str}, pk="id")
    return db


def main() -> int:
    folder, samples = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    store, bare = database(folder / "minimal.sqlite"), database(folder / "minimal-bare.sqlite")

    console = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    model = QStandardItemModel()
    view = QListView()
    view.setModel(model)
    view.setFixedSize(836, 463)  # the console's inbreng list: it scrolls after as many items
    edit = QLineEdit()
    layout.addWidget(view)
    layout.addWidget(edit)
    console.setCentralWidget(body)
    console.resize(1280, 800)
    console.show()
    projector = QMainWindow()
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setPixelSize(36)
    label.setFont(font)
    projector.setCentralWidget(label)
    projector.showFullScreen()
    for i in range(10):
        model.appendRow(QStandardItem(f"Punt {i}: meer groen en een bankje bij de school"))

    def enter() -> None:
        text = edit.text()
        with store.conn:
            store["t"].insert({"id": str(uuid.uuid4()), "tekst": text})
        model.appendRow(QStandardItem(text))
        view.scrollToBottom()
        edit.clear()
        last = range(max(0, model.rowCount() - 8), model.rowCount())
        label.setText("<br>".join(model.item(r).text() for r in last))

    edit.returnPressed.connect(enter)
    app.processEvents()
    results: dict[str, list[float]] = {"enter": [], "bare_insert": []}
    for i in range(samples):
        edit.setFocus()
        edit.setText(f"Nieuw punt {i}")
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        app.processEvents()
        results["enter"].append(time.perf_counter() - start)
        start = time.perf_counter()
        with bare.conn:
            bare["t"].insert({"id": str(uuid.uuid4()), "tekst": "Nieuw punt"})
        results["bare_insert"].append(time.perf_counter() - start)
    assert model.rowCount() == 10 + samples  # every Enter reached the list
    print(json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
