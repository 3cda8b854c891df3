"""Participant names: seat numbers in their place, and finding names in typed text."""

from __future__ import annotations

import re


def seat_label(n: int) -> str:
    """The label that replaces a participant's name: their seat number."""
    return f"Stoel {n}"


_SEAT = re.compile(r"^Stoel (\d+)$")


def is_seat_label(label: str) -> bool:
    """Whether a participant's label is a seat number ('Stoel 3') rather than a name."""
    return _SEAT.match(label) is not None


def seat_labels(labels: list[str]) -> list[str]:
    """Seat numbers for the labels of one bijeenkomst, in order.

    A label that already is a seat number keeps it; names get the lowest free numbers.
    """
    taken = {int(m[1]) for m in map(_SEAT.match, labels) if m}
    free = (n for n in range(1, len(labels) + len(taken) + 1) if n not in taken)
    return [label if is_seat_label(label) else seat_label(next(free)) for label in labels]


_WORD = r"(?<!\w){}(?!\w)"


def replace_names(text: str, names: dict[str, str]) -> str:
    """`text` with every whole-word occurrence of a name replaced by its seat label."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(_WORD.format(re.escape(name)), names[name], text, flags=re.IGNORECASE)
    return text


def mentions(text: str, names: list[str]) -> bool:
    """Whether `text` names one of `names` as a whole word."""
    return any(re.search(_WORD.format(re.escape(n)), text, flags=re.IGNORECASE) for n in names if n)
