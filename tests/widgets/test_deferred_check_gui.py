"""After the first paint the GUI checks a big file completely before its start-up backup:
a damaged file gets a Dutch warning at once and no backup (app/store/integrity.py)."""

from __future__ import annotations

from app.store import Store, integrity
from app.store.backup import list_backups, make_backup
from app.system.paths import resolve
from tests.test_deferred_check import _damage_an_index, _demo_file
from widgets import gui


def test_start_up_warns_about_a_damaged_big_file_and_backs_nothing_up(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(integrity, "FULL_CHECK_UP_FRONT", 0)
    where = resolve(tmp_path / "wijkpraat.sqlite", str(tmp_path / "data"))
    _demo_file(where.db)
    good = make_backup(where.db, where.backup_dir, "afgesloten")
    _damage_an_index(where.db)
    warned: list[str] = []
    monkeypatch.setattr(gui, "warn_damaged", warned.append)
    with Store.open(where.db) as store:  # opens: the overview can paint
        gui.startup_backup(store, where)
    assert len(warned) == 1 and "beschadigd" in warned[0] and "geen reservekopie" in warned[0]
    assert [b.path for b in list_backups(where.backup_dir)] == [good]


def test_start_up_backs_up_a_good_big_file_after_its_check(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(integrity, "FULL_CHECK_UP_FRONT", 0)
    where = resolve(tmp_path / "wijkpraat.sqlite", str(tmp_path / "data"))
    _demo_file(where.db)
    warned: list[str] = []
    monkeypatch.setattr(gui, "warn_damaged", warned.append)
    with Store.open(where.db) as store:
        gui.startup_backup(store, where)
    assert warned == []
    assert [b.reason for b in list_backups(where.backup_dir)] == ["start"]
