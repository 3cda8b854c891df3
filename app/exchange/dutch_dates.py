"""Dutch date words in an afspraak's `wanneer`, read only where they are unambiguous.

"voor 1 juni" is a deadline, "september" and "zomer" are periods, "vanaf mei" a start,
"12 maart om 19.30" a moment. A year that is not written is the first one in which the
date is not before the bijeenkomst. Anything else ("binnenkort", "na de zomervakantie",
"als er geld is") gives None: the text stays as typed and no date is made up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.content.labels import MAANDEN

_MAAND = {naam: nr for nr, naam in enumerate(MAANDEN, start=1)}
_MAAND.update(
    {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
    | {"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
)
# Meteorological seasons: (first month, last month); winter runs into the next year.
_SEIZOEN = {
    "lente": (3, 5),
    "voorjaar": (3, 5),
    "zomer": (6, 8),
    "herfst": (9, 11),
    "najaar": (9, 11),
    "winter": (12, 2),
}
_VOOR = ("voor", "vóór", "uiterlijk", "uiterlijk op", "tot", "tot en met", "t/m", "deadline")
_VANAF = ("vanaf", "per", "na")


@dataclass(frozen=True)
class Periode:
    """What `wanneer` says: a deadline (only `eind`), a start (only `start`), a period
    (both, start <= eind) or one day (start == eind), perhaps with a time of day."""

    start: dt.date | None
    eind: dt.date | None
    tijd: dt.time | None = None

    @property
    def deadline(self) -> bool:
        return self.start is None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_from(reference: dt.date, build: object) -> tuple[dt.date, dt.date] | None:
    """The first (start, end) with end not before `reference`, this year or the next."""
    assert callable(build)
    for year in (reference.year, reference.year + 1):
        try:
            start, end = build(year)
        except ValueError:  # 29 februari in a year that has none
            continue
        if end >= reference:
            return start, end
    return None


def _time(text: str) -> tuple[str, dt.time | None]:
    """Split off "om 19.30 (uur)" / "19:30 uur" at the end."""
    m = re.search(r"\s*(?:om\s+)?(\d{1,2})[.:](\d{2})(?:\s*uur)?$", text)
    if not m:
        m2 = re.search(r"\s*om\s+(\d{1,2})\s*uur$", text)
        if not m2:
            return text, None
        hour, minute, found = int(m2[1]), 0, m2
    else:
        hour, minute, found = int(m[1]), int(m[2]), m
    if hour > 23 or minute > 59:
        return text, None
    return text[: found.start()].strip(), dt.time(hour, minute)


def _span(text: str, reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """A day, month or season written without a preposition, as (first day, last day)."""
    text = re.sub(r"^(de|het)\s+", "", text)
    # ISO 2026-06-01, or Dutch 1-6-2026 / 1-6
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d, d
    if m := re.fullmatch(r"(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}))?", text):
        day, month = int(m[1]), int(m[2])
        if m[3]:
            try:
                d = dt.date(int(m[3]), month, day)
            except ValueError:
                return None
            return d, d
        return _year_from(reference, lambda y: (dt.date(y, month, day),) * 2)
    words = text.split()
    year: int | None = None
    if words and re.fullmatch(r"\d{4}", words[-1]):
        year = int(words.pop())
    if len(words) == 2 and words[0].isdigit() and words[1] in _MAAND:
        day, month = int(words[0]), _MAAND[words[1]]
        if year:
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return None
            return d, d
        return _year_from(reference, lambda y: (dt.date(y, month, day),) * 2)
    part = ""
    if len(words) == 2 and words[0] in ("begin", "half", "medio", "eind", "einde"):
        part, words = words[0], words[1:]
    if len(words) == 1 and words[0] in _MAAND:
        month = _MAAND[words[0]]
        first, last = {
            "": (1, 31),
            "begin": (1, 10),
            "half": (11, 20),
            "medio": (11, 20),
        }.get(part, (21, 31))

        def month_span(y: int) -> tuple[dt.date, dt.date]:
            end = _last_day(y, month)
            return dt.date(y, month, first), min(end, dt.date(y, month, min(last, end.day)))

        return month_span(year) if year else _year_from(reference, month_span)
    if len(words) == 1 and words[0] in _SEIZOEN and not part:
        first_m, last_m = _SEIZOEN[words[0]]

        def season(y: int) -> tuple[dt.date, dt.date]:
            end_year = y + 1 if last_m < first_m else y
            return dt.date(y, first_m, 1), _last_day(end_year, last_m)

        return season(year) if year else _year_from(reference, season)
    return None


def parse_wanneer(text: str, reference: dt.date) -> Periode | None:
    """The date(s) in `text` relative to the day of the bijeenkomst, or None."""
    clean = " ".join(text.lower().replace(",", " ").split()).strip(" .")
    clean = re.sub(r"^(in|op|de|het)\s+", "", clean)
    if not clean:
        return None
    clean, tijd = _time(clean)
    for word in sorted(_VOOR, key=len, reverse=True):
        if clean.startswith(word + " "):
            span = _span(clean[len(word) + 1 :].strip(), reference)
            if span is None:
                return None
            # "voor 1 juni" / "voor september": before that day, or before that month starts;
            # "tot en met september": up to its last day.
            inclusive = word in ("uiterlijk", "uiterlijk op", "tot en met", "t/m", "deadline")
            day = span[1] if inclusive or span[0] == span[1] else span[0]
            return Periode(None, day, tijd)
    for word in _VANAF:
        if clean.startswith(word + " "):
            span = _span(clean[len(word) + 1 :].strip(), reference)
            if span is None:
                return None
            start = span[1] + dt.timedelta(days=1) if word == "na" else span[0]
            return Periode(start, None, tijd)
    span = _span(clean, reference)
    if span is None:
        return None
    if tijd is not None and span[0] != span[1]:
        return None  # "september om 19.30": which day?
    return Periode(span[0], span[1], tijd)
