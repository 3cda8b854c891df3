"""A journal of unsaved text that cannot be read (not UTF-8, not JSON, odd items) is
passed over with a log line, never a crash at start-up; no journal is the usual case."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.journal import Journal


@pytest.mark.parametrize(
    ("content", "entries"),
    [
        (b"\xff\xfe\x00 half a file from another program", []),
        (b'{"versie": 1, "items": [{"tekst": "Meer bankjes"', []),
        (
            b'{"versie": 1, "items": [{"tekst": "Meer bankjes"}, 3, "x"]}',
            [{"tekst": "Meer bankjes"}],
        ),
    ],
)
def test_a_damaged_journal_gives_what_can_be_read(tmp_path: Path, content: bytes, entries: list):
    path = tmp_path / "wijkpraat.sqlite.niet-opgeslagen.json"
    path.write_bytes(content)
    assert Journal(path).load() == entries


def test_no_journal_is_nothing_to_save(tmp_path: Path):
    assert Journal(tmp_path / "geen.niet-opgeslagen.json").load() == []
