"""Child process of bench/run.py: Enter and dot votes at 10 and at 20,000 items.

Prints one JSON line: per case the list of seconds. Each sample is the facilitator's
key press on the real console (offscreen), through the store's commit, until the console
and the projector have painted (QApplication.processEvents() delivers the paint events).
The bare case is a sqlite-utils insert + commit on the same disk, WAL and
synchronous=FULL as the app. Cases are interleaved in blocks so machine load hits them
alike.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.content import default_pack  # noqa: E402
from app.store import Store  # noqa: E402

STAMP = "2026-03-01T19:30:00.000+00:00"


def fill(store: Store, bijeenkomst_id: str, vraag_id: str, n: int) -> None:
    with store.transaction():
        for first in range(0, n, 500):
            rows = [
                {
                    "id": str(uuid.uuid4()),
                    "bijeenkomst_id": bijeenkomst_id,
                    "vraag_id": vraag_id,
                    "tekst": f"Punt {i}: meer groen en een bankje bij de school",
                    "soort": None,
                    "volgorde": i + 1,
                    "stippen": 0,
                    "prive": 0,
                    "verwijderd": None,
                    "aangemaakt": STAMP,
                    "bijgewerkt": STAMP,
                }
                for i in range(first, min(first + 500, n))
            ]
            store.merge_rows("inbreng", rows, newer=lambda _a, _b: False)


def main() -> int:
    folder, samples = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    from widgets.main_window import MainWindow

    pack = default_pack()
    store = Store.open(folder / "edits.sqlite")
    g = store.add_gebied("Stad", "wijk")
    vraag = pack.bouwstenen[0].vragen[0].id
    meetings = {}
    for size in (10, 20_000):
        b = store.add_bijeenkomst(g.id, f"{size} items", "2026-05-01", vorm="projectie")
        fill(store, b.id, vraag, size)
        meetings[size] = b.id
    window = MainWindow(store, pack)
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    from bench.child_minimal import database  # the same bare table, WAL, synchronous=FULL

    bare = database(folder / "bare.sqlite")

    results: dict[str, list[float]] = {
        "enter_10": [],
        "enter_20000": [],
        "dot_10": [],
        "dot_20000": [],
        "bare_insert": [],
    }
    block = max(1, samples // 4)
    for _round in range(4):
        for size in (10, 20_000):
            window.open_bijeenkomst(meetings[size])
            window.state.set_question(vraag)
            # The projector needs an open bijeenkomst (before one, F5 only says so in the
            # status bar): start it here, so each sample paints console and projector.
            if window.projector is None or not window.projector.isVisible():
                window.start_projection()
                window.state.set_projection("live")
            app.processEvents()
            assert window.projector is not None and window.projector.isVisible()
            page = window.console.pages["bespreken"]
            for i in range(block):
                page.inbreng_input.setFocus()
                page.inbreng_input.setText(f"Nieuw punt {i}")
                start = time.perf_counter()
                QTest.keyClick(page.inbreng_input, Qt.Key.Key_Return)
                app.processEvents()
                results[f"enter_{size}"].append(time.perf_counter() - start)
            view = page.inbreng_list
            for _i in range(block):
                view.setFocus()
                view.setCurrentRow(view.count() - 5)
                app.processEvents()
                start = time.perf_counter()
                QTest.keyClick(view, Qt.Key.Key_Plus)
                app.processEvents()
                results[f"dot_{size}"].append(time.perf_counter() - start)
            for _i in range(block):
                start = time.perf_counter()
                with bare.conn:
                    bare["t"].insert({"id": str(uuid.uuid4()), "tekst": "Nieuw punt"})
                results["bare_insert"].append(time.perf_counter() - start)
    stored = len(store.inbreng(meetings[20_000], vraag))
    assert stored == 20_000 + 4 * block, stored  # every Enter was stored
    print(json.dumps(results), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
