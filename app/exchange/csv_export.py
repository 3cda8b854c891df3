"""CSV exports of afspraken and inbreng that open right in Dutch Excel and LibreOffice.

UTF-8 with a byte-order mark (so Excel sees the diacritics), `;` as separator (the Dutch
list separator, because `,` is the decimal comma) and dates as dd-mm-jjjj.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from app.content import ContentPack, default_pack, wording
from app.content.labels import STATUS_AFSPRAAK_LABELS, datum_kort
from app.errors import InvalidInput
from app.store import Store
from app.store.files import write_atomic_chunks
from app.store.records import Bijeenkomst, Gebied

SOORTEN = ("afspraken", "inbreng")
AFSPRAKEN_KOLOMMEN = (
    "Gebied",
    "Bijeenkomst",
    "Datum",
    "Nr",
    "Wat",
    "Wie",
    "Wanneer",
    "Instrument",
    "Kompaswaarde",
    "Status",
    "Follow-up",
)
# "Tafel": where it was said at a meeting with tafels (empty: plenary, or no tafels)
INBRENG_KOLOMMEN = (
    "Gebied",
    "Bijeenkomst",
    "Datum",
    "Vraag",
    "Soort",
    "Tekst",
    "Stippen",
    "Tafel",
)

log = logging.getLogger(__name__)


def _safe(value: object) -> str:
    """Text as a spreadsheet shows it; a leading = + @ would start a formula, so quote it."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "@", "\t", "\r") or (text[:1] == "-" and text[1:2].strip()):
        return "'" + text
    return text


def _lookup(find: Callable[[str], object], item_id: str | None, attr: str) -> str:
    if not item_id:
        return ""
    try:
        return str(getattr(find(item_id), attr))
    except KeyError:  # an id the content pack does not (or no longer) know
        return item_id


def _meetings(store: Store, gebied: str) -> Iterable[tuple[Gebied, Bijeenkomst]]:
    gebieden = store.gebieden() if gebied == "all" else [store.gebied(gebied)]
    for g in gebieden:
        for b in sorted(store.bijeenkomsten(g.id), key=lambda b: (b.datum, b.aangemaakt)):
            yield g, b


def afspraken_rows(
    store: Store, gebied: str = "all", pack: ContentPack | None = None
) -> Iterator[tuple[object, ...]]:
    pack = pack or default_pack()
    yield AFSPRAKEN_KOLOMMEN
    for g, b in _meetings(store, gebied):
        for nr, a in enumerate(store.afspraken(b.id), start=1):
            yield (
                g.naam,
                b.titel,
                datum_kort(b.datum),
                nr,
                a.wat,
                a.wie,
                a.wanneer,
                wording(_lookup(pack.instrument, a.instrument_id, "naam"), g.soort),
                _lookup(pack.waarde, a.waarde_id, "titel"),
                STATUS_AFSPRAAK_LABELS.get(a.status, a.status),
                a.follow_up_url or "",
            )


def inbreng_rows(
    store: Store,
    gebied: str = "all",
    pack: ContentPack | None = None,
    *,
    include_private: bool = False,
) -> Iterator[tuple[object, ...]]:
    pack = pack or default_pack()
    yield INBRENG_KOLOMMEN
    questions: dict[tuple[str, str], str] = {}  # (vraag_id, soort) -> the question as shown
    for g, b in _meetings(store, gebied):
        datum = datum_kort(b.datum)
        tafels = {t.id: t.titel for t in store.tafels(b.id)}
        for i in store.iter_inbreng(b.id):
            if i.prive and not include_private:
                continue
            shown = questions.get((i.vraag_id, g.soort))
            if shown is None:
                vraag = _lookup(pack.vraag, i.vraag_id, "tekst")
                nummer = _lookup(pack.vraag, i.vraag_id, "nummer")
                shown = wording(f"{nummer} {vraag}" if nummer != i.vraag_id else vraag, g.soort)
                questions[(i.vraag_id, g.soort)] = shown
            tafel = tafels.get(i.tafel_id, "") if i.tafel_id else ""
            yield (g.naam, b.titel, datum, shown, i.soort or "", i.tekst, i.stippen, tafel)


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    return b"".join(csv_chunks(rows))


def csv_chunks(rows: Iterable[Iterable[object]], batch: int = 500) -> Iterator[bytes]:
    """The CSV file a few hundred rows at a time, starting with the byte-order mark."""
    yield "\ufeff".encode()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for n, row in enumerate(rows, start=1):
        writer.writerow([_safe(v) for v in row])
        if n % batch == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def export_csv(
    store: Store,
    out: str | Path,
    soort: str,
    gebied: str = "all",
    *,
    include_private: bool = False,
) -> int:
    """Write the CSV file (all or nothing, streamed); returns the number of data rows."""
    rows: Iterator[tuple[object, ...]]
    if soort == "afspraken":
        rows = afspraken_rows(store, gebied)
    elif soort == "inbreng":
        rows = inbreng_rows(store, gebied, include_private=include_private)
    else:
        raise InvalidInput(f"Kies wat u wilt exporteren: {' of '.join(SOORTEN)}.")
    written = 0

    def counted() -> Iterator[tuple[object, ...]]:
        nonlocal written
        for row in rows:
            written += 1
            yield row

    write_atomic_chunks(out, csv_chunks(counted()))
    log.info(
        "CSV of %s written: %d rows, private inbreng %s",
        soort,
        written - 1,
        "included" if include_private else "left out",
    )
    return written - 1
