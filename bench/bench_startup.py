"""Benchmarks (not tests): start-up time and peak memory against a bare PySide6 window.

Run with `make bench`. Each measurement starts a fresh Python process on the offscreen
platform and takes the time from process start until the process reports that its main
window has been shown and has painted itself; peak memory is the child's max RSS
(os.wait4). Median of N runs, the three commands interleaved so machine load hits them
alike.

Our modules are byte-compiled first, as pip and the bundle do on installation: with
PYTHONDONTWRITEBYTECODE set (as on some build machines) every run would otherwise compile
the sources again, which no installed copy ever does.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
GOAL_RATIO = 1.6

# Shows the `windows` and reports once each has painted itself: the same criterion as
# `wijkpraat --quit-after-show` (widgets.gui.after_first_paint, written out to load
# nothing of ours). A shown window that has not painted has no backing store yet.
SHOW_AND_REPORT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def __init__(self, windows):
        super().__init__()
        self.waiting = set(windows)
        for window in windows:
            window.installEventFilter(self)
            window.show()
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in self.waiting:
            watched.removeEventFilter(self)
            self.waiting.discard(watched)
            if not self.waiting:
                QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return False
spy = FirstPaint(windows)
app.exec()
"""

BARE = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1100, 680); windows = [w]
"""
    + SHOW_AND_REPORT
)

# The floor: the least a first window needs that the design asks for — the content pack
# (tomllib into frozen dataclasses), records read from SQLite and a real Qt model fed with
# them — and nothing else of Wijkpraat. It shows how much of the goal is left for the app.
FLOOR = (
    """
import sqlite3, sys
from app.content import default_pack
from app.store.records import Bijeenkomst, from_row
pack = default_pack()
conn = sqlite3.connect(sys.argv[1]); conn.row_factory = sqlite3.Row
rows = [from_row(Bijeenkomst, dict(r)) for r in conn.execute("SELECT * FROM bijeenkomst")]
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
from widgets.common.models import Column, RecordTableModel
model = RecordTableModel([Column("Titel", lambda b: b.titel),
                          Column("Stap", lambda b: pack.stappen[b.stap - 1].titel)])
model.set_rows(rows)
w = QMainWindow(); w.resize(1100, 680); view = QTableView(); view.setModel(model)
w.setCentralWidget(view); windows = [w]
"""
    + SHOW_AND_REPORT
)


def compile_bytecode() -> None:
    """Write __pycache__ for our packages, as an installation does (see the docstring)."""
    packages = ("app", "widgets", "praatplaat_data", "resources")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *packages],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds until 'shown' is printed, peak RSS in MB, CPU seconds) for one process.

    The CPU time covers the whole process (it quits right after the window is shown); it
    varies less than wall time on a shared machine, so it is printed as a second opinion.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    if not line:
        raise SystemExit(f"benchmark process printed nothing: {cmd}")
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark process failed ({proc.returncode}): {cmd}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024, cpu  # ru_maxrss is in KiB on Linux


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="wijkpraat-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKPRAAT_DATA_DIR": str(tmp)}
    db = tmp / "bench.sqlite"
    compile_bytecode()
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(db)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "floor (content+model)": [sys.executable, "-c", FLOOR, str(db)],
        "Wijkpraat (demo db)": [sys.executable, "-m", "app", "--db", str(db), "--quit-after-show"],
    }
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache for all
        measure(command, env)
    for _ in range(RUNS):
        for name, command in commands.items():
            runs[name].append(measure(command, env))
    medians = {
        name: tuple(statistics.median(column) for column in zip(*values, strict=True))
        for name, values in runs.items()
    }
    # The fastest run is the one least disturbed by other load (this machine is shared):
    # a second opinion beside the median, as timeit's documentation recommends.
    fastest = {name: min(t for t, _, _ in values) for name, values in runs.items()}
    bare_t, bare_m, bare_c = medians["bare PySide6 window"]
    app_t, app_m, app_c = medians["Wijkpraat (demo db)"]
    bare_fast = fastest["bare PySide6 window"]
    ratio_t, ratio_m = app_t / bare_t, app_m / bare_m
    print(f"Start-up to first shown window, median of {RUNS} (offscreen):")
    for label, (t, m, c) in medians.items():
        timing = f"{t * 1000:5.0f} ms ({t / bare_t:.2f}x)"
        fast = f"fastest {fastest[label] * 1000:4.0f} ms ({fastest[label] / bare_fast:.2f}x)"
        print(f"  {label:<21} : {timing}   {fast}   peak {m:5.1f} MB   CPU {c * 1000:4.0f} ms")
    verdict = "ok" if ratio_t <= GOAL_RATIO else "OVER GOAL"
    print(f"  ratio time {ratio_t:.2f}x (goal <= {GOAL_RATIO}x: {verdict}), memory {ratio_m:.2f}x")
    print(
        f"  (fastest runs {fastest['Wijkpraat (demo db)'] / bare_fast:.2f}x; "
        f"CPU time ratio {app_c / bare_c:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
