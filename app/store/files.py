"""Writing exports, CSV files and PDFs so a full disk never leaves half a file behind.

The data goes to a temporary file next to the target, is flushed to disk, and only then
replaces the target. If anything fails, the target is as it was, byte for byte.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from app.errors import DiskFull, WijkpraatError

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class FileWriteError(WijkpraatError):
    """A file could not be saved where the user asked (no rights, no such folder)."""


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` all at once, or not at all."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        # mkstemp makes the file private (0600); an export gets the usual permissions.
        os.chmod(tmp_name, _mode_for(target))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise _translate(exc, target) from exc
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


def _translate(exc: OSError, target: Path) -> WijkpraatError:
    if exc.errno in _FULL:
        return DiskFull(
            f"De schijf is vol: '{target.name}' is niet opgeslagen. "
            "Maak ruimte vrij of kies een USB-stick, en probeer het opnieuw. "
            "Een bestaand bestand met die naam is niet veranderd."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(
            f"Wijkpraat mag '{target.name}' niet opslaan in de map '{target.parent}'. "
            "Kies een andere map, bijvoorbeeld Documenten."
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileWriteError(f"De map '{target.parent}' bestaat niet. Kies een map die er wel is.")
    return FileWriteError(
        f"'{target.name}' kon niet worden opgeslagen ({exc.strerror}). "
        "Kies een andere map en probeer het opnieuw."
    )
