"""Afspraken with a date as an iCalendar (.ics) file for the gebiedsteam's calendar.

One file per bijeenkomst (all its afspraken with a date) or per gebied (the afspraken
that are still open or running). Built with `icalendar`, never by string concatenation.

- Every afspraak is one all-day VEVENT: a deadline ("voor 1 juni") on that day, a period
  ("september", "zomer") over its days, a start ("vanaf mei") on its first day; with a
  time ("12 maart om 19.30") an hour in Europe/Amsterdam time, with its VTIMEZONE.
- The UID is the afspraak's id, so importing a newer file updates the event instead of
  adding a second one; SEQUENCE and LAST-MODIFIED follow the afspraak's `bijgewerkt`
  (SEQUENCE counts its seconds since 2024, so it fits a 32-bit integer until 2092; two
  exports of one afspraak changed within the same second carry the same SEQUENCE).
- `wanneer` is kept as typed in the description; an afspraak whose `wanneer` does not
  parse (`app.exchange.dutch_dates`) is left out and counted.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.content import ContentPack, default_pack
from app.content.labels import STATUS_AFSPRAAK_LABELS, datum_kort
from app.content.wording import content_name
from app.exchange.dutch_dates import Periode, parse_wanneer
from app.store import Store
from app.store.files import write_atomic
from app.store.records import Afspraak, Bijeenkomst, Gebied

if TYPE_CHECKING:
    from icalendar import Event

log = logging.getLogger(__name__)
TIJDZONE = ZoneInfo("Europe/Amsterdam")
UID_DOMAIN = "wijkpraat"
PRODID = "-//Wijkpraat//Afspraken//NL"
# A deadline with a time gets an hour in the calendar.
DUUR_MET_TIJD = dt.timedelta(hours=1)
NOG_TE_DOEN = ("open", "loopt")
# SEQUENCE counts seconds since this moment, so a later change always has a higher one.
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class AgendaResult:
    data: bytes
    events: int  # afspraken in the file
    zonder_datum: int  # afspraken left out because `wanneer` has no clear date


def uid(afspraak_id: str) -> str:
    return f"{afspraak_id}@{UID_DOMAIN}"


def _stamp(iso: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _description(a: Afspraak, b: Bijeenkomst, g: Gebied, pack: ContentPack) -> str:
    lines = [
        f"Wie: {a.wie}" if a.wie else "",
        f"Wanneer: {a.wanneer}",
        f"Status: {STATUS_AFSPRAAK_LABELS.get(a.status, a.status)}",
        f"Kompaswaarde: {content_name(pack.waarde, a.waarde_id, 'titel', g.soort)}"
        if a.waarde_id
        else "",
        f"Instrument: {content_name(pack.instrument, a.instrument_id, 'naam', g.soort)}"
        if a.instrument_id
        else "",
        f"Afgesproken op: {b.titel} ({g.naam}, {datum_kort(b.datum)})",
    ]
    return "\n".join(line for line in lines if line)


def _event(a: Afspraak, periode: Periode, b: Bijeenkomst, g: Gebied, pack: ContentPack) -> Event:
    import icalendar  # loaded on first use, like the other file libraries

    event = icalendar.Event()
    event.add("uid", uid(a.id))
    changed = _stamp(a.bijgewerkt)
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("created", _stamp(a.aangemaakt))
    event.add("sequence", int((changed - _SEQUENCE_EPOCH).total_seconds()))
    event.add("summary", a.wat)
    event.add("description", _description(a, b, g, pack))
    if b.locatie:
        event.add("location", b.locatie)
    url = a.follow_up_url or b.follow_up_url
    if url:
        event.add("url", url)
    event.add("categories", ["Wijkpraat", g.naam])
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy hour
    event.add("status", "CANCELLED" if a.status == "gestopt" else "CONFIRMED")
    first = periode.start or periode.eind
    assert first is not None
    if periode.tijd is not None:
        start = dt.datetime.combine(first, periode.tijd, tzinfo=TIJDZONE)
        event.add("dtstart", start)
        event.add("dtend", start + DUUR_MET_TIJD)
    else:
        last = periode.eind if periode.start and periode.eind else first
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))  # DTEND of a DATE is exclusive
    return event


def build_calendar(
    store: Store,
    *,
    bijeenkomst_id: str | None = None,
    gebied_id: str | None = None,
    pack: ContentPack | None = None,
) -> AgendaResult:
    """The .ics of one bijeenkomst (every afspraak) or one gebied (open and running ones)."""
    from icalendar import Calendar

    pack = pack or default_pack()
    if bijeenkomst_id is not None:
        b = store.bijeenkomst(bijeenkomst_id)
        g = store.gebied(b.gebied_id)
        meetings = [b]
        naam = f"{g.naam}: afspraken van {b.titel}"
        keep = tuple(STATUS_AFSPRAAK_LABELS)
    elif gebied_id is not None:
        g = store.gebied(gebied_id)
        meetings = sorted(store.bijeenkomsten(g.id), key=lambda m: (m.datum, m.aangemaakt))
        naam = f"Open afspraken {g.naam}"
        keep = NOG_TE_DOEN
    else:
        raise ValueError("bijeenkomst_id or gebied_id")
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", naam)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    events = zonder = 0
    for b in meetings:
        for a in store.afspraken(b.id):
            if a.status not in keep:
                continue
            periode = parse_wanneer(a.wanneer, dt.date.fromisoformat(b.datum))
            if periode is None:
                zonder += 1
                continue
            cal.add_component(_event(a, periode, b, g, pack))
            events += 1
    cal.add_missing_timezones()
    return AgendaResult(cal.to_ical(), events, zonder)


def export_calendar(
    store: Store,
    out: str | Path,
    *,
    bijeenkomst_id: str | None = None,
    gebied_id: str | None = None,
) -> AgendaResult:
    result = build_calendar(store, bijeenkomst_id=bijeenkomst_id, gebied_id=gebied_id)
    write_atomic(out, result.data)
    log.info(
        "calendar written: %d events, %d afspraken without a clear date",
        result.events,
        result.zonder_datum,
    )
    return result
