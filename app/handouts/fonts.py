"""The embedded font (DejaVu Sans, resources/fonts/) and text made safe to print.

Everything residents typed goes through `para()`: it escapes reportlab's markup
characters so `<`, `&` and `>` print as typed, keeps line breaks, and swaps characters
the font cannot draw for U+FFFD (�) so the page shows that something was there and the
PDF's text layer stays valid (reportlab cannot map characters outside the font, nor
characters beyond U+FFFF, in its ToUnicode table). Invisible format characters (soft
hyphen, zero-width space, direction overrides) are left out: they have nothing to show,
and a direction override could make printed text read differently from what was typed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

import resources

REGULAR = "WijkpraatSans"
BOLD = "WijkpraatSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@functools.cache
def register() -> frozenset[int]:
    """Register the fonts with reportlab once; return the code points they can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.FOLDER / "fonts"
    covered: set[int] | None = None
    for name, filename in _FILES.items():
        font = TTFont(name, str(folder / filename))
        pdfmetrics.registerFont(font)
        keys = set(font.face.charToGlyph)
        covered = keys if covered is None else covered & keys
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return frozenset(c for c in covered or () if c <= 0xFFFF)


def printable(text: str) -> str:
    """Text the font can draw: control characters become spaces, unknown ones �."""
    covered = register()
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text.replace("\r\n", "\n")))
    out = []
    for ch in text.replace("\t", " "):
        if unicodedata.category(ch) == "Cf":
            continue  # soft hyphen, zero-width, direction marks: nothing to show
        out.append(ch if ch == "\n" or ord(ch) in covered else REPLACEMENT)
    return "".join(out)


def para(text: str | None) -> str:
    """Paragraph markup for plain text: escaped, with its line breaks kept."""
    if not text:
        return ""
    safe = escape(printable(text))
    return safe.replace("\n", "<br/>")
