"""The `wijkpraat` command, called in-process (fast) and once as a real process."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from app import cli
from app.store.schema import SCHEMA_VERSION, TABLES
from tests.conftest import sha256

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check(capsys, db_path):
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and "toegevoegd" in out
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0
    assert f"Schemaversie: {SCHEMA_VERSION}" in out
    assert "Integriteit: ok" in out
    counts = dict(re.findall(r"^\s+(\w+)\s+(\d+)$", out, re.M))
    assert set(counts) == set(TABLES)
    assert int(counts["gebied"]) == 2 and int(counts["afspraak"]) >= 4


def test_demo_twice_adds_nothing_twice(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    conn = sqlite3.connect(db_path)
    first = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    code, out, _ = run(capsys, "--db", str(db_path), "demo")  # option before the command works too
    second = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert code == 0 and "niets dubbel" in out
    assert first == second


def test_demo_has_a_wijk_and_a_dorp_in_all_three_steps(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    conn = sqlite3.connect(db_path)
    assert {r[0] for r in conn.execute("SELECT soort FROM gebied")} == {"wijk", "dorp"}
    assert {r[0] for r in conn.execute("SELECT stap FROM bijeenkomst")} == {1, 2, 3}
    statuses = {r[0] for r in conn.execute("SELECT status FROM afspraak")}
    assert len(statuses) >= 3


def test_check_refuses_random_bytes_untouched(capsys, tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(4096))
    before = sha256(path)
    code, _out, err = run(capsys, "check", "--db", str(path))
    assert code != 0
    assert "geen Wijkpraat-database" in err
    assert sha256(path) == before


def test_check_refuses_newer_schema_untouched(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = sha256(db_path)
    code, _, err = run(capsys, "check", "--db", str(db_path))
    assert code != 0 and "nieuwere versie" in err
    assert sha256(db_path) == before


def test_check_never_writes_a_good_file(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    files = {p.name: sha256(p) for p in db_path.parent.glob("test.sqlite*")}
    assert run(capsys, "check", "--db", str(db_path))[0] == 0
    assert {p.name: sha256(p) for p in db_path.parent.glob("test.sqlite*")} == files


def test_check_on_missing_file_creates_nothing(capsys, tmp_path):
    path = tmp_path / "nope.sqlite"
    code, _, err = run(capsys, "check", "--db", str(path))
    assert code != 0 and "bestaat niet" in err
    assert not path.exists()


def test_env_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("WIJKPRAAT_DB", str(target))
    assert run(capsys, "demo")[0] == 0
    assert target.exists()


def test_content_json(capsys):
    code, out, _ = run(capsys, "content", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {
        "version",
        "stappen",
        "archetypen",
        "bouwstenen",
        "kompas",
        "instrumenten",
        "congruentie",
    }
    assert len(data["stappen"]) == 3 and len(data["archetypen"]) == 3
    assert len(data["bouwstenen"]) == 5 and all(len(b["vragen"]) >= 4 for b in data["bouwstenen"])
    assert len(data["kompas"]) == 4 and all(len(w["vragen"]) >= 5 for w in data["kompas"])
    assert len(data["instrumenten"]) >= 12
    for key in ("stappen", "archetypen", "bouwstenen", "kompas", "instrumenten", "congruentie"):
        assert all("id" in item for item in data[key])
    dekking = {r["archetype"] for r in data["congruentie"] if r["soort"] == "dekking"}
    assert dekking == {a["id"] for a in data["archetypen"]}


def test_content_text_uses_dorp_wording(capsys):
    code, out, _ = run(capsys, "content", "--soort", "dorp")
    assert code == 0 and "het dorp" in out and "{" not in out


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("wijkpraat ") and "inhoud" in out


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser, commands = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert f"wijkpraat {name}" in readme, f"README does not document `wijkpraat {name}`"
        assert name in commands, f"`wijkpraat {name}` has no command behind it"
    assert "wijkpraat --version" in readme


def test_version_matches_pyproject():
    import tomllib

    from app import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_backups_are_kept_per_database(tmp_path, monkeypatch):
    from app.system import paths

    monkeypatch.setenv("WIJKPRAAT_DATA_DIR", str(tmp_path / "data"))
    usual = paths.resolve()
    one = paths.resolve(db=tmp_path / "een.sqlite")
    two = paths.resolve(db=tmp_path / "ander" / "een.sqlite")
    assert usual.backup_dir == tmp_path / "data" / "backups"
    assert len({usual.backup_dir, one.backup_dir, two.backup_dir}) == 3
    assert one.backup_dir.parent == usual.backup_dir


def test_no_backup_of_another_database_is_offered(capsys, tmp_path):
    good = tmp_path / "goed.sqlite"
    assert run(capsys, "demo", "--db", str(good))[0] == 0
    assert run(capsys, "backup", "--db", str(good))[0] == 0
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(os.urandom(2048))
    code, _, err = run(capsys, "check", "--db", str(bad))
    assert code == 1 and "wijkpraat restore" not in err


def test_options_before_or_after_a_command_mean_the_same():
    """`--db` before or after the command, and without one for the GUI."""
    gui = cli.parse(["--db", "demo", "--data-dir", "map"])
    assert (gui.command, gui.db, gui.data_dir) == (None, "demo", "map")
    for argv in (["--db", "x.sqlite", "check"], ["check", "--db", "x.sqlite"]):
        args = cli.parse(argv)
        assert (args.command, args.db) == ("check", "x.sqlite")
    with pytest.raises(SystemExit):
        cli.parse(["--db", "x.sqlite", "geen-opdracht"])


def test_the_window_start_reads_only_top_level_options_and_every_command_still_parses(
    capsys, tmp_path
):
    from app.cli.main import _window_arguments

    def starts_the_window(argv):
        return _window_arguments(argv) is not None

    assert starts_the_window([])
    assert starts_the_window(["--db", "x.sqlite", "--data-dir", "map", "--quit-after-show"])
    assert starts_the_window(["--db=x.sqlite"])
    assert not starts_the_window(["--db"])  # the full parser says what is missing
    assert not starts_the_window(["--db", "x.sqlite", "demo"])
    assert not starts_the_window(["--help"])
    assert _window_arguments(["--db", "x.sqlite"]).db == "x.sqlite"
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "voorbereiden" in capsys.readouterr().out  # the help still lists the commands
    assert cli.main(["--db", str(tmp_path / "v.sqlite"), "--version"]) == 0
    assert capsys.readouterr().out.startswith("wijkpraat ")
