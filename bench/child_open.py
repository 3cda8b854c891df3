"""Child process of bench/run.py: open a bijeenkomst in the console until it has painted.

`child_open.py DB WARM_ID TARGET_ID`: the main window opens WARM_ID first (that pays for
loading the console's modules once, as any first opening does), goes back to the
overview, then opens TARGET_ID; the time of that second opening, until the console has
painted, is printed as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    db, warm, target = sys.argv[1:4]
    app = QApplication([])
    from app.content import default_pack
    from app.store import Store
    from widgets.main_window import MainWindow

    store = Store.open(db)
    window = MainWindow(store, default_pack())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.open_bijeenkomst(warm)
    app.processEvents()
    window.state.close_bijeenkomst()
    app.processEvents()
    start = time.perf_counter()
    window.open_bijeenkomst(target)
    app.processEvents()
    elapsed = time.perf_counter() - start
    rows = window.console.pages["bespreken"].inbreng_model.rowCount()
    print(json.dumps({"seconds": elapsed, "rows_on_first_question": rows}), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
