"""Peak memory with the console and the projector open, against a bare PySide6 window.

Each measurement is a fresh process on the offscreen platform; peak RSS comes from
os.wait4. Median of N runs. Our modules are byte-compiled first, as an installation does
(see bench_startup.py).
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
from bench.bench_startup import compile_bytecode  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
GOAL = 1.6

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.show(); app.processEvents()
"""

MEETING = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.content import default_pack
from app.demo import load_demo
from app.store import Store
from widgets.main_window import MainWindow
store = Store.open(sys.argv[1])
load_demo(store)
w = MainWindow(store, default_pack()); w.show()
w.open_bijeenkomst(store.bijeenkomsten()[-1].id)
w.start_projection(); w.state.set_projection("live")
for view in ("bespreken", "kompas", "afspraken", "evalueren"):
    w.state.set_view(view); app.processEvents()
"""


def peak_mb(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark process failed ({proc.returncode})")
    return usage.ru_maxrss / 1024


def main() -> int:
    compile_bytecode()
    tmp = Path(tempfile.mkdtemp(prefix="wijkpraat-mem-"))
    bare = statistics.median(peak_mb(BARE) for _ in range(RUNS))
    meeting = statistics.median(peak_mb(MEETING, str(tmp / f"m{i}.sqlite")) for i in range(RUNS))
    ratio = meeting / bare
    verdict = "ok" if ratio <= GOAL else "OVER GOAL"
    print(f"Peak memory, median of {RUNS} (offscreen):")
    print(f"  bare PySide6 window          : {bare:6.1f} MB")
    print(f"  console + projector (demo db) : {meeting:6.1f} MB")
    print(f"  ratio {ratio:.2f}x (goal <= {GOAL}x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
