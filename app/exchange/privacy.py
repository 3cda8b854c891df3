"""Privacy (AVG): participant labels are optional, and can be replaced by seat numbers.

Opinions (inbreng) are never linked to a person: the deelnemer table holds only a short
label (first name or seat number), and nothing else in the database refers to a name.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from app.errors import InvalidInput
from app.exchange.bundle import is_seat_label, seat_labels
from app.store import Store
from app.store.records import Bijeenkomst

log = logging.getLogger(__name__)
SETTING_BEWAARTERMIJN = "bewaartermijn_dagen"


@dataclass(frozen=True)
class AnonymiseResult:
    bijeenkomsten: int
    labels: int  # labels that were replaced (seat numbers already there are not counted)


def _anonymise(store: Store, bijeenkomst_ids: list[str]) -> AnonymiseResult:
    replaced = 0
    with store.transaction():  # one step: all labels or none
        for bijeenkomst_id in bijeenkomst_ids:
            rows = store.deelnemer_labels(bijeenkomst_id)
            seats = seat_labels([label for _, label in rows])
            for (deelnemer_id, label), seat in zip(rows, seats, strict=True):
                if label != seat:
                    store.set_deelnemer_label(deelnemer_id, seat)
                    replaced += 1
    log.info("anonymised %d bijeenkomst(en): %d labels replaced", len(bijeenkomst_ids), replaced)
    return AnonymiseResult(len(bijeenkomst_ids), replaced)


def anonymise_gebied(store: Store, gebied_id: str) -> AnonymiseResult:
    """Replace every participant label in the gebied by its seat number, in one step."""
    store.gebied(gebied_id)
    return _anonymise(store, [b.id for b in store.bijeenkomsten(gebied_id)])


def older_than(store: Store, days: int, today: dt.date | None = None) -> list[Bijeenkomst]:
    """Bijeenkomsten held more than `days` days ago that still have a non-seat label."""
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInput("De bewaartermijn moet een aantal dagen zijn (0 of meer).")
    limit = ((today or dt.date.today()) - dt.timedelta(days=days)).isoformat()
    found = []
    for b in store.bijeenkomsten():
        if b.datum < limit and any(not is_seat_label(d.label) for d in store.deelnemers(b.id)):
            found.append(b)
    return found


def anonymise_older_than(store: Store, days: int, today: dt.date | None = None) -> AnonymiseResult:
    return _anonymise(store, [b.id for b in older_than(store, days, today)])


def bewaartermijn(store: Store) -> int | None:
    """The retention period in days that the facilitator set, or None."""
    value = store.get_setting(SETTING_BEWAARTERMIJN)
    return int(value) if value and value.isdigit() else None


def set_bewaartermijn(store: Store, days: int | None) -> None:
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        raise InvalidInput("De bewaartermijn moet 1 dag of meer zijn, of leeg.")
    store.set_setting(SETTING_BEWAARTERMIJN, None if days is None else str(days))


def due_for_anonymising(store: Store, today: dt.date | None = None) -> list[Bijeenkomst]:
    """What to offer at start-up: bijeenkomsten older than the bewaartermijn with names."""
    days = bewaartermijn(store)
    return [] if days is None else older_than(store, days, today)
