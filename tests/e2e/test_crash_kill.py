"""Crash safety: SIGKILL a process that is editing, many times; nothing acknowledged is lost.

A child process (tests/e2e/crash_child.py) edits through the Store and acknowledges each
call once it has returned. The parent kills it with SIGKILL at random moments, reopens
the database the way the app does after a crash, and checks `PRAGMA integrity_check` and
every value the child acknowledged. Fixed seed, so a failure can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.store import Store

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("WIJKPRAAT_KILLS", "110"))
SEED = 20261122
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

Key = tuple[str, str]


def _state(store: Store, bijeenkomst_id: str) -> dict[Key, Any]:
    """What the database holds, in the shape the child acknowledges."""
    state: dict[Key, Any] = {}
    for r in store.query(
        "SELECT id, tekst, stippen, verwijderd FROM inbreng WHERE bijeenkomst_id = ?",
        [bijeenkomst_id],
    ):
        state[("inbreng", r["id"])] = {
            "tekst": r["tekst"],
            "stippen": r["stippen"],
            "verwijderd": r["verwijderd"] is not None,
        }
    for r in store.query(
        "SELECT waarde_id, nu, doel FROM kompas_score WHERE bijeenkomst_id = ?", [bijeenkomst_id]
    ):
        state[("kompas", r["waarde_id"])] = {"nu": r["nu"], "doel": r["doel"]}
    for r in store.query(
        "SELECT id, wat, status FROM afspraak WHERE bijeenkomst_id = ?", [bijeenkomst_id]
    ):
        state[("afspraak", r["id"])] = {"wat": r["wat"], "status": r["status"]}
    for r in store.query(
        "SELECT optie, aantal FROM stemming WHERE bijeenkomst_id = ?", [bijeenkomst_id]
    ):
        state[("stemming", r["optie"])] = r["aantal"]
    return state


def _run_and_kill(db: Path, bijeenkomst_id: str, seed: int, rng: random.Random) -> list[dict]:
    """Start the child, let it acknowledge a random number of edits, SIGKILL it."""
    errors = db.with_name("child-stderr.txt")
    with errors.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.crash_child", str(db), bijeenkomst_id, str(seed)],
            stdout=subprocess.PIPE,
            stderr=err,
            cwd=ROOT,
        )
    assert proc.stdout is not None
    # Bounded in time: a child that hangs is killed anyway and the test then fails.
    watchdog = threading.Timer(30, proc.kill)
    watchdog.start()
    lines: list[bytes] = []
    wanted = rng.randint(0, 30)
    acks = 0
    while acks < wanted:
        line = proc.stdout.readline()
        if not line:  # the child died by itself: that is a bug, show why
            proc.wait()
            pytest.fail(f"child stopped: {errors.read_text()}")
        lines.append(line)
        acks += line.startswith(b'{"op": "ack"')
    # Land the kill anywhere: before the first edit, inside a commit, between two edits.
    time.sleep(rng.choice((0, 0, rng.uniform(0, 0.004))))
    os.kill(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read()  # not communicate(): it would skip what readline buffered
    proc.stdout.close()
    assert proc.wait() == -signal.SIGKILL
    watchdog.cancel()
    lines += rest.splitlines(keepends=True)
    # A line cut off by the kill was never acknowledged: only whole lines count.
    return [json.loads(line) for line in lines if line.endswith(b"\n")]


def test_sigkill_at_random_points_loses_nothing_acknowledged(tmp_path, record_property):
    db = tmp_path / "kill.sqlite"
    with Store.open(db) as store:
        g = store.add_gebied("Oosterparkwijk", "wijk")
        b = store.add_bijeenkomst(g.id, "Kampvuur", "2026-06-02", vorm="kampvuur")
    rng = random.Random(SEED)
    expected: dict[Key, Any] = {}
    kills = acked = checked = pending_seen = 0
    started = time.monotonic()
    for run in range(KILLS):
        messages = _run_and_kill(db, b.id, SEED + run, rng)
        kills += 1
        pending: tuple[Key, Any] | None = None
        for msg in messages:
            key = (msg["key"][0], msg["key"][1])
            if msg["op"] == "intent":
                pending = (key, msg["value"])
            else:
                expected[key] = msg["value"]
                acked += 1
                pending = None
        with Store.open(db) as store:  # what the app does after a crash
            assert store.integrity() == "ok", f"run {run}"
            actual = _state(store, b.id)
        for key, value in expected.items():
            if pending and key == pending[0]:
                continue
            assert actual.get(key) == value, f"run {run}: {key} lost or wrong"
            checked += 1
        if pending:
            key, value = pending
            # Killed during this edit: either the old value or the new one, never a mix.
            assert actual.get(key) in (expected.get(key), value), f"run {run}: {key} torn"
            pending_seen += 1
            if key in actual:
                expected[key] = actual[key]
        assert set(actual) == set(expected), f"run {run}: unexpected rows"
    seconds = time.monotonic() - started
    record_property("kills", kills)
    record_property("acked_edits", acked)
    print(
        f"\nkill test: {kills} kills, {acked} acknowledged edits, {checked} value checks, "
        f"{pending_seen} kills inside an edit, {seconds:.1f} s"
    )
    assert kills >= 100
    assert acked >= 500
