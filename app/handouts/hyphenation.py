"""Dutch hyphenation for the handouts: pyphen's nl_NL dictionary, parsed as words need it.

pyphen parses all 16,000 patterns of a dictionary when it is first used (about 80-130 ms,
a third of a whole `wijkpraat pdf` process), while a handout hyphenates a few dozen long
words, each of which looks up only the patterns that are substrings of it. `install()`
puts a dictionary into pyphen's own cache that reads the file once into {letters: line}
(a few ms) and parses a line only when a word asks for its letters, with pyphen's own
rules; positions, and so every hyphen printed, are the same (a test compares every
pattern with pyphen's parse). Both users go through pyphen's cache: our soft hyphens
(`app.handouts.fonts`) and reportlab's `hyphenationLang="nl_NL"` paragraphs.
"""

from __future__ import annotations

import functools
from typing import Any

import pyphen

LANG = "nl_NL"
Pattern = tuple[int, tuple[int, ...]]


def parse_line(line: str) -> tuple[str, Pattern | None]:
    """One pattern line as pyphen.HyphDict reads it: (letters, (start, values)), or
    (letters, None) for a line of zeros, which pyphen leaves out."""
    tags, values = zip(*[(string, int(i or "0")) for i, string in pyphen.parse(line)], strict=True)
    if max(values) == 0:
        return "".join(tags), None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return "".join(tags), (start, values[start:end])


class LazyPatterns:
    """The `patterns` of a HyphDict ({letters: (start, values)}), read when first asked."""

    def __init__(self, lines: dict[str, str]) -> None:
        self._lines = lines  # letters -> the last line with those letters and a non-zero
        self._parsed: dict[str, Pattern | None] = {}
        self.maxlen = max(map(len, lines), default=0)

    @classmethod
    def read(cls, path: Any) -> LazyPatterns | None:  # a Path or importlib Traversable
        """The patterns of a .dic file, or None when it uses what only pyphen's full parse
        understands (^^hh characters, non-standard hyphenation with '/')."""
        first, _, body = path.read_bytes().partition(b"\n")
        encoding = first.decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        text = body.decode(encoding)
        if "^^" in text or "/" in text:
            return None
        # Whole-file passes instead of one per line: the digits are ASCII in every
        # encoding a .dic uses. A line without digits, or with zeros only, gives the same
        # letters with only its zeros removed: pyphen leaves it out.
        letters = body.translate(None, b"0123456789").decode(encoding).split("\n")
        no_zeros = text.replace("0", "").split("\n")
        lines: dict[str, str] = {}
        for line, key, without_zeros in zip(text.split("\n"), letters, no_zeros, strict=True):
            if without_zeros == key:
                continue
            line = line.strip()
            if not line.startswith(pyphen.ignored):
                lines[key.strip()] = line  # the last line with these letters wins, as in pyphen
        return cls(lines)

    def get(self, letters: str, default: Any = None) -> Pattern | None:
        if letters not in self._parsed:
            line = self._lines.get(letters)
            self._parsed[letters] = None if line is None else parse_line(line)[1]
        return self._parsed[letters] or default

    def keys(self) -> list[str]:
        return list(self._lines)


class LazyHyphDict(pyphen.HyphDict):
    """pyphen.HyphDict with `patterns` read as words need them (its `positions` is used
    as it is: it asks `patterns.get` and `maxlen`)."""

    def __init__(self, patterns: LazyPatterns) -> None:  # not HyphDict's: that parses all
        self.patterns = patterns
        self.cache: dict[str, Any] = {}
        self.maxlen = patterns.maxlen


@functools.cache
def install() -> None:
    """Put the lazily read nl_NL dictionary in pyphen's cache (once, before any use)."""
    path = pyphen.LANGUAGES[LANG]
    if path in pyphen.hdcache:
        return
    patterns = LazyPatterns.read(path)
    if patterns is not None:
        pyphen.hdcache[path] = LazyHyphDict(patterns)


@functools.cache
def dutch() -> Any:
    """pyphen's Dutch hyphenator (a pyphen.Pyphen; the library is untyped)."""
    install()
    return pyphen.Pyphen(lang=LANG)
