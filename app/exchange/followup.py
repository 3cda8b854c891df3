"""One door for the follow-up files (Decidim, Consul, calendar), for the CLI and the GUI.

Each file gets a name that says what it is, e.g.
`decidim-resultaten-rivierenbuurt-2026-04-16.csv`. Files are written all or nothing
(`write_atomic`). Privé inbreng never goes into any of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput
from app.handouts.output import _slug
from app.store import Store
from app.store.files import write_atomic

log = logging.getLogger(__name__)

SOORTEN = ("decidim-resultaten", "decidim-voorstellen", "decidim-verslag", "consul-telling")
SOORT_LABELS = {
    "decidim-resultaten": "Decidim: afspraken als resultaten (CSV)",
    "decidim-voorstellen": "Decidim: inbreng als voorstellen (CSV)",
    "decidim-verslag": "Decidim: verslag om te plakken (HTML en tekst)",
    "consul-telling": "Consul: telling om over te typen (CSV en PDF)",
    "agenda": "Agenda: afspraken met een datum (.ics)",
}
_EXTENSIES = {
    "decidim-resultaten": (".csv",),
    "decidim-voorstellen": (".csv",),
    "decidim-verslag": (".html", ".txt"),
    "consul-telling": (".csv", ".pdf"),
}


@dataclass(frozen=True)
class Geschreven:
    files: tuple[Path, ...]
    rows: int  # afspraken, voorstellen, questions or events in it
    note: str = ""  # one Dutch sentence for the user, e.g. what was left out


def default_name(store: Store, soort: str, bijeenkomst_id: str) -> str:
    """E.g. 'decidim-resultaten-rivierenbuurt-2026-04-16.csv' (plain ASCII)."""
    b = store.bijeenkomst(bijeenkomst_id)
    g = store.gebied(b.gebied_id)
    return f"{soort}-{_slug(g.naam)}-{b.datum}{_EXTENSIES[soort][0]}"


def _paths(out: Path, soort: str) -> list[Path]:
    first = (
        out if out.suffix.lower() == _EXTENSIES[soort][0] else out.with_suffix(_EXTENSIES[soort][0])
    )
    return [first.with_suffix(ext) for ext in _EXTENSIES[soort]]


def export_platform(
    store: Store,
    soort: str,
    bijeenkomst_id: str,
    out: str | Path,
    *,
    status_ids: Mapping[str, str] | None = None,
    inbreng_ids: Iterable[str] | None = None,
    min_stippen: int = 0,
    vraag_id: str | None = None,
) -> Geschreven:
    """Write the file(s) of `soort` for one bijeenkomst; `status_ids` is remembered."""
    from app.exchange import consul, decidim

    if soort not in SOORTEN:
        raise InvalidInput(f"Kies wat u wilt maken: {', '.join(SOORTEN)}.")
    paths = _paths(Path(out), soort)
    b = store.bijeenkomst(bijeenkomst_id)
    if soort == "decidim-resultaten":
        if status_ids:
            decidim.remember_status_ids(store, b.gebied_id, status_ids)
        rows = decidim.resultaten_rows(store, b.id)
        write_atomic(paths[0], decidim.csv_text(rows))
        mapping = decidim.status_ids(store, b.gebied_id)
        note = (
            ""
            if mapping
            else "Er is nog geen Decidim-status gekoppeld; de kolom status/id is leeg."
        )
        result = Geschreven(tuple(paths), len(rows) - 1, note)
    elif soort == "decidim-voorstellen":
        items = decidim.chosen_inbreng(store, b.id, ids=inbreng_ids, min_stippen=min_stippen)
        rows = decidim.voorstellen_rows(store, b.id, items)
        write_atomic(paths[0], decidim.csv_text(rows))
        result = Geschreven(tuple(paths), len(rows) - 1, "Privé inbreng is nooit meegenomen.")
    elif soort == "decidim-verslag":
        v = decidim.verslag(store, b.id)
        write_atomic(paths[0], decidim.verslag_file(v, b, store.gebied(b.gebied_id)))
        write_atomic(paths[1], v.tekst.encode("utf-8"))
        result = Geschreven(tuple(paths), 1)
    else:
        data = consul.telling_data(store, b.id, vraag_id)
        write_atomic(paths[0], consul.telling_csv(data))
        write_atomic(paths[1], consul.telling_pdf(data))
        result = Geschreven(tuple(paths), len(data.tellingen))
    log.info("follow-up file %s written: %d rows", soort, result.rows)
    return result
