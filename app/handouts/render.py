"""Render the pages of a PDF to pixels with pypdfium2 (for printing through Qt).

Printing draws these images of the *same* PDF bytes that "Opslaan als PDF…" writes, so
paper and file cannot differ. No Qt here: the widgets wrap the raw pixels in a QImage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput

MAX_DPI = 300  # enough for text and QR codes; 1200 dpi would need ~500 MB per A4 page


@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points (1/72 inch)."""

    width: float
    height: float


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit RGBX pixels (4 bytes per pixel, X unused)."""

    width: int
    height: int
    stride: int
    pixels: bytes
    dpi: float
    size: PageSize


def _open(pdf: bytes) -> Any:  # a pypdfium2.PdfDocument (the library is untyped)
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise InvalidInput("Dit is geen PDF die Wijkpraat kan afdrukken.") from exc


def page_sizes(pdf: bytes) -> list[PageSize]:
    doc = _open(pdf)
    try:
        return [PageSize(*doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float = 150) -> Iterator[PageImage]:
    """Yield each page as pixels at `dpi` (capped at MAX_DPI), one page at a time."""
    dpi = max(36.0, min(float(dpi), MAX_DPI))
    doc = _open(pdf)
    try:
        for index in range(len(doc)):
            page = doc[index]
            size = PageSize(*page.get_size())
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
            try:
                yield PageImage(
                    width=bitmap.width,
                    height=bitmap.height,
                    stride=bitmap.stride,
                    pixels=bytes(bitmap.buffer),
                    dpi=dpi,
                    size=size,
                )
            finally:
                bitmap.close()
                page.close()
    finally:
        doc.close()
