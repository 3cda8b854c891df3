"""A backup is copied in steps, with the caller's work in between (issue 16)."""

from __future__ import annotations

import sqlite3

from app.store import Store, backup
from app.store.backup import backup_store


def test_a_backup_runs_in_steps_and_keeps_an_edit_made_between_them(
    demo_store, tmp_path, monkeypatch
):
    monkeypatch.setattr(backup, "STEP_PAGES", 4)
    g = demo_store.gebieden()[0]
    b = demo_store.bijeenkomsten(g.id)[0]
    steps: list[int] = []

    def between() -> None:
        steps.append(1)
        if len(steps) == 2:  # the facilitator types while the copy runs
            demo_store.add_inbreng(b.id, "dna-trots", "Getypt tijdens de reservekopie")

    made = backup_store(demo_store, tmp_path / "backups", "start", between_steps=between)
    assert len(steps) > 2
    with Store.open_readonly(made) as copy:
        assert copy.integrity() == "ok"
        texts = [i.tekst for i in copy.inbreng(b.id)]
    assert "Getypt tijdens de reservekopie" in texts
    assert copy_counts(made) == demo_store.counts()


def copy_counts(path):
    with Store.open_readonly(path) as copy:
        return copy.counts()


def test_without_a_callback_it_is_the_same_copy(demo_store, tmp_path):
    made = backup_store(demo_store, tmp_path / "backups", "handmatig")
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert copy_counts(made) == demo_store.counts()
