"""Two instances of Wijkpraat writing one database at once (WAL + busy timeout)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_writing_at_once_corrupt_nothing(tmp_path):
    """Two instances on one database (WAL + busy timeout): both finish, nothing is lost."""
    db = tmp_path / "twee.sqlite"
    with Store.open(db) as s:
        g = s.add_gebied("Beijum", "wijk")
        b = s.add_bijeenkomst(g.id, "Avond", "2026-05-05")
    code = (
        "import sys\n"
        "from app.errors import DatabaseLocked\n"
        "from app.store import Store\n"
        "s = Store.open(sys.argv[1])\n"
        "refused = 0\n"
        "def retry(edit):  # like a user who reads 'bezet' and tries again\n"
        "    global refused\n"
        "    while True:\n"
        "        try:\n"
        "            return edit()\n"
        "        except DatabaseLocked:\n"
        "            refused += 1\n"
        "for i in range(150):\n"
        "    retry(lambda: s.add_inbreng(sys.argv[2], 'dna-trots', f'{sys.argv[3]} {i}'))\n"
        "    retry(lambda: s.set_kompas(sys.argv[2], 'zeggenschap', nu=1 + i % 5))\n"
        "print('klaar', refused, flush=True)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(db), b.id, name],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("laptop-a", "laptop-b")
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "klaar" in out
    with Store.open(db) as s:
        assert s.integrity() == "ok"
        teksten = {i.tekst for i in s.inbreng(b.id)}
        assert len(s.kompas_scores(b.id)) == 1
    # A refused call rolled back completely, so each retried text is there exactly once.
    assert teksten == {f"{n} {i}" for n in ("laptop-a", "laptop-b") for i in range(150)}
    with Store.open(db) as s:
        assert len(s.inbreng(b.id)) == 300
    print("refused while the other wrote:", [out.split()[1] for out, _ in results])
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
