"""Crash reports: a faulthandler log for hard crashes, offered on the next start.

`faulthandler` writes the Python stack of every thread to `crash.log` when the process
dies from a fatal signal (segfault in Qt, abort). On the next start the app reads a
non-empty `crash.log`, renames it to `crash-<time>.log` (keeping the last five) and
offers the text in a copyable dialog.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from app import __version__

log = logging.getLogger(__name__)
CRASH_FILE = "crash.log"
KEEP = 5
_handle: IO[str] | None = None


def take_previous_crash(log_dir: Path) -> str | None:
    """The faulthandler output of the last run, if it crashed; the file is rotated away."""
    path = log_dir / CRASH_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.strip():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    try:
        path.rename(log_dir / f"crash-{stamp}.log")
        for old in sorted(log_dir.glob("crash-*.log"), reverse=True)[KEEP:]:
            old.unlink()
    except OSError:
        log.warning("could not rotate %s", path)
    return text


def enable_faulthandler(log_dir: Path) -> Path | None:
    """Send fatal-error tracebacks to <log_dir>/crash.log; None if it cannot be written."""
    global _handle
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / CRASH_FILE
        handle = path.open("a", encoding="utf-8")
    except OSError:
        return None  # a crash log must never stop a meeting
    if _handle is not None:
        _handle.close()
    _handle = handle
    faulthandler.enable(handle, all_threads=True)
    return path


def format_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """A report to copy for the administrator: versions, then the traceback."""

    head = (
        f"Wijkpraat {__version__}, Python {sys.version.split()[0]}, "
        f"{platform.system()} {platform.release()}\n"
        f"Tijd: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n\n"
    )
    return head + "".join(traceback.format_exception(kind, value, tb))
