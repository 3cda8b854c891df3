"""Honest diagnosis: a look-alike file is refused everywhere, a busy file is "bezet".

A SQLite file of another program with a `gebied` table and our `user_version` must be
refused by check, open, import and restore, and stay byte-identical. A database another
process is writing to (uncommitted pages in the file, rollback journal) is busy, not
damaged: `check` must never advise putting a backup back over it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import ForeignDatabase
from app.exchange.bundle import export_file
from app.store import Store
from app.store.backup import make_backup
from app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from app.system.demo import load_demo
from tests.conftest import sha256

ROOT = Path(__file__).resolve().parents[2]

# Opens a rollback-journal database, writes enough rows in one open transaction that
# SQLite spills uncommitted pages into the file, says so, and waits for stdin to close.
SPILLER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 5")
conn.execute("BEGIN")
conn.execute("CREATE TABLE ballast (x TEXT)")
for i in range(3000):
    conn.execute("INSERT INTO ballast VALUES (?)", ["x" * 200])
print("vast", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def _look_alike(path: Path) -> Path:
    """Another program's file: a `gebied` table and our user_version, nothing else ours."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE gebied (id TEXT PRIMARY KEY, naam TEXT, soort TEXT)")
    conn.execute("CREATE TABLE bijeenkomst (id TEXT PRIMARY KEY, gebied_id TEXT)")
    conn.execute("INSERT INTO gebied VALUES ('x', 'Klanten 2026', 'wijk')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    return path


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_look_alike_refused_by_check_open_import_and_restore(tmp_path, capsys):
    other = _look_alike(tmp_path / "ander.sqlite")
    before = sha256(other)
    data = tmp_path / "data"

    code, said = _run(capsys, "check", "--db", str(other), "--data-dir", str(data))
    assert code == 1 and "ander programma" in said and "Traceback" not in said

    with pytest.raises(ForeignDatabase):
        Store.open(other)
    with pytest.raises(ForeignDatabase):
        Store.open_readonly(other)

    good = tmp_path / "goed.sqlite"
    with Store.open(good) as store:
        load_demo(store)
        export_file(store, tmp_path / "bundel.json")
    code, said = _run(
        capsys, "import", str(tmp_path / "bundel.json"), "--db", str(other), "--data-dir", str(data)
    )
    assert code == 1 and "ander programma" in said

    # As a backup to put back over a good database: refused, the good one untouched.
    good_before = sha256(good)
    code, said = _run(capsys, "restore", str(other), "--db", str(good), "--data-dir", str(data))
    assert code == 1 and "ander programma" in said and "niet bruikbaar" in said
    assert sha256(good) == good_before
    assert sha256(other) == before
    assert not list(tmp_path.glob("ander.sqlite-*"))  # no -wal, -shm or -journal made


def test_look_alike_with_all_our_table_names_but_other_columns_is_refused(tmp_path):
    path = tmp_path / "bijna.sqlite"
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:2]:
        import sqlite_utils

        step(sqlite_utils.Database(conn))
    conn.execute("ALTER TABLE gebied ADD COLUMN klantnummer TEXT")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(ForeignDatabase):
        Store.open(path)
    assert sha256(path) == before


def test_another_application_id_is_refused(tmp_path):
    path = tmp_path / "vreemd.sqlite"
    with Store.open(path) as store:
        load_demo(store)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabase):
        Store.open(path)


def test_file_of_an_earlier_wijkpraat_opens_and_is_marked(tmp_path):
    """Version 2 made before the mark existed: exactly our schema, application_id 0."""
    import sqlite_utils

    path = tmp_path / "oud.sqlite"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:2]:
        step(db)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO gebied VALUES ('g1', 'Oude wijk', 'wijk', '', '', "
        "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert [g.naam for g in store.gebieden()] == ["Oude wijk"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    # Its backups are ours too, and can be put back.
    made = make_backup(path, tmp_path / "backups", "handmatig")
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_check_says_bezet_while_another_process_writes(tmp_path, capsys):
    db = tmp_path / "bezet.sqlite"
    with Store.open(db) as store:
        load_demo(store)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a backup or another tool leaves it
    conn.close()
    code, _ = _run(capsys, "backup", "--db", str(db))
    assert code == 0
    spiller = subprocess.Popen(
        [sys.executable, "-c", SPILLER, str(db)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert spiller.stdout is not None and spiller.stdout.readline().strip() == "vast"
        assert Path(f"{db}-journal").exists()  # pages of the open transaction are in the file
        for command in ("check", "export"):
            extra = ["--out", str(tmp_path / "x.json")] if command == "export" else []
            code, said = _run(capsys, command, "--db", str(db), *extra)
            assert code == 1, said
            assert "bezet" in said, said
            assert "beschadigd" not in said.replace("niet beschadigd", ""), said
            assert "restore" not in said and "reservekopie terug" not in said.lower().replace(
                "géén reservekopie terug", ""
            ), said
        # Putting a backup back over a busy file would lose the other program's rows.
        code, said = _run(capsys, "restore", "nieuwste", "--db", str(db))
        assert code == 1 and "bezet" in said and "niets teruggezet" in said, said
    finally:
        assert spiller.stdin is not None
        spiller.stdin.close()
        assert spiller.wait(timeout=30) == 0, spiller.stderr.read() if spiller.stderr else ""
    # The other program's rollback left the database as it was, and it is fine.
    code, said = _run(capsys, "check", "--db", str(db))
    assert code == 0 and "Integriteit: ok" in said
