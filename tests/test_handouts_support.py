"""Helpers (no tests here) for reading back our PDFs: text, pixels and QR codes."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.handouts.render import render_pages


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    """Text without any whitespace or hyphen: line wrapping, and the hyphens Dutch
    hyphenation adds where it breaks a word, must not matter to a comparison."""
    return "".join(text.split()).replace("-", "")


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_points(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def decode_qr_codes(pdf: bytes, dpi: int = 200) -> list[str]:
    """Every QR code on every page, as a phone would read it from the printed page."""
    found = []
    for page in render_pages(pdf, dpi):
        image = Image.frombuffer(
            "RGBX", (page.width, page.height), page.pixels, "raw", "RGBX", page.stride, 1
        ).convert("L")
        for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            found.append(result.text)
    return found
