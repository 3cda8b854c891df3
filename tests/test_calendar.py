"""The .ics of afspraken, read back by two parsers, and the Dutch date words behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from app import cli
from app.exchange.calendar import build_calendar, uid
from app.exchange.dutch_dates import Periode, parse_wanneer

MEETING = dt.date(2026, 4, 16)
D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voor 1 juni", Periode(None, D(2026, 6, 1))),
        ("Vóór 1 juni.", Periode(None, D(2026, 6, 1))),
        ("uiterlijk 30 juni", Periode(None, D(2026, 6, 30))),
        ("tot en met september", Periode(None, D(2026, 9, 30))),
        ("voor september", Periode(None, D(2026, 9, 1))),
        ("september", Periode(D(2026, 9, 1), D(2026, 9, 30))),
        ("in juni", Periode(D(2026, 6, 1), D(2026, 6, 30))),
        ("maart", Periode(D(2027, 3, 1), D(2027, 3, 31))),  # already past: next year
        ("april", Periode(D(2026, 4, 1), D(2026, 4, 30))),  # still running
        ("zomer", Periode(D(2026, 6, 1), D(2026, 8, 31))),
        ("de zomer van 2027".replace(" van", ""), Periode(D(2027, 6, 1), D(2027, 8, 31))),
        ("winter", Periode(D(2026, 12, 1), D(2027, 2, 28))),
        ("najaar", Periode(D(2026, 9, 1), D(2026, 11, 30))),
        ("vanaf mei", Periode(D(2026, 5, 1), None)),
        ("na de zomer", Periode(D(2026, 9, 1), None)),
        ("eind oktober", Periode(D(2026, 10, 21), D(2026, 10, 31))),
        ("begin mei", Periode(D(2026, 5, 1), D(2026, 5, 10))),
        ("12 maart om 19.30 uur", Periode(D(2027, 3, 12), D(2027, 3, 12), dt.time(19, 30))),
        ("3 mei 2026", Periode(D(2026, 5, 3), D(2026, 5, 3))),
        ("1-6", Periode(D(2026, 6, 1), D(2026, 6, 1))),
        ("15-07-2026", Periode(D(2026, 7, 15), D(2026, 7, 15))),
        ("2026-09-01", Periode(D(2026, 9, 1), D(2026, 9, 1))),
        ("okt", Periode(D(2026, 10, 1), D(2026, 10, 31))),
    ],
)
def test_dutch_date_words(text, expected):
    assert parse_wanneer(text, MEETING) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "binnenkort",
        "zsm",
        "na de zomervakantie",
        "als er geld is",
        "31 juni",
        "september om 19.30",
        "voor de kerst",
        "mei of juni",
        "32-1",
    ],
)
def test_unclear_date_words_give_no_date(text):
    assert parse_wanneer(text, MEETING) is None


@pytest.fixture
def meeting(store):
    g = store.add_gebied("Beijum", "wijk")
    b = store.add_bijeenkomst(
        g.id,
        "Afspraken",
        MEETING,
        follow_up_url="https://stem.example.nl/beijum",
        locatie="Het Oude Boerderij",
    )
    made = {
        "deadline": store.add_afspraak(
            b.id, 'Wijkpanel; "breed"\nen open — €0', wie="Wijkraad", wanneer="voor 1 juni"
        ),
        "periode": store.add_afspraak(b.id, "Gesprekstafels", wanneer="september", status="loopt"),
        "tijd": store.add_afspraak(b.id, "Schouw", wanneer="12 maart om 19.30"),
        "vaag": store.add_afspraak(b.id, "Buurttuin", wanneer="als er geld is"),
        "klaar": store.add_afspraak(b.id, "Verslag", wanneer="mei", status="gedaan"),
        "gestopt": store.add_afspraak(b.id, "Bankjes", wanneer="zomer", status="gestopt"),
    }
    return store, g.id, b.id, made


def strict_events(data: bytes) -> dict[str, object]:
    """Parse with `ical` (pydantic, strict RFC 5545) and icalendar; events by UID."""
    strict = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    again = Calendar.from_ical(data)
    assert again.to_ical() == data  # icalendar round trip is exact
    uids = [e.uid for e in strict.events]
    assert len(uids) == len(set(uids))
    return {e.uid: e for e in strict.events}


def test_meeting_calendar_parses_strictly_with_every_dated_afspraak_once(meeting):
    store, _, b, made = meeting
    result = build_calendar(store, bijeenkomst_id=b)
    events = strict_events(result.data)
    dated = [a for key, a in made.items() if key != "vaag"]
    assert set(events) == {uid(a.id) for a in dated}
    assert (result.events, result.zonder_datum) == (5, 1)
    deadline = events[uid(made["deadline"].id)]
    assert deadline.summary == 'Wijkpanel; "breed"\nen open — €0'
    assert deadline.dtstart == D(2026, 6, 1) and deadline.dtend == D(2026, 6, 2)
    assert "Wanneer: voor 1 juni" in deadline.description  # the words as typed
    assert deadline.url == "https://stem.example.nl/beijum"
    periode = events[uid(made["periode"].id)]
    assert (periode.dtstart, periode.dtend) == (D(2026, 9, 1), D(2026, 10, 1))
    tijd = events[uid(made["tijd"].id)]
    assert tijd.dtstart == dt.datetime(2027, 3, 12, 19, 30, tzinfo=tijd.dtstart.tzinfo)
    assert tijd.dtstart.utcoffset() == dt.timedelta(hours=1)  # CET in March
    assert str(tijd.dtstart.tzinfo) == "Europe/Amsterdam"
    assert events[uid(made["gestopt"].id)].status.value == "CANCELLED"
    assert b"BEGIN:VTIMEZONE" in result.data and b"TZID:Europe/Amsterdam" in result.data


def test_gebied_calendar_has_only_what_is_still_to_do(meeting):
    store, g, _, made = meeting
    events = strict_events(build_calendar(store, gebied_id=g).data)
    assert set(events) == {uid(made[k].id) for k in ("deadline", "periode", "tijd")}


def test_exporting_again_keeps_uids_and_raises_the_sequence(meeting, monkeypatch):
    import app.store.base

    store, _, b, made = meeting
    first = strict_events(build_calendar(store, bijeenkomst_id=b).data)
    # SEQUENCE counts seconds: the edit is made a minute later (the store's own clock)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat(timespec="milliseconds")
    monkeypatch.setattr(app.store.base, "now", lambda: later)
    store.update_afspraak(made["periode"].id, wanneer="oktober")
    second = strict_events(build_calendar(store, bijeenkomst_id=b).data)
    assert set(first) == set(second)
    key = uid(made["periode"].id)
    assert second[key].dtstart == D(2026, 10, 1)
    assert second[key].sequence > first[key].sequence
    same = uid(made["deadline"].id)
    assert second[same].sequence == first[same].sequence


def test_cli_agenda(capsys, tmp_path, monkeypatch, demo_store):
    demo_store.close()
    monkeypatch.chdir(tmp_path)
    assert cli.main(["agenda", "--db", str(demo_store.path)]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "afspraken-rivierenbuurt-2026-04-16.ics"
    assert path.exists(), out
    assert len(strict_events(path.read_bytes())) == 4
