"""The verslag of a bijeenkomst: read once, then made as PDF and/or editable .odt.

`read_verslag` (verslag_data) reads the store on the caller's thread; `make_verslag`
builds the files' bytes (pure, may run in a worker thread); `save_verslag` writes each
file all at once or not at all (app.store.files.write_atomic), after both are built, so a
failure while building leaves nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.handouts.output import _slug
from app.handouts.verslag_data import Keuzes, VerslagData, read_verslag

FORMATEN = ("pdf", "odt")

__all__ = ["FORMATEN", "Keuzes", "VerslagData", "make_verslag", "read_verslag", "save_verslag"]


@dataclass(frozen=True)
class Verslagen:
    """The bytes of each form asked for, by extension."""

    files: dict[str, bytes]


def default_name(data: VerslagData, formaat: str) -> str:
    """E.g. 'verslag-rivierenbuurt-2026-04-16.odt' (plain ASCII, safe everywhere)."""
    kop = data.lijst.kop
    return f"verslag-{_slug(kop.gebied)}-{kop.datum}.{formaat}"


def make_verslag(data: VerslagData, formaten: tuple[str, ...] = FORMATEN) -> Verslagen:
    files: dict[str, bytes] = {}
    if "pdf" in formaten:
        from app.handouts.verslag_pdf import build_verslag_pdf

        files["pdf"] = build_verslag_pdf(data)
    if "odt" in formaten:
        from app.handouts.verslag_odt import build_verslag_odt

        files["odt"] = build_verslag_odt(data)
    return Verslagen(files)


def save_verslag(verslagen: Verslagen, targets: dict[str, Path]) -> list[Path]:
    """Write each built form to its target; returns the paths written, in order."""
    from app.store.files import write_atomic

    return [write_atomic(targets[f], verslagen.files[f]) for f in FORMATEN if f in targets]
