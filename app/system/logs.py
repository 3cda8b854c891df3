"""Logging to a rotating file in the user's log folder (never `print` outside the CLI).

The first boot stage after the arguments, for the GUI and the CLI alike, so that what
happens while the database opens (a migration, a refused file) is in the log. Residents'
words never go into it: log what happened and how many rows, not the text.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "wijkpraat.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to <log_dir>/wijkpraat.log (3 × 1 MB). Returns the file, or None if not writable.

    Calling it again for the same folder adds no second handler; for another folder
    (the CLI called twice in one process, as tests do) the file moves there.
    """
    root = logging.getLogger()
    root.setLevel(level)
    path = log_dir / LOG_NAME
    for handler in list(root.handlers):
        if getattr(handler, "wijkpraat", False):
            if handler.baseFilename == str(path.absolute()):  # type: ignore[attr-defined]
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        new = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # logging must never stop a meeting
    new.wijkpraat = True  # type: ignore[attr-defined]
    new.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(new)
    return path
