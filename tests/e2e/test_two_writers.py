"""Two real processes writing one database: the second waits for the first, nothing is lost.

The README promises that two windows (or a window and a command) wait for each other.
Every multi-row write goes through Store.transaction() (BEGIN IMMEDIATE with a busy wait),
so an import, anonymising and the demo wait for a writer that holds the lock, instead of
failing halfway with "bezet"; the order numbers of new rows are taken inside that lock.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from app.exchange.bundle import export_file, import_with_backup
from app.exchange.privacy import anonymise_gebied
from app.store import Store
from app.system.demo import load_demo

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 2.0

# Takes the write lock, says so on stdout, keeps it HOLD_S seconds, then commits.
HOLDER = """
import sys, time
from app.store import Store
with Store.open(sys.argv[1]) as store:
    with store.transaction():
        store.add_gebied("Houdt de schrijfrechten vast", "wijk")
        print("vast", flush=True)
        time.sleep(float(sys.argv[2]))
"""

# Waits until the file `go` exists, then adds `n` inbreng to one question.
ADDER = """
import sys, time
from pathlib import Path
from app.store import Store
db, bijeenkomst, vraag, n, go = sys.argv[1:6]
with Store.open(db) as store:
    print("klaar", flush=True)
    while not Path(go).exists():
        time.sleep(0.001)
    for i in range(int(n)):
        store.add_inbreng(bijeenkomst, vraag, f"{sys.argv[6]} {i}")
"""


def _start(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _hold_lock(db: Path) -> tuple[subprocess.Popen[str], float]:
    """Start a process that holds the write lock; return it once it holds it."""
    holder = _start(HOLDER, db, HOLD_S)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "vast", holder.stderr.read() if holder.stderr else ""
    return holder, time.monotonic()


def test_import_anonymise_and_demo_wait_for_another_writer(tmp_path):
    """Each of the three writes rows (nothing is skipped as "already there")."""
    source, target = tmp_path / "bron.sqlite", tmp_path / "doel.sqlite"
    bundle = tmp_path / "bundel.json"
    with Store.open(source) as store:
        gebied = store.add_gebied("Oosterpark", "wijk").id
        b = store.add_bijeenkomst(gebied, "Buurtavond", "2026-11-20")
        for name in ("Anja", "Bert", "Cor"):
            store.add_deelnemer(b.id, name)
        store.add_inbreng(b.id, "dna-trots", "Meer groen in de straat")
        export_file(store, bundle, with_labels=True)
    Store.open(target).close()

    with Store.open(target) as store:
        for name, run in (
            ("import", lambda: import_with_backup(store, bundle, tmp_path / "backups")),
            ("anonimiseren", lambda: anonymise_gebied(store, gebied)),
            ("demo", lambda: load_demo(store)),
        ):
            holder, held_since = _hold_lock(target)
            run()  # raises DatabaseLocked ("bezet") if it did not wait
            waited = time.monotonic() - held_since
            assert holder.wait(timeout=30) == 0, holder.stderr.read() if holder.stderr else ""
            # It finished only after the holder let go: it waited, it did not fail or skip.
            assert waited >= HOLD_S * 0.9, f"{name} did not wait ({waited:.2f} s)"
        assert [d.label for d in store.deelnemers(b.id)] == ["Stoel 1", "Stoel 2", "Stoel 3"]
        assert [i.tekst for i in store.inbreng(b.id)] == ["Meer groen in de straat"]
        assert any(g.naam == "Rivierenbuurt" for g in store.gebieden())  # the demo
        assert store.integrity() == "ok"
        assert len([g for g in store.gebieden() if g.naam.startswith("Houdt")]) == 3


def test_two_processes_adding_inbreng_get_distinct_order_numbers(tmp_path):
    db, go = tmp_path / "w.sqlite", tmp_path / "go"
    with Store.open(db) as store:
        load_demo(store)
        b = store.bijeenkomsten()[0]
        vraag = "nieuwe-vraag"  # no inbreng yet: both start from the same maximum
    adders = [_start(ADDER, db, b.id, vraag, 200, go, who) for who in ("links", "rechts")]
    for adder in adders:
        assert adder.stdout is not None and adder.stdout.readline().strip() == "klaar"
    go.touch()
    for adder in adders:
        assert adder.wait(timeout=120) == 0, adder.stderr.read() if adder.stderr else ""
    with Store.open(db) as store:
        rows = store.inbreng(b.id, vraag)
    assert len(rows) == 400
    assert sorted(r.volgorde for r in rows) == list(range(1, 401))
