"""The heading of the congruence panel on the Afspraken page."""

from __future__ import annotations

from html import escape

from app.content.labels import count_label
from app.meeting.adapter import MeetingState
from app.meeting.congruence import Bevinding


def panel_title(state: MeetingState, findings: list[Bevinding]) -> str:
    """What still does not fit the zeggenschap (per thema), or that nothing is missing;
    growth suggestions are counted apart: they are no failure."""
    b = state.bijeenkomst
    chosen = {k.archetype for k in state.thema_keuzes()} or {b.archetype if b else None}
    if len(chosen) > 1:
        archetype = "de zeggenschap per thema"
    else:
        (one,) = chosen
        titel = state.pack.archetype(one).titel if one else "nog niet gekozen"
        archetype = f"‘{titel}’"
    points = [f for f in findings if not f.suggestie]
    tips = len(findings) - len(points)
    tip_text = (
        f" Nog {count_label(tips, 'suggestie', 'suggesties')} voor een groeipad." if tips else ""
    )
    if not points:
        return (
            f"<b>De afspraken passen bij {escape(archetype)}.</b> Er ontbreekt niets."
            f"{escape(tip_text)}"
        )
    reasons = list(dict.fromkeys(f.waarom for f in points if f.waarom))
    why = "".join(f"<p>{escape(r)}</p>" for r in reasons)
    count = count_label(len(points), "punt", "punten")
    return f"<b>Wat past nog niet bij {escape(archetype)}?</b> ({count}){why}{escape(tip_text)}"
