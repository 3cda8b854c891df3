"""First run, as a newcomer does it: a database of one's own beside its backups and logs,
and the demo in a file of its own, never in the real one."""

from __future__ import annotations

import pytest

from app import cli
from app.store import Store
from app.system import paths


@pytest.fixture
def home(tmp_path, monkeypatch):
    """No data folder set (as for a user), and a home folder we can look into."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("WIJKPRAAT_DATA_DIR", raising=False)
    monkeypatch.delenv("WIJKPRAAT_DB", raising=False)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


def test_db_alone_keeps_backups_and_logs_beside_the_file(home, tmp_path, capsys):
    stick = tmp_path / "usb"
    stick.mkdir()
    db = stick / "selwerd.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    assert cli.main(["backup", "--db", str(db)]) == 0
    capsys.readouterr()
    assert not any(home.rglob("*")), sorted(home.rglob("*"))  # nothing in the home folder
    assert list((stick / "backups").rglob("*.sqlite"))
    assert list((stick / "logs").glob("*.log"))


def test_data_dir_still_decides_where_backups_go(home, tmp_path, capsys):
    db, data = tmp_path / "w.sqlite", tmp_path / "data"
    assert cli.main(["demo", "--db", str(db), "--data-dir", str(data)]) == 0
    assert cli.main(["backup", "--db", str(db), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert list((data / "backups").rglob("*.sqlite"))
    assert not (tmp_path / "backups").exists()


def test_demo_without_db_writes_its_own_file(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    monkeypatch.setenv("WIJKPRAAT_DATA_DIR", str(data))
    where = paths.resolve()
    with Store.open(where.db) as real:
        real.add_gebied("Selwerd", "wijk")
    assert cli.main(["demo"]) == 0
    out = capsys.readouterr().out
    demo = data / paths.DEMO_FILENAME
    assert f"wijkpraat --db {demo}" in out  # and says how to look at it
    with Store.open_readonly(where.db) as real:
        assert [g.naam for g in real.gebieden()] == ["Selwerd"]  # the real file untouched
    with Store.open_readonly(demo) as example:
        assert {g.naam for g in example.gebieden()} >= {"Rivierenbuurt", "Noordlaren"}
