"""Naming a handout PDF, and counting its pages (saving is app.store.files.write_atomic)."""

from __future__ import annotations

import re
import unicodedata

# reportlab's page tree object, e.g. b"/Count 2 /Kids [ 2 0 R 3 0 R ] /Type /Pages".
_PAGE_TREE = re.compile(rb"/Count (\d+) /Kids \[[\d\sR]*\] /Type /Pages\b")
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
    """The number of pages. reportlab writes one flat page tree whose /Count says it
    (reading that saves `wijkpraat pdf` loading pdfium); any other PDF is read by pdfium."""
    trees = _PAGE_TREE.findall(pdf)
    if len(trees) == 1:
        return int(trees[0])
    from app.handouts.render import page_sizes

    return len(page_sizes(pdf))
