"""Benchmarks (not tests): start-up time and peak memory against a bare PySide6 window.

Run with `make bench`. Each measurement starts a fresh Python process on the offscreen
platform and takes the time from process start until the process reports that its main
window has been shown; peak memory is the child's max RSS (os.wait4). Median of N runs,
bare and Wijkpraat interleaved so machine load hits both alike.

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

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1100, 680); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def compile_bytecode() -> None:
    """Write __pycache__ for our packages, as an installation does (see the docstring)."""
    packages = ("app", "widgets", "praatplaat_data", "resources")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *packages],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds until 'shown' is printed, peak RSS in MB) for one fresh process."""
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
    return elapsed, usage.ru_maxrss / 1024  # KiB on Linux


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
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "app", "--db", str(db), "--quit-after-show"]
    measure(bare_cmd, env)  # warm the file cache for both
    measure(app_cmd, env)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(measure(bare_cmd, env))
        app.append(measure(app_cmd, env))
    bare_t = statistics.median(t for t, _ in bare)
    app_t = statistics.median(t for t, _ in app)
    bare_m = statistics.median(m for _, m in bare)
    app_m = statistics.median(m for _, m in app)
    ratio_t, ratio_m = app_t / bare_t, app_m / bare_m
    print(f"Start-up to first shown window, median of {RUNS} (offscreen):")
    print(f"  bare PySide6 window : {bare_t * 1000:7.0f} ms   peak {bare_m:6.1f} MB")
    print(f"  Wijkpraat (demo db) : {app_t * 1000:7.0f} ms   peak {app_m:6.1f} MB")
    verdict = "ok" if ratio_t <= GOAL_RATIO else "OVER GOAL"
    print(f"  ratio time {ratio_t:.2f}x (goal <= {GOAL_RATIO}x: {verdict}), memory {ratio_m:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
