"""Logging is the first boot stage, for the CLI as for the GUI, and never holds residents' words."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app import cli
from app.system.logs import LOG_NAME, setup_logging


@pytest.fixture(autouse=True)
def _fresh_root_logger():
    """Each test starts without our file handler, as a new process would."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "wijkpraat", False)]:
        root.removeHandler(handler)
        handler.close()


def _log(data: Path) -> str:
    return (data / "logs" / LOG_NAME).read_text(encoding="utf-8")


def test_opening_and_migrating_the_database_is_in_the_log(tmp_path, capsys):
    """A new file is migrated from schema 0 when it opens: the log is set up before that."""
    data, db = tmp_path / "data", tmp_path / "nieuw.sqlite"
    assert cli.main(["demo", "--db", str(db), "--data-dir", str(data)]) == 0
    text = _log(data)
    assert ": demo" in text
    assert f"migrated {db} to schema" in text


def test_import_and_export_are_logged_without_the_words(tmp_path, capsys):
    data, db = tmp_path / "data", tmp_path / "w.sqlite"
    bundle = tmp_path / "bundel.json"
    assert cli.main(["demo", "--db", str(db), "--data-dir", str(data)]) == 0
    assert cli.main(["export", "--out", str(bundle), "--db", str(db), "--data-dir", str(data)]) == 0
    other = tmp_path / "ander.sqlite"
    assert cli.main(["import", str(bundle), "--db", str(other), "--data-dir", str(data)]) == 0
    text = _log(data)
    assert "exported all gebieden" in text and "imported a bundle" in text
    # Words the demo's residents said, and a participant's name, stay out of the log.
    for words in ("Winschoterdiep", "schoolplein", "Anja"):
        assert words not in text


def test_setting_up_twice_adds_no_second_handler(tmp_path):
    first = setup_logging(tmp_path / "a")
    again = setup_logging(tmp_path / "a")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "wijkpraat", False)]
    assert first == again and len(ours) == 1
    setup_logging(tmp_path / "b")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "wijkpraat", False)]
    assert len(ours) == 1 and ours[0].baseFilename.endswith(str(Path("b") / LOG_NAME))
