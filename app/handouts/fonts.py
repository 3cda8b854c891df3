"""The embedded fonts (DejaVu Sans, and Symbola for emoji and symbols; resources/fonts/)
and text made safe to print.

Everything residents typed goes through `para()`: it escapes reportlab's markup
characters so `<`, `&` and `>` print as typed, keeps line breaks, sets characters DejaVu
cannot draw but Symbola can (emoji, most symbols) in Symbola, monochrome as a printer
needs, and swaps the rest for U+FFFD (�) so the page shows that something was there.
Symbola is read only when a text needs it. Invisible format characters (soft hyphen,
zero-width joiner, direction overrides) and emoji variation selectors are left out: they
have nothing to show, and a direction override could make printed text read differently
from what was typed. Text drawn straight on the canvas uses `printable()`: DejaVu only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from html import escape

import resources
from app.handouts import hyphenation

REGULAR = "WijkpraatSans"
BOLD = "WijkpraatSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
SYMBOLS = "WijkpraatSymbols"
_SYMBOL_FILE = "Symbola.ttf"
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Variation selectors (text/emoji presentation) and skin-tone modifiers: a monochrome
# font draws the emoji itself, without them.
_MODIFIERS = frozenset([*range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)])


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with code points past U+FFFF written as UTF-16
    (reportlab writes them as five hex digits, which no PDF reader accepts: an emoji then
    extracts as nothing)."""
    entries = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@functools.cache
def register() -> frozenset[int]:
    """Register the fonts with reportlab once; return the code points they can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
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


@functools.cache
def symbols() -> frozenset[int]:
    """Register Symbola (on first need); the code points it adds to DejaVu."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    covered = register()
    font = TTFont(SYMBOLS, str(resources.FOLDER / "fonts" / _SYMBOL_FILE))
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)  # one weight: bold text too
    return frozenset(font.face.charToGlyph) - covered - {0x20, 0xA0}


def _clean(text: str) -> str:
    """NFC, control characters as spaces, without invisible format characters."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text.replace("\r\n", "\n")))
    return "".join(
        ch
        for ch in text.replace("\t", " ")
        if unicodedata.category(ch) != "Cf" and ord(ch) not in _MODIFIERS
    )


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


SOFT_HYPHEN = "\xad"
_LONG_WORD = re.compile(r"\w{13,}")


def _soft_hyphens(text: str) -> str:
    """Long words get soft hyphens where Dutch hyphenation may break them. reportlab
    hyphenates a word that overflows a line, but one longer than the whole line it cuts
    anywhere, without a hyphen ("Kampvuurbije|enkomst"); with soft hyphens it breaks
    there, and prints the hyphen only where it breaks."""
    if not _LONG_WORD.search(text):
        return text
    dutch = hyphenation.dutch()
    return _LONG_WORD.sub(lambda m: dutch.inserted(m.group(), hyphen=SOFT_HYPHEN), text)


def shown(text: str) -> str:
    """The text as a paragraph prints it (`para`), without the markup."""
    covered = register()
    return "".join(
        ch if ch == "\n" or ord(ch) in covered or ord(ch) in symbols() else REPLACEMENT
        for ch in _clean(text)
    )


def para(text: str | None, *, hyphenate: bool = True) -> str:
    """Paragraph markup for plain text: escaped, line breaks kept, emoji in Symbola.

    Long words get soft hyphens for narrow columns; a title (`hyphenate=False`) keeps a
    name whole and moves it to the next line instead ("Rivieren-buurt" read oddly)."""
    if not text:
        return ""
    covered = register()
    out: list[str] = []
    run: list[str] = []  # characters for Symbola

    def flush() -> None:
        if run:
            out.append(f'<font name="{SYMBOLS}">{escape("".join(run), quote=False)}</font>')
            run.clear()

    cleaned = _clean(text)
    for ch in _soft_hyphens(cleaned) if hyphenate else cleaned:
        if ch == "\n" or ch == SOFT_HYPHEN or ord(ch) in covered:
            flush()
            out.append("<br/>" if ch == "\n" else escape(ch, quote=False))
        elif ord(ch) in symbols():
            run.append(ch)
        else:
            flush()
            out.append(REPLACEMENT)
    flush()
    return "".join(out)
