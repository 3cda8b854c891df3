"""Handouts: the afsprakenlijst, the praatplaat, meeneemkaartjes, the evaluatieverslag,
the voorstel aan de gemeenteraad, the tafelvellen, the draaiboek and the uitnodiging.

Two halves: `read_handout` reads the store into frozen dataclasses (on the caller's
thread), `make_pdf` turns those into PDF bytes (pure; may run in a worker thread).
`build_pdf` does both. reportlab and qrcode are imported only inside `make_pdf`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.handouts.data import (
    AfsprakenlijstData,
    EvaluatieData,
    HandoutData,
    KaartjesData,
    PraatplaatData,
    read_afsprakenlijst,
    read_evaluatie,
    read_kaartjes,
    read_praatplaat,
)
from app.store import Store

if TYPE_CHECKING:  # read when asked for: an afsprakenlijst needs none of them
    from app.handouts.draaiboek_data import DraaiboekData, UitnodigingData
    from app.handouts.tafelvel_data import TafelvelData
    from app.handouts.voorstel_data import VoorstelData

    Data = HandoutData | VoorstelData | TafelvelData | DraaiboekData | UitnodigingData

SOORTEN = (
    "afspraken",
    "praatplaat",
    "kaartjes",
    "evaluatie",
    "voorstel",
    "tafelvel",
    "draaiboek",
    "uitnodiging",
)
FORMATEN = ("A4", "A3")

__all__ = [
    "FORMATEN",
    "SOORTEN",
    "HandoutData",
    "build_pdf",
    "make_pdf",
    "read_handout",
]


def read_handout(
    store: Store,
    bijeenkomst_id: str | None,
    soort: str,
    *,
    formaat: str = "A4",
    today: dt.date | None = None,
) -> Data:
    """Everything a handout needs, read from the store into frozen dataclasses."""
    if soort not in SOORTEN:
        raise InvalidInput(f"Onbekend soort document '{soort}'. Kies uit: {', '.join(SOORTEN)}.")
    if formaat not in FORMATEN or (formaat != "A4" and soort != "praatplaat"):
        raise InvalidInput(
            f"Formaat '{formaat}' kan niet voor dit document. "
            "Alleen de praatplaat kan ook op A3 (als poster); de rest is A4."
        )
    if soort == "afspraken":
        return read_afsprakenlijst(store, bijeenkomst_id, today=today)
    if soort == "praatplaat":
        return read_praatplaat(store, bijeenkomst_id, formaat, today=today)
    if soort == "kaartjes":
        return read_kaartjes(store, bijeenkomst_id, today=today)
    if soort == "voorstel":
        from app.handouts.voorstel_data import read_voorstel

        return read_voorstel(store, bijeenkomst_id, today=today)
    if soort == "tafelvel":
        from app.handouts.tafelvel_data import read_tafelvel

        return read_tafelvel(store, bijeenkomst_id, today=today)
    if soort == "draaiboek":
        from app.handouts.draaiboek_data import read_draaiboek

        return read_draaiboek(store, bijeenkomst_id, today=today)
    if soort == "uitnodiging":
        from app.handouts.draaiboek_data import read_uitnodiging

        return read_uitnodiging(store, bijeenkomst_id, today=today)
    return read_evaluatie(store, bijeenkomst_id, today=today)


def make_pdf(data: Data) -> bytes:
    """The PDF for data read by `read_handout` (no store access: thread-safe)."""
    if isinstance(data, AfsprakenlijstData):
        from app.handouts.afspraken import build_afsprakenlijst

        return build_afsprakenlijst(data)
    if isinstance(data, PraatplaatData):
        from app.handouts.praatplaat import build_praatplaat

        return build_praatplaat(data)
    if isinstance(data, KaartjesData):
        from app.handouts.kaartjes import build_kaartjes

        return build_kaartjes(data)
    if isinstance(data, EvaluatieData):
        from app.handouts.evaluatie import build_evaluatie

        return build_evaluatie(data)
    from app.handouts.draaiboek_data import DraaiboekData, UitnodigingData
    from app.handouts.tafelvel_data import TafelvelData
    from app.handouts.voorstel_data import VoorstelData

    if isinstance(data, VoorstelData):
        from app.handouts.voorstel import build_voorstel

        return build_voorstel(data)
    if isinstance(data, TafelvelData):
        from app.handouts.tafelvel import build_tafelvel

        return build_tafelvel(data)
    if isinstance(data, DraaiboekData):
        from app.handouts.draaiboek import build_draaiboek

        return build_draaiboek(data)
    if isinstance(data, UitnodigingData):
        from app.handouts.draaiboek import build_uitnodiging

        return build_uitnodiging(data)
    raise TypeError(f"no handout for {type(data).__name__}")


def build_pdf(
    store: Store, bijeenkomst_id: str | None, soort: str, *, formaat: str = "A4"
) -> bytes:
    """The PDF of one handout, straight from the store."""
    return make_pdf(read_handout(store, bijeenkomst_id, soort, formaat=formaat))
