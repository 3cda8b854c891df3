"""The one writer for every file the app saves (exports, CSV, PDFs): all or nothing.

The data goes to a temporary file next to the target, is flushed to disk, and only then
replaces the target. If anything fails, the target is as it was, byte for byte.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.errors import DiskFull, WijkpraatError
from app.store.failures import classify_os_error

# Said after every failed save: the data itself is safe in the database.
_NOTHING_LOST = "Er is niets verloren: alle gegevens staan nog in Wijkpraat."


class FileWriteError(WijkpraatError):
    """A file could not be saved where the user asked (no rights, no such folder)."""


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` all at once, or not at all."""
    return write_atomic_chunks(path, (data,))


def write_atomic_chunks(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> Path:
    """Like write_atomic, for data made piece by piece (an export of a city's archive):
    the pieces go straight to the temporary file, so memory does not grow with the data.
    An exception while making the pieces leaves the target as it was."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        os.chmod(tmp_name, _mode_for(target))
        with os.fdopen(fd, "wb", buffering=1 << 16) as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise write_error(exc, target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _mode_for(target: Path) -> int:
    """Keep the mode of a file we replace; a new file gets 0666 minus the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def write_error(exc: OSError, target: Path) -> WijkpraatError:
    """The Dutch error for a save that failed: why, and what to do."""
    kind = classify_os_error(exc)
    if kind == "full":
        return DiskFull(
            f"De schijf is vol: '{target.name}' is niet opgeslagen. Maak ruimte vrij of kies "
            "een andere plek (bijvoorbeeld een USB-stick), en probeer het opnieuw. "
            f"Een bestaand bestand met die naam is niet veranderd. {_NOTHING_LOST}"
        )
    if kind == "denied":
        return FileWriteError(
            f"Wijkpraat mag '{target.name}' niet opslaan in de map '{target.parent}'. "
            f"Kies een andere map, bijvoorbeeld Documenten. {_NOTHING_LOST}"
        )
    if kind == "missing":
        return FileWriteError(
            f"De map '{target.parent}' bestaat niet (meer). Kies een map die er wel is. "
            + _NOTHING_LOST
        )
    if kind == "isdir" or target.is_dir():
        return FileWriteError(
            f"'{target}' is een map, geen bestand. Kies een bestandsnaam. {_NOTHING_LOST}"
        )
    return FileWriteError(
        f"'{target.name}' kon niet worden opgeslagen ({exc.strerror or exc}). "
        f"Kies een andere plek en probeer het opnieuw. {_NOTHING_LOST}"
    )
