"""Writing a handout PDF to disk safely, and naming it."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
from pathlib import Path

from app.errors import WijkpraatError

NAMES = {
    "afspraken": "afsprakenlijst",
    "praatplaat": "praatplaat",
    "kaartjes": "meeneemkaartjes",
    "evaluatie": "evaluatieverslag",
}


class SaveFailed(WijkpraatError):
    """The PDF could not be written; the message says why and what to do."""


def default_filename(
    soort: str, gebied: str | None = None, datum: str | None = None, formaat: str = "A4"
) -> str:
    """E.g. 'afsprakenlijst-rivierenbuurt-2026-04-16.pdf' (plain ASCII, safe everywhere)."""
    parts = [NAMES.get(soort, soort)]
    if gebied:
        parts.append(_slug(gebied))
    if datum:
        parts.append(datum)
    if soort == "praatplaat" and formaat != "A4":
        parts.append(formaat.lower())
    return "-".join(p for p in parts if p) + ".pdf"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def save_error_message(exc: OSError, path: Path) -> str:
    """A Dutch message for a failed save that says what to do; nothing else was lost."""
    where = f"'{path}'"
    if exc.errno == errno.ENOSPC:
        return (
            f"De PDF kon niet worden opgeslagen in {where}: de schijf is vol. Maak ruimte vrij "
            "of kies een andere plek (bijvoorbeeld een USB-stick). Er is niets verloren: "
            "alle gegevens staan nog in Wijkpraat."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Wijkpraat mag de PDF niet opslaan in {where}. Kies een map waar u mag schrijven, "
            "bijvoorbeeld Documenten. Er is niets verloren."
        )
    if exc.errno == errno.ENOENT:
        return (
            f"De map voor {where} bestaat niet (meer). Kies een andere map. Er is niets verloren."
        )
    if exc.errno == errno.EISDIR:
        return f"{where} is een map, geen bestand. Kies een bestandsnaam die op .pdf eindigt."
    return (
        f"De PDF kon niet worden opgeslagen in {where} ({exc.strerror or exc}). "
        "Kies een andere plek en probeer het opnieuw. Er is niets verloren."
    )


def write_pdf(path: str | os.PathLike[str], pdf: bytes) -> Path:
    """Write atomically: a half-written file never replaces a good one.

    Raises SaveFailed with a Dutch message for disk full, no permission, missing folder.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveFailed(save_error_message(exc, target)) from exc
    return target


def page_count(pdf: bytes) -> int:
    from app.handouts.render import page_sizes

    return len(page_sizes(pdf))
