"""Every location the app reads or writes, in one place.

Order of precedence for the database: `--db FILE`, then `WIJKPRAAT_DB`, then
`<data dir>/wijkpraat.sqlite`. The data dir is `--data-dir`, then `WIJKPRAAT_DATA_DIR`,
then the folder of a database named by `--db`/`WIJKPRAAT_DB`, then the platform's
per-user application data folder. Tests always set one of these,
so they never touch the real home directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Wijkpraat"
DB_FILENAME = "wijkpraat.sqlite"
DEMO_FILENAME = "demo.sqlite"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    db: Path
    log_dir: Path

    @property
    def backup_dir(self) -> Path:
        """Backups of this database only: another file's backup must never be offered.

        The usual database keeps `<data dir>/backups`; any other file gets its own folder
        in there, named after the file and a short hash of its full path.
        """
        base = self.data_dir / "backups"
        if _same_file(self.db, self.data_dir / DB_FILENAME):
            return base
        import hashlib  # here: not needed for a start-up with the usual database

        digest = hashlib.sha256(str(_resolved(self.db)).encode("utf-8")).hexdigest()[:8]
        return base / f"{self.db.stem}-{digest}"


def resolve(db: str | os.PathLike[str] | None = None, data_dir: str | None = None) -> Paths:
    """Work out the paths from arguments, environment and platform defaults.

    A database named by `--db` or `WIJKPRAAT_DB` without a data folder keeps its backups
    and logs beside it (its folder is the data folder): trying a file out, or keeping one
    on a USB stick, leaves nothing behind in the home folder.
    """
    chosen_data = data_dir or os.environ.get("WIJKPRAAT_DATA_DIR")
    named = db or os.environ.get("WIJKPRAAT_DB")
    named_db = Path(named).expanduser() if named else None
    if chosen_data:
        base = Path(chosen_data)
    elif named_db is not None:
        base = named_db.parent
    else:
        data, logs = _platform_folders()
        return Paths(data_dir=data, db=data / DB_FILENAME, log_dir=logs)
    db_path = named_db or base / DB_FILENAME
    return Paths(data_dir=base, db=db_path.expanduser(), log_dir=base / "logs")


def _platform_folders() -> tuple[Path, Path]:
    """The per-user data and log folders of this platform. platformdirs is loaded only
    here, when no folder or database is named: ~10 ms of every `wijkpraat ... --db FILE`
    command and of a start with a named file."""
    import platformdirs

    data = platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)
    return Path(data), Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def demo_db(where: Paths) -> Path:
    """Where `wijkpraat demo` writes when no database is named: its own file, so the
    example wijk never mixes with real ones."""
    return where.data_dir / DEMO_FILENAME


def _same_file(a: Path, b: Path) -> bool:
    return _resolved(a) == _resolved(b)


def _resolved(path: Path) -> Path:
    """The full path; for a symlink loop (which the store refuses in Dutch) as written."""
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()
