"""Shared fixtures and markers: every test gets its own data dir and database file (never
$HOME); widget tests are marked `gui`, tests in tests/e2e/ are marked `e2e`.

Hypothesis profiles: "dev" (few examples, the default, for the edit loop) and "ci" (many;
`make test` sets HYPOTHESIS_PROFILE=ci).
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from app.store import Store
from app.system.demo import load_demo

TESTS = Path(__file__).resolve().parent
E2E = TESTS / "e2e"
# A test that uses one of these (directly or through another fixture) needs a QApplication.
QT_FIXTURES = frozenset({"qapp", "qtbot", "qtmodeltester"})

_COMMON = {
    "deadline": None,  # a loaded CI machine is slow now and then; that is not a failure
    "suppress_health_check": [HealthCheck.too_slow],
}
settings.register_profile("dev", max_examples=5, **_COMMON)
settings.register_profile("ci", max_examples=300, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def examples(at_most: int) -> int:
    """The profile's number of examples, capped for a test whose every example is costly."""
    return min(at_most, settings.default.max_examples)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `gui` for every test that needs a QApplication and `e2e` for tests/e2e/.

    `item.fixturenames` is the whole fixture closure, so a test that gets qtbot through
    another fixture is marked too. `pytest -m "not gui"` runs the Qt-free core;
    `pytest -m "not e2e"` leaves out the tests that start real processes.
    """
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        if item.path.is_relative_to(E2E) or item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJKPRAAT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIJKPRAAT_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def demo_store(store: Store) -> Store:
    load_demo(store)
    return store


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on the disk is full when a saved file is flushed: os.fsync fails with ENOSPC.

    That is where a full disk shows on many file systems (delayed allocation, network
    drives), after part of the data was written. Returns the file descriptors the code
    tried to flush, so a test can see the save really got that far.
    """
    tried: list[int] = []

    def full(fd: int) -> None:
        tried.append(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    return tried
