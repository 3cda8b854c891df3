"""Bad places to write, made real: a read-only mount and a disk that fills up.

The in-process versions (tests/test_bad_files.py) simulate the OS error; these use the
kernel's own: a read-only bind mount (as root; otherwise file permissions) and
RLIMIT_FSIZE, which makes every write past the limit fail with EFBIG, in a real
`wijkpraat` process.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.errors import DatabaseReadOnly, StoreError
from app.store import Store
from app.store.backup import make_backup, offer_for
from tests.conftest import sha256

ROOT = Path(__file__).resolve().parents[2]


def _mounted(path: Path) -> bool:
    return any(
        line.split()[1] == str(path) for line in Path("/proc/mounts").read_text().splitlines()
    )


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], Path]]:
    """`read_only(folder)` gives a read-only view of `folder`; undone when the test ends.

    As root (who may write anywhere) a read-only bind mount; otherwise permissions. The
    unmount is registered the moment the mount exists, so a failing test never leaks it.
    """
    undo: list[Callable[[], None]] = []

    def make(folder: Path) -> Path:
        if os.geteuid() != 0:
            for p in folder.iterdir():
                p.chmod(0o444)
            folder.chmod(0o555)
            undo.append(lambda: folder.chmod(0o755))
            return folder
        view = folder.with_name(folder.name + "-ro")
        view.mkdir()
        bound = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
        if bound.returncode != 0:
            pytest.skip("root without a way to make a read-only folder (no mount rights)")

        def unmount() -> None:
            if subprocess.run(["umount", str(view)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(view)], check=True)  # still in use
            assert not _mounted(view)

        undo.append(unmount)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        return view

    yield make
    for step in reversed(undo):
        step()


def test_read_only_location(demo_store, db_path, tmp_path, read_only):
    folder = tmp_path / "backups"
    make_backup(db_path, folder, "start")
    demo_store.close()
    writable = tmp_path / "alleen-lezen"
    writable.mkdir()
    (writable / "wijkpraat.sqlite").write_bytes(db_path.read_bytes())
    where = read_only(writable)
    path = where / "wijkpraat.sqlite"
    before = sha256(path)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    error = info.value
    assert isinstance(error, DatabaseReadOnly)
    assert "map" in error.message and "schrijven" in error.message
    assert sha256(path) == before
    assert not (where / "wijkpraat.sqlite-wal").exists()
    # Older data does not help here: the message says to pick another folder instead.
    assert offer_for(error, folder) is None
    with Store.open_readonly(path) as ro:  # reading still works
        assert ro.counts()["gebied"] == 2


LIMIT = 256  # bytes: every file the command writes is "full" past this size


def _disk_full_after_limit() -> None:  # runs in the child, before it becomes wijkpraat
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize(
    "command",
    [
        ["export", "--met-labels"],
        ["csv", "--soort", "afspraken"],
        ["pdf", "--soort", "afspraken", "--bijeenkomst", "latest"],
    ],
    ids=["export", "csv", "pdf"],
)
def test_a_full_disk_keeps_the_old_file_in_a_real_process(demo_store, db_path, tmp_path, command):
    demo_store.close()
    out_dir = tmp_path / "uitvoer"
    out_dir.mkdir()
    out = out_dir / "uitvoer.bestand"
    old = b"vorige versie van het bestand\n"
    out.write_bytes(old)
    result = subprocess.run(
        [sys.executable, "-m", "app", *command, "--db", str(db_path), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_disk_full_after_limit,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "schijf is vol" in result.stderr and "Maak ruimte vrij" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == old  # the old file is still whole
    assert sorted(p.name for p in out_dir.iterdir()) == ["uitvoer.bestand"]  # no temp file
