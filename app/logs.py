"""Logging to a rotating file in the user's log folder (never `print` outside the CLI)."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to <log_dir>/wijkpraat.log (3 × 1 MB). Returns the file, or None if not writable."""
    import logging.handlers  # ~12 ms; the GUI calls this once the window is up

    root = logging.getLogger()
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "wijkpraat.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # logging must never stop a meeting
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
