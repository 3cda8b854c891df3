"""A big file is checked completely after it is opened, not before (app/store/integrity.py):
a damaged one still never gets a row written into it, and never a backup that would push
a good one out of the rotation. `FULL_CHECK_UP_FRONT` is lowered so the demo counts as big.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import CorruptDatabase, StoreError
from app.store import Store, integrity
from app.store.backup import backup_store, list_backups, make_backup
from app.system.demo import load_demo
from tests.conftest import sha256


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "FULL_CHECK_UP_FRONT", 0)


def _demo_file(path: Path) -> Path:
    with Store.open(path) as store:
        load_demo(store)
        store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _damage_an_index(path: Path) -> None:
    """Overwrite the root page of an inbreng index with garbage: the overview reads
    nothing from it, PRAGMA quick_check finds it."""
    conn = sqlite3.connect(path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_inbreng_vraag'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


def test_a_damaged_big_file_opens_for_reading_but_takes_no_write(big, tmp_path):
    path = _demo_file(tmp_path / "archief.sqlite")
    _damage_an_index(path)
    before = sha256(path)
    with Store.open(path) as store:
        assert [g.naam for g in store.gebieden()] == ["Noordlaren", "Rivierenbuurt"]
        with pytest.raises(CorruptDatabase, match="beschadigd") as info:
            store.add_gebied("Nieuw", "wijk")
        assert "Reservekopie terugzetten" in info.value.message
        with pytest.raises(CorruptDatabase):  # asked again, the same answer
            store.add_gebied("Nieuw", "wijk")
    assert sha256(path) == before


def test_a_damaged_big_file_is_not_backed_up(big, tmp_path):
    path = _demo_file(tmp_path / "archief.sqlite")
    folder = tmp_path / "backups"
    good = make_backup(path, folder, "start")
    _damage_an_index(path)
    calls: list[int] = []
    with Store.open(path) as store, pytest.raises(CorruptDatabase):
        backup_store(store, folder, "start", between_steps=lambda: calls.append(1))
    assert [b.path for b in list_backups(folder)] == [good]
    with pytest.raises(CorruptDatabase):  # a backup by path checks completely first
        make_backup(path, folder, "handmatig")
    assert [b.path for b in list_backups(folder)] == [good]


def test_a_good_big_file_is_checked_once_in_the_background_then_written(big, tmp_path):
    path = _demo_file(tmp_path / "archief.sqlite")
    calls: list[int] = []
    with Store.open(path) as store:
        store.full_check(between=lambda: calls.append(1))
        store.add_gebied("Nieuw", "wijk")
        made = backup_store(store, tmp_path / "backups", "start")
    assert made.exists()
    with Store.open_readonly(path) as store:
        assert "Nieuw" in [g.naam for g in store.gebieden()]


def test_a_big_file_cut_short_is_refused_before_opening(big, tmp_path):
    path = _demo_file(tmp_path / "archief.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha256(path)
    with pytest.raises(CorruptDatabase, match="beschadigd"):
        Store.open(path)
    assert sha256(path) == before


@pytest.mark.parametrize("damaged", [False, True])
def test_a_write_made_while_the_background_check_runs_waits_for_its_answer(big, tmp_path, damaged):
    """The GUI handles events while the check runs; an edit typed meanwhile is stored
    only once the file has passed, and refused when it has not."""
    path = _demo_file(tmp_path / "archief.sqlite")
    if damaged:
        _damage_an_index(path)
    outcome: list[str] = []
    with Store.open(path) as store:

        def meanwhile() -> None:
            if outcome:
                return
            try:
                store.add_gebied("Tussendoor", "wijk")
                outcome.append("stored")
            except CorruptDatabase:
                outcome.append("refused")

        if damaged:
            with pytest.raises(CorruptDatabase):
                store.full_check(meanwhile)
        else:
            store.full_check(meanwhile)
    assert outcome == (["refused"] if damaged else ["stored"])


def test_a_check_that_could_not_read_the_file_is_asked_again(big, tmp_path):
    """Not being able to read the file (a network folder gone for a moment) is not damage:
    the write is refused with its own message, and the next one checks again."""
    path = _demo_file(tmp_path / "archief.sqlite")
    away = tmp_path / "elders.sqlite"
    with Store.open(path) as store:
        path.rename(away)
        with pytest.raises(StoreError) as info:
            store.full_check()
        assert not isinstance(info.value, CorruptDatabase)
        away.rename(path)
        store.full_check()
        store.add_gebied("Weer bereikbaar", "wijk")
    with Store.open_readonly(path) as store:
        assert "Weer bereikbaar" in [g.naam for g in store.gebieden()]
