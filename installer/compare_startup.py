"""Start-up time of the bundled app against the source install (run after `make bundle`).

    .venv/bin/python installer/compare_startup.py [runs]

Both start on the offscreen platform with the same demo database and quit once the main
window is shown (`--quit-after-show`); median of N runs, interleaved so machine load hits
both alike. Uses the measurement of bench/bench_startup.py.
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
from bench.bench_startup import measure  # noqa: E402

BUNDLE = ROOT / "dist" / "wijkpraat" / ("wijkpraat.exe" if os.name == "nt" else "wijkpraat")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    if not BUNDLE.exists():
        raise SystemExit(f"{BUNDLE} does not exist: run `make bundle` first")
    tmp = Path(tempfile.mkdtemp(prefix="wijkpraat-startup-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKPRAAT_DATA_DIR": str(tmp)}
    db = tmp / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(db)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    commands = {
        "source (python -m app)": [sys.executable, "-m", "app"],
        "bundle (dist/wijkpraat)": [str(BUNDLE)],
    }
    args = ["--db", str(db), "--quit-after-show"]
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache
        measure(command + args, env)
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command + args, env))
    print(f"Start-up to first shown window, median of {runs} (offscreen, demo database):")
    for name, values in results.items():
        seconds = statistics.median(t for t, _, _ in values)
        memory = statistics.median(m for _, m, _ in values)
        print(f"  {name:<24} {seconds * 1000:6.0f} ms   peak {memory:6.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
