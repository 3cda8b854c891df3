"""A city's archive for the benchmarks: 50 gebieden, 6,000 bijeenkomsten, 1,000,000 inbreng.

Made once per `make bench` run in a temporary folder (about a minute on the shared
development machine; the time is printed). The file is created and migrated by the
store; the rows are then written with plain executemany, in one transaction, because
1,000,000 rows through the app's one-at-a-time API would take most of the bench budget.

Shape: every bijeenkomst has a few afspraken; inbreng is spread unevenly, as in life.
Gebied 0 holds the biggest bijeenkomst: a city-wide consultation typed in afterwards with
20,000 inbreng over its questions. `python bench/archive.py FILE` makes one by hand.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.content import default_pack  # noqa: E402
from app.store import Store  # noqa: E402

GEBIEDEN = 50
BIJEENKOMSTEN = 6_000
INBRENG = 1_000_000
BIGGEST = 20_000  # inbreng in the biggest bijeenkomst
STAMP = "2026-03-01T19:30:00.000+00:00"
WORDS = [
    "bankjes",
    "speeltuin",
    "groen",
    "parkeren",
    "fietspad",
    "buurthuis",
    "jongeren",
    "ouderen",
    "verlichting",
    "veiligheid",
    "afval",
    "bomen",
    "wijkkrant",
    "contact",
    "gemeente",
    "vrijwilligers",
    "markt",
    "school",
    "verkeer",
    "geluid",
    "hondenpoep",
    "moestuin",
    "ontmoeting",
    "bus",
]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_archive(path: Path, seed: int = 16) -> dict[str, object]:
    """Create the archive at `path`; returns the facts the benchmarks need."""
    rng = random.Random(seed)
    start = time.perf_counter()
    Store.open(path).close()  # schema, migrations and pragmas as the app makes them
    vragen = [v.id for v in default_pack().vragen()]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")  # a generator, not the app: speed over safety
    gebieden = [_uid(rng) for _ in range(GEBIEDEN)]
    meetings: list[tuple[str, str]] = []  # (bijeenkomst id, gebied id)
    with conn:
        conn.executemany(
            "INSERT INTO gebied (id, naam, soort, gebiedsteam, notities, aangemaakt, bijgewerkt)"
            " VALUES (?, ?, ?, '', '', ?, ?)",
            [
                (g, f"Gebied {n:02d}", "dorp" if n % 4 == 3 else "wijk", STAMP, STAMP)
                for n, g in enumerate(gebieden)
            ],
        )
        rows = []
        for n in range(BIJEENKOMSTEN):
            gebied = gebieden[0] if n == 0 else gebieden[rng.randrange(GEBIEDEN)]
            b = _uid(rng)
            meetings.append((b, gebied))
            datum = f"20{16 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}"
            rows.append(
                (b, gebied, f"Bijeenkomst {n}", datum, "projectie", 1 + n % 3, "2026.1",
                 "afgesloten", STAMP, STAMP)
            )  # fmt: skip
        conn.executemany(
            "INSERT INTO bijeenkomst (id, gebied_id, titel, datum, vorm, stap, content_versie,"
            " status, aangemaakt, bijgewerkt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO afspraak (id, bijeenkomst_id, wat, status, volgorde, aangemaakt,"
            " bijgewerkt) VALUES (?, ?, ?, 'open', ?, ?, ?)",
            [
                (_uid(rng), b, f"Afspraak {k} over {rng.choice(WORDS)}", k, STAMP, STAMP)
                for b, _g in meetings
                for k in range(3)
            ],
        )
        # The biggest bijeenkomst first, then the rest spread unevenly over the others.
        counts = [0] * BIJEENKOMSTEN
        counts[0] = BIGGEST
        weights = [rng.random() ** 3 for _ in range(BIJEENKOMSTEN - 1)]
        scale = (INBRENG - BIGGEST) / sum(weights)
        for i, w in enumerate(weights, start=1):
            counts[i] = min(int(w * scale), BIGGEST - 1)
        counts[-1] += INBRENG - sum(counts)

        def inbreng_rows():
            for (b, _g), count in zip(meetings, counts, strict=True):
                for k in range(count):
                    words = " ".join(rng.choice(WORDS) for _ in range(6))
                    yield (
                        _uid(rng), b, vragen[k % len(vragen)], f"Punt {k}: {words}",
                        k // len(vragen) + 1, k % 5, STAMP, STAMP,
                    )  # fmt: skip

        conn.executemany(
            "INSERT INTO inbreng (id, bijeenkomst_id, vraag_id, tekst, volgorde, stippen,"
            " aangemaakt, bijgewerkt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            inbreng_rows(),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    per_gebied: dict[str, int] = {}
    for (_b, g), count in zip(meetings, counts, strict=True):
        per_gebied[g] = per_gebied.get(g, 0) + count
    return {
        "seconds": time.perf_counter() - start,
        "biggest_bijeenkomst": meetings[0][0],
        "biggest_gebied": max(per_gebied, key=lambda g: per_gebied[g]),
        "biggest_gebied_inbreng": max(per_gebied.values()),
        "megabytes": path.stat().st_size / 1e6,
    }


if __name__ == "__main__":
    facts = make_archive(Path(sys.argv[1]))
    print(facts)
