"""Privacy (AVG): participant labels are optional, and can be replaced by seat numbers.

Opinions (inbreng) are never linked to a person: the deelnemer table holds only a short
label (first name or seat number), and nothing else in the database refers to a name.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput
from app.exchange.names import is_seat_label, mentions, replace_names, seat_labels
from app.store import Store
from app.store.records import Bijeenkomst

log = logging.getLogger(__name__)
SETTING_BEWAARTERMIJN = "bewaartermijn_dagen"


@dataclass(frozen=True)
class AnonymiseResult:
    bijeenkomsten: int
    labels: int  # labels that were replaced (seat numbers already there are not counted)
    wie: int = 0  # afspraken whose `wie` named a participant, now their seat number
    free_text: int = 0  # free texts that still name a participant: only a person can judge
    gespreksleiders: int = 0  # tafels whose gespreksleider label was emptied

    def summary(self) -> str:
        """What was replaced and what Wijkpraat could not know, in Dutch."""
        from app.content.labels import count_label

        names = count_label(self.labels, "naam", "namen")
        text = f"{names} van deelnemers vervangen door stoelnummers"
        if self.wie:
            text += f", ook in {count_label(self.wie, 'afspraak', 'afspraken')} (bij 'wie')"
        if self.gespreksleiders:
            leiders = count_label(self.gespreksleiders, "gespreksleider", "gespreksleiders")
            text += f"; {leiders} van tafels gewist"
        text += "."
        if self.free_text:
            text += (
                f" Let op: {count_label(self.free_text, 'vrije tekst', 'vrije teksten')} "
                "(inbreng, afspraken, reflecties, notities) noemt nog een naam. Wijkpraat "
                "kan niet weten of dat de deelnemer is; kijk die teksten zelf na."
            )
        return text


def _anonymise(
    store: Store, bijeenkomst_ids: list[str], *, compact: bool = True
) -> AnonymiseResult:
    replaced = wie = free = 0
    with store.transaction():  # one step: all labels or none
        # A gespreksleider label is a person's (first) name too: emptied, the tafel stays.
        leiders = store.clear_gespreksleiders(bijeenkomst_ids)
        for bijeenkomst_id in bijeenkomst_ids:
            rows = store.deelnemer_labels(bijeenkomst_id)
            seats = seat_labels([label for _, label in rows])
            names: dict[str, str] = {}
            for (deelnemer_id, label), seat in zip(rows, seats, strict=True):
                if label != seat:
                    store.set_deelnemer_label(deelnemer_id, seat)
                    names[label] = seat
                    replaced += 1
            if not names:
                continue
            for afspraak_id, text in store.afspraak_wie(bijeenkomst_id):
                new = replace_names(text, names)
                if new != text:
                    store.set_afspraak_wie(afspraak_id, new)
                    wie += 1
            free += sum(mentions(t, list(names)) for t in store.free_texts(bijeenkomst_id))
    if compact and (replaced or wie or leiders):
        store.compact()  # the old names must not stay behind in free pages or the WAL
    log.info(
        "anonymised %d bijeenkomst(en): %d labels and %d wie replaced, %d free texts flagged",
        len(bijeenkomst_ids),
        replaced,
        wie,
        free,
    )
    return AnonymiseResult(len(bijeenkomst_ids), replaced, wie, free, leiders)


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


def scrub_backups(backup_dir: Path, how: str, *, gebied: str | None, days: int | None) -> int:
    """After anonymising: the backups made before it still hold the names.

    `how` = "herbouw" anonymises each backup the same way as the database (the gebied,
    and/or bijeenkomsten older than `days`), each stays a backup you can put back;
    "verwijder" deletes them. Returns how many backups were handled.
    """
    from app.store.backup_care import delete_backups, rewrite_backups

    if how == "verwijder":
        return delete_backups(backup_dir)
    if how != "herbouw":
        raise InvalidInput("Kies 'herbouw' of 'verwijder' voor de reservekopieën.")

    def change(backup: Store) -> None:
        ids: list[str] = []
        if gebied is not None and any(g.id == gebied for g in backup.gebieden()):
            ids += [b.id for b in backup.bijeenkomsten(gebied)]
        if days is not None:
            ids += [b.id for b in older_than(backup, days)]
        _anonymise(backup, list(dict.fromkeys(ids)), compact=False)

    return rewrite_backups(backup_dir, change)
