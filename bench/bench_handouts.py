"""Benchmark (not a test): build an afsprakenlijst with 40 afspraken and 3 QR codes.

Run with `make bench`. Reads from a fresh SQLite file and builds the whole PDF (store →
frozen data → reportlab), median of 20 builds after one warm-up build (the warm-up pays
for importing reportlab and loading the font once, as the app does on first print).
The QR cache is cleared before every build, so each build makes its three codes anew.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.handouts import build_pdf, qr  # noqa: E402
from app.store import Store  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))
GOAL_MS = 150.0


def fill(store: Store) -> str:
    g = store.add_gebied("Oosterpark", "wijk", gebiedsteam="Gebiedsteam Oost")
    b = store.add_bijeenkomst(
        g.id,
        "Afspraken voor het park",
        "2026-05-20",
        locatie="Wijkcentrum De Linde",
        vorm="projectie",
        stap=2,
        archetype="verdelen-besluiten",
        follow_up_url="https://stem.example.nl/oosterpark",
        aantal_deelnemers=31,
    )
    for waarde, (nu, doel) in {
        "ieders-stem-telt": (2, 4),
        "transparantie": (3, 4),
        "zeggenschap": (2, 5),
        "het-goede-gesprek": (3, 4),
    }.items():
        store.set_kompas(b.id, waarde, nu=nu, doel=doel)
    store.set_rol(b.id, "Groen", "regisseert", ["bewonersorganisatie"])
    store.set_rol(b.id, "Groen", "beslist", ["bewoners", "college"])
    with store.transaction():
        for i in range(1, 41):
            store.add_afspraak(
                b.id,
                f"Afspraak {i}: we zorgen samen voor een schoon, groen en veilig park "
                "met plekken voor jong en oud",
                wie=f"Werkgroep {i % 7 + 1}",
                wanneer=f"week {i}",
                instrument_id="wijkpanel" if i % 3 == 0 else None,
                waarde_id="transparantie" if i % 2 else None,
                status=("open", "loopt", "gedaan", "gestopt")[i % 4],
                follow_up_url=(
                    f"https://stem.example.nl/oosterpark/afspraak-{i}" if i in (7, 31) else None
                ),
            )
    return b.id


def main() -> int:
    with (
        tempfile.TemporaryDirectory(prefix="wijkpraat-bench-") as tmp,
        Store.open(Path(tmp) / "bench.sqlite") as store,
    ):
        bijeenkomst_id = fill(store)
        pdf = build_pdf(store, bijeenkomst_id, "afspraken")  # warm-up
        times = []
        for _ in range(RUNS):
            qr._matrix.cache_clear()
            start = time.perf_counter()
            build_pdf(store, bijeenkomst_id, "afspraken")
            times.append(time.perf_counter() - start)
    median = statistics.median(times) * 1000
    verdict = "ok" if median <= GOAL_MS else "OVER GOAL"
    print(f"Afsprakenlijst, 40 afspraken + 3 QR codes, median of {RUNS} builds:")
    print(f"  {median:6.1f} ms  (goal <= {GOAL_MS:.0f} ms: {verdict}; {len(pdf) // 1024} KB PDF)")
    print(f"  fastest {min(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
