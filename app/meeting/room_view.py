"""What the room may see: the text of the projector, decided without any widget.

The privacy rule lives here: facilitator notes and private inbreng never appear, and
names (deelnemer labels, who does an afspraak) only when `show_names` is on. The
projector window only lays out what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.content.labels import ACTOR_LABELS, PROJECTIE_LABELS, datum_lang
from app.meeting.core import Projection
from app.meeting.speaking_round import RoundStatus
from app.meeting.timer import mmss

if TYPE_CHECKING:
    from app.meeting.flow import MeetingFlow

MAX_LINES = 8  # more does not fit legibly on a projector; the newest are shown


@dataclass(frozen=True)
class RoomView:
    stap: str
    question: str
    lines: tuple[str, ...] = ()
    tallies: tuple[tuple[str, int], ...] = ()
    show_radar: bool = False


def live_view(state: MeetingFlow) -> RoomView:
    """The live screen for the open bijeenkomst, page and question."""
    b, p = state.bijeenkomst, state.projection
    if b is None:
        return RoomView("", "Wijkpraat")
    stap = state.pack.stappen[b.stap - 1]
    heading = f"Stap {stap.nummer} · {state.text(stap.titel)}"
    if p.show_woorden:
        woorden = tuple(
            f"• {state.text(w.woord)}: {state.text(w.uitleg)}" for w in state.pack.woorden
        )
        return RoomView(heading, "Wat betekent dat woord?", woorden[:MAX_LINES])
    view = state.view
    if view == "bespreken" and state.vraag is not None:
        shown, total = state.inbreng_tail(MAX_LINES)
        lines = [
            f"• {i.tekst}" + (f"  {'●' * min(i.stippen, 10)}" if i.stippen else "") for i in shown
        ]
        if total > len(shown):
            lines.insert(0, f"(en {total - len(shown)} eerder genoemd)")
        tallies = tuple(state.stemmingen_totaal().items())  # summed over the tafels
        return RoomView(
            heading,
            state.text(state.vraag.tekst),
            tuple(lines) if p.show_inbreng else (),
            tallies if any(n for _, n in tallies) else (),
        )
    if view == "kompas":
        return RoomView(
            heading, "Kompas: hoe staat het nu, en waar willen we heen?", show_radar=True
        )
    if view == "archetype":
        choices = [
            f"{'▶' if a.id == b.archetype else '•'} {a.titel}: {state.text(a.kort)}"
            for a in state.pack.archetypen
        ]
        choices += _per_thema(state, only_own=True)
        return RoomView(
            heading,
            "Hoeveel zeggenschap willen we? Dat wordt een voorstel aan de gemeenteraad.",
            tuple(choices[:MAX_LINES]),
        )
    if view in ("afspraken", "evalueren"):
        rows = state.afspraken() if view == "afspraken" else state.earlier_afspraken()
        lines = []
        for a in rows[-MAX_LINES:]:
            extra = [x for x in (a.wie if p.show_names else "", a.wanneer) if x]
            lines.append(f"• {a.wat}" + (f" ({', '.join(extra)})" if extra else ""))
        question = "Onze afspraken" if view == "afspraken" else "Wat is er van terechtgekomen?"
        return RoomView(heading, question, tuple(lines), show_radar=view == "evalueren")
    return RoomView(heading, "Wie doet wat?", tuple(_per_thema(state)[-MAX_LINES:]))


def _per_thema(state: MeetingFlow, only_own: bool = False) -> list[str]:
    """'Groen: Verdelen & besluiten' per thema (zeggenschap per thema), with who decides."""
    lines = []
    beslist: dict[str, list[str]] = {}
    for r in state.rollen():
        if r.taak == "beslist":
            beslist.setdefault(r.thema, []).append(ACTOR_LABELS[r.actor])
    for k in state.thema_keuzes():
        if only_own and not k.eigen:
            continue
        titel = state.pack.archetype(k.archetype).titel if k.archetype else "nog niet gekozen"
        who = f" · beslist: {', '.join(beslist[k.naam])}" if beslist.get(k.naam) else ""
        lines.append(f"• {k.naam}: {titel}{who}")
    return lines


# Items per tafel on the plenary screen: more does not stay legible from the back.
TAFEL_LINES = 6


@dataclass(frozen=True)
class PlenairRoom:
    """The plenaire terugkoppeling of the current question, as the room sees it."""

    heading: str
    question: str
    tafels: tuple[tuple[str, tuple[str, ...]], ...]  # (tafel heading, its items)
    tallies: tuple[tuple[str, int], ...] = ()  # summed over every tafel


def plenair_view(state: MeetingFlow) -> PlenairRoom | None:
    """The current question's terugkoppeling for the projector: no privé items, a
    gespreksleider only with "toon namen", no items at all with "inbreng tonen" off."""
    b, vraag, p = state.bijeenkomst, state.vraag, state.projection
    if b is None or vraag is None:
        return None
    found = state.plenair(public=True, show_names=p.show_names)
    shown = next((v for v in found if v.vraag_id == vraag.id), None)
    if shown is None:
        return None
    lines = TAFEL_LINES if len(shown.tafels) <= 4 else TAFEL_LINES // 2
    tafels = []
    for deel in shown.tafels:
        kop = f"{deel.titel} · {deel.gespreksleider}" if deel.gespreksleider else deel.titel
        items = [f"• {i}" for i in deel.items[:lines]] if p.show_inbreng else []
        if p.show_inbreng and len(deel.items) > lines:
            items.append(f"(en nog {len(deel.items) - lines})")
        if p.show_inbreng and not deel.items:
            items.append("(nog niets)")
        tafels.append((kop, tuple(items)))
    return PlenairRoom(
        f"Plenaire terugkoppeling · vraag {shown.nummer}",
        shown.tekst,
        tuple(tafels),
        shown.totaal,
    )


@dataclass(frozen=True)
class WelcomeView:
    title: str
    subtitle: str
    follow_up_url: str | None = None  # shown as a QR code and as text


def welcome_view(state: MeetingFlow) -> WelcomeView:
    """The welcome screen: where we are, what the evening is, where to go on afterwards."""
    b, g = state.bijeenkomst, state.gebied
    if b is None or g is None:
        return WelcomeView("Welkom", "")
    subtitle = f"{b.titel}\n{datum_lang(b.datum)}" + (f" · {b.locatie}" if b.locatie else "")
    title = "Welkom in " + state.text("{de_wijk}") + f" {g.naam}"
    return WelcomeView(title, subtitle, b.follow_up_url)


def round_text(status: RoundStatus | None, show_names: bool) -> str:
    """The speaking round for the room: the turn timer and a count, names only if allowed."""
    if status is None:
        return ""
    parts = []
    if status.current_label is not None:
        who = status.current_label if show_names else "Aan het woord"
        limit = f" / {mmss(status.limit_s)}" if status.limit_s else ""
        parts.append(f"{who}: {mmss(status.turn_elapsed_s)}{limit}")
    parts.append(f"Nog niet aan het woord geweest: {status.not_spoken_count}")
    if show_names and status.not_spoken_labels:
        parts[-1] += f" ({', '.join(status.not_spoken_labels)})"
    return "   ·   ".join(parts)


def projection_label(projection: Projection) -> str:
    """What the console says the room sees: 'Projectie: live · woordenlijst'. A rehearsal
    says so; the woordenlijst (key G) and the tafels replace the question, so they are
    named too (a stray G once left the room looking at the woordenlijst unnoticed)."""
    what = PROJECTIE_LABELS[projection.mode]
    if projection.rehearsal and projection.mode != "uit":
        what = f"oefenvenster ({what})"  # a rehearsal, not what the room sees
    if projection.mode == "live":
        what += " · woordenlijst" if projection.show_woorden else ""
        what += " · tafels" if projection.show_plenair else ""
    return f"Projectie: {what}"
