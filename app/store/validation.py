"""Checks on what users type, each failing with a plain Dutch `InvalidInput`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import urlsplit

from app.errors import InvalidInput


def text(value: object, label: str, *, required: bool = True, max_len: int = 10_000) -> str:
    """A text field: stripped; required ones may not be empty."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{label} moet tekst zijn.")
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"Vul {label} in.")
    if "\x00" in value:  # SQLite would cut the text off here
        raise InvalidInput(
            f"In {label} staat een onzichtbaar teken dat niet kan. Typ de tekst opnieuw."
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # half of an emoji, e.g. from a broken paste
        raise InvalidInput(
            f"In {label} staat een half teken (bijvoorbeeld een kapotte emoji). "
            "Typ de tekst opnieuw."
        ) from None
    if len(value) > max_len:
        raise InvalidInput(
            f"{label[:1].upper()}{label[1:]} is te lang (meer dan {max_len} tekens)."
        )
    return value


def choice(value: object, allowed: tuple[str, ...], label: str) -> str:
    """One of `allowed`, exactly."""
    for option in allowed:
        if value == option:
            return option
    raise InvalidInput(f"{label} moet een van deze zijn: {', '.join(allowed)}.")


def optional_choice(value: object, allowed: tuple[str, ...], label: str) -> str | None:
    """One of `allowed`, or None for none chosen."""
    return None if value is None else choice(value, allowed, label)


def iso_date(value: object, label: str = "de datum") -> str:
    """Accepts a date or an ISO yyyy-mm-dd string; returns the ISO string."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInput(f"{label.capitalize()} is geen geldige datum (jjjj-mm-dd).") from None


def timestamp(value: object, label: str) -> str:
    """An ISO 8601 date and time (as `now()` makes them)."""
    try:
        dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"Dat is geen geldig tijdstip voor {label}.") from None
    return str(value)


def known_id(value: object, known: Iterable[str], label: str) -> str | None:
    """An id of the content pack (an archetype, a vraag), or None for none."""
    if value is None or value == "":
        return None
    if value not in set(known):
        raise InvalidInput(f"{label} '{value}' staat niet in de praatplaat van deze versie.")
    return str(value)


def score(value: object, label: str) -> int | None:
    """A kompas score 1..5, or None for 'not yet scored'."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(f"{label} moet een getal van 1 tot en met 5 zijn.")
    return value


def count(value: object, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"{label} moet een getal van 0 of meer zijn.")
    return value


def url(value: object, *, required: bool = False) -> str | None:
    """A follow-up URL: only http:// and https:// with a host; '' means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput("Vul een webadres in.")
        return None
    if not isinstance(value, str):
        raise InvalidInput("Het webadres moet tekst zijn.")
    value = value.strip()
    if "://" not in value and ":" not in value.split("/")[0] and "." in value.split("/")[0]:
        value = "https://" + value  # 'www.tenboer.nl/x', as most people type it
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        raise InvalidInput(f"'{value}' is geen geldig webadres.") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput(
            f"'{value}' is geen webadres dat met http:// of https:// begint. "
            "Alleen zulke adressen kunnen in een QR-code."
        )
    if not host or any(ch.isspace() for ch in value):
        raise InvalidInput(
            f"In '{value}' ontbreekt de naam van de website (bijv. stem.example.nl)."
        )
    return value
