"""The plenaire terugkoppeling (seed 001): per question what each tafel said, and the
hand counts summed over the tafels. Built from the store without any widget, so the
console, the projector and tests read the same thing; what the room may see is decided
here (`public`: no privé inbreng, gespreksleiders only with the "toon namen" switch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.content import Vraag

if TYPE_CHECKING:
    from app.meeting.tafels import MeetingTafels

ZONDER_TAFEL = "Zonder tafel (plenair)"


@dataclass(frozen=True)
class TafelDeel:
    """What one tafel said at one question."""

    titel: str  # "Tafel 1"; ZONDER_TAFEL for inbreng typed without a tafel
    gespreksleider: str  # "" when unknown or not to be shown
    items: tuple[str, ...]
    telling: tuple[tuple[str, int], ...] = ()  # this tafel's hand counts (optie, aantal)


@dataclass(frozen=True)
class PlenairVraag:
    vraag_id: str
    nummer: str  # "K2.3"
    tekst: str
    tafels: tuple[TafelDeel, ...]
    totaal: tuple[tuple[str, int], ...]  # hand counts summed over the tafels and plenary

    @property
    def leeg(self) -> bool:
        return not any(t.items for t in self.tafels) and not any(n for _, n in self.totaal)


def terugkoppeling(
    state: MeetingTafels,
    vragen: Sequence[Vraag] | None = None,
    *,
    public: bool,
    show_names: bool = True,
) -> list[PlenairVraag]:
    """Per question (the evening's, and any other that has inbreng), every tafel with
    its items, then inbreng typed without a tafel; `public` leaves privé items out."""
    b = state.bijeenkomst
    if b is None:
        return []
    per_vraag = state.inbreng_per_tafel(include_private=not public)
    counts = state.stemmingen_per_tafel()
    asked = list(vragen if vragen is not None else state.questions())
    known = {v.id for v in asked}
    for vraag_id in list(per_vraag) + [s.vraag_id for s in counts]:
        vraag = _vraag(state, vraag_id)
        if vraag is not None and vraag.id not in known:
            asked.append(vraag)
            known.add(vraag.id)
    tafels = state.tafels()
    result = []
    for vraag in asked:
        ids = (vraag.id, *vraag.vervangt)
        groups: dict[str | None, list[str]] = {}
        for vraag_id in ids:
            for tafel_id, items in per_vraag.get(vraag_id, {}).items():
                groups.setdefault(tafel_id, []).extend(
                    _item(i.tekst, i.prive, i.stippen) for i in items
                )
        mine = [s for s in counts if s.vraag_id in ids]
        delen = [
            TafelDeel(
                t.titel,
                t.gespreksleider if show_names else "",
                tuple(groups.get(t.id, ())),
                tuple((s.optie, s.aantal) for s in mine if s.tafel_id == t.id),
            )
            for t in tafels
        ]
        if groups.get(None):
            delen.append(TafelDeel(ZONDER_TAFEL, "", tuple(groups[None])))
        totaal: dict[str, int] = {}
        for s in mine:
            totaal[s.optie] = totaal.get(s.optie, 0) + s.aantal
        result.append(
            PlenairVraag(
                vraag.id,
                vraag.nummer,
                state.text(vraag.tekst),
                tuple(delen),
                tuple((o, n) for o, n in totaal.items() if n),
            )
        )
    return result


def _item(tekst: str, prive: int, stippen: int) -> str:
    dots = f"  {'●' * min(stippen, 10)}" if stippen else ""
    return f"{'(privé) ' if prive else ''}{tekst}{dots}"


def _vraag(state: MeetingTafels, vraag_id: str) -> Vraag | None:
    try:
        return state.pack.vraag(vraag_id)
    except KeyError:
        return None
