"""Naming a handout PDF, and counting its pages (saving is app.store.files.write_atomic)."""

from __future__ import annotations

import re
import unicodedata

NAMES = {
    "afspraken": "afsprakenlijst",
    "praatplaat": "praatplaat",
    "kaartjes": "meeneemkaartjes",
    "evaluatie": "evaluatieverslag",
    "voorstel": "voorstel-gemeenteraad",
}


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


def page_count(pdf: bytes) -> int:
    from app.handouts.render import page_sizes

    return len(page_sizes(pdf))
