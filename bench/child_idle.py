"""Child process of bench/run.py: CPU time of an idle meeting against two bare windows.

`child_idle.py app DB SECONDS`: the console with a bijeenkomst open, the projector
fullscreen (live), the question timer and a speaking round running, nobody touching
anything. `child_idle.py bare - SECONDS`: two plain windows, each with a label set once a
second. Both print the process CPU time (user + system, all threads) spent during the
idle SECONDS, after start-up, as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> int:
    mode, db, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    app = QApplication([])
    keep: list[object] = []
    if mode == "bare":
        for size in ((1280, 800), (1920, 1080)):
            window = QMainWindow()
            label = QLabel("00:00")
            window.setCentralWidget(label)
            window.resize(*size)
            window.show()
            ticker = QTimer(window)
            ticker.setInterval(1000)
            start = time.monotonic()
            ticker.timeout.connect(
                lambda label=label, start=start: label.setText(
                    f"{int(time.monotonic() - start) // 60:02d}:"
                    f"{int(time.monotonic() - start) % 60:02d}"
                )
            )
            ticker.start()
            keep += [window, label, ticker]
    else:
        from app.content import default_pack
        from app.store import Store
        from widgets.main_window import MainWindow

        store = Store.open(db)
        window = MainWindow(store, default_pack())
        window.resize(1280, 800)
        window.show()
        b = store.bijeenkomsten()[-1]
        window.open_bijeenkomst(b.id)
        window.state.set_view("bespreken")
        window.start_projection()
        window.state.set_projection("live")
        projector = window.projector
        assert projector is not None
        projector.showFullScreen()
        for label in ("Anna", "Bram", "Stoel 3"):
            window.state.add_deelnemer(label)
        window.state.start_timer(600)
        assert window.state.start_round(120)
        assert window.state.timer.running and window.state.round is not None
        keep += [store, window]
    # Start-up is over after a few seconds; then measure the idle time.
    QTimer.singleShot(3000, lambda: keep.append(time.process_time()))
    QTimer.singleShot(int(3000 + seconds * 1000), app.quit)
    app.exec()
    used = time.process_time() - float(keep[-1])  # type: ignore[arg-type]
    print(json.dumps({"mode": mode, "cpu_s": used, "seconds": seconds}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
