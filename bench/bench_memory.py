"""Peak memory with the console and the projector open, against a bare PySide6 window.

Each measurement is a fresh process on the offscreen platform; peak RSS comes from
os.wait4. Median of N runs. Our modules are byte-compiled first, as an installation does
(see bench_startup.py).

The meeting process starts as `wijkpraat` does (the core before Qt), opens a bijeenkomst
of the demo database (made by a separate `wijkpraat demo`), starts the projection, visits
every page and stores one inbreng, as every meeting does. The *floor* is what any app
needs that uses the two libraries a meeting loads (sqlite-utils for the first write,
qrcode for the welcome screen) and shows text in two windows: no Wijkpraat code at all.
It shows how much of the goal is left for the app itself.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.bench_startup import SHOW_AND_REPORT, compile_bytecode  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
GOAL = 1.6

BARE = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); windows = [w]
"""
    + SHOW_AND_REPORT
)

FLOOR = (
    """
import sqlite_utils, qrcode
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.setCentralWidget(QLabel("Bespreken"))
p = QMainWindow(); p.resize(960, 540); label = QLabel("Waar ben je trots op?")
font = label.font(); font.setPixelSize(36); label.setFont(font); p.setCentralWidget(label)
windows = [w, p]
"""
    + SHOW_AND_REPORT
)

MEETING = """
import sys
from app import content, store  # as app/cli.py: core before Qt
from app.system import crashlog, logs  # as app/cli.py: core before Qt
from app.content import labels as formatting  # as app/cli.py: core before Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.content import default_pack
from app.store import Store
from widgets.main_window import MainWindow
store = Store.open(sys.argv[1])
w = MainWindow(store, default_pack()); w.show()
w.open_bijeenkomst(store.bijeenkomsten()[-1].id)
w.start_projection(); w.state.set_projection("live")
for view in ("bespreken", "kompas", "afspraken", "evalueren"):
    w.state.set_view(view); app.processEvents()
w.state.set_view("bespreken"); w.state.add_inbreng("Meer bankjes in het park")
app.processEvents()
"""


# Printed last by every measured process: its anonymous memory (heap: Python objects and
# Qt's own allocations). Unlike RSS it leaves out the pages of shared libraries, whose
# count depends on what the page cache holds (49 or 62 MB for the same bare window).
REPORT_ANON = """
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print("anon", int(status["RssAnon"].split()[0]) / 1024, flush=True)
"""


def peak_mb(code: str, *args: str) -> tuple[float, float]:
    """(peak RSS, anonymous memory at the end) in MB of one process running `code`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", code + REPORT_ANON, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    anon = [float(line.split()[1]) for line in proc.stdout if line.startswith("anon ")]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not anon:
        raise SystemExit(f"benchmark process failed ({proc.returncode})")
    return usage.ru_maxrss / 1024, anon[-1]


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def demo_copies(folder: Path, count: int) -> list[Path]:
    """One demo database per run: each run writes, so none starts from another's state."""
    env = {**os.environ, "WIJKPRAAT_DATA_DIR": str(folder)}
    first = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(first)],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    copies = []
    for i in range(count):
        copy = folder / f"m{i}.sqlite"
        copy.write_bytes(first.read_bytes())
        copies.append(copy)
    return copies


def main() -> int:
    compile_bytecode()
    tmp = Path(tempfile.mkdtemp(prefix="wijkpraat-mem-"))
    databases = demo_copies(tmp, RUNS)
    bare, bare_anon = medians([peak_mb(BARE) for _ in range(RUNS)])
    floor, floor_anon = medians([peak_mb(FLOOR) for _ in range(RUNS)])
    meeting, meeting_anon = medians([peak_mb(MEETING, str(db)) for db in databases])
    ratio = meeting / bare
    verdict = "ok" if ratio <= GOAL else "OVER GOAL"
    print(f"Peak memory, median of {RUNS} (offscreen); anonymous memory (heap) at the end:")
    rows = (
        ("bare PySide6 window", bare, bare_anon),
        ("floor: sqlite-utils + qrcode + 2 windows", floor, floor_anon),
        ("console + projector + a write (demo db)", meeting, meeting_anon),
    )
    for label, peak, anon in rows:
        print(
            f"  {label:<40}: {peak:6.1f} MB ({peak / bare:.2f}x)"
            f"   heap {anon:5.1f} MB ({anon / bare_anon:.2f}x)"
        )
    print(f"  ratio {ratio:.2f}x (goal <= {GOAL}x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
