"""What the room may see, decided without a screen: notes and names stay private."""

from __future__ import annotations

from app.content import default_pack
from app.meeting.adapter import MeetingState
from app.meeting.room_view import MAX_LINES, live_view, round_text
from app.meeting.speaking_round import RoundStatus

PACK = default_pack()


def _state(qapp, store):
    g = store.add_gebied("Beijum", "wijk")
    b = store.add_bijeenkomst(g.id, "Kampvuur", "2026-06-01")
    store.update_bijeenkomst(b.id, notities="GEHEIM: alleen voor de gespreksleider")
    s = MeetingState(store, PACK)
    s.open_bijeenkomst(b.id)
    return s


def test_private_inbreng_and_notes_never_reach_the_room(qapp, store):
    s = _state(qapp, store)
    s.add_inbreng("Iedereen mag dit zien")
    secret = s.add_inbreng("Alleen voor de notulen")
    s.update_inbreng(secret.id, prive=True)
    view = live_view(s)
    text = "\n".join([view.question, *view.lines])
    assert "Iedereen mag dit zien" in text
    assert "notulen" not in text and "GEHEIM" not in text


def test_who_does_an_afspraak_only_with_names_on(qapp, store):
    s = _state(qapp, store)
    s.add_afspraak("Buurttuin aanleggen", wie="Anja de Vries", wanneer="mei")
    s.set_view("afspraken")
    assert live_view(s).lines == ("• Buurttuin aanleggen (mei)",)
    s.set_projection(show_names=True)
    assert live_view(s).lines == ("• Buurttuin aanleggen (Anja de Vries, mei)",)


def test_long_lists_say_how_many_are_left_out(qapp, store):
    s = _state(qapp, store)
    for i in range(MAX_LINES + 3):
        s.add_inbreng(f"Punt {i}")
    lines = live_view(s).lines
    assert lines[0] == "(en 3 eerder genoemd)" and len(lines) == MAX_LINES + 1
    s.set_projection(show_inbreng=False)
    assert live_view(s).lines == ()


def test_round_text_counts_without_names_unless_allowed():
    status = RoundStatus(True, "Mehmet", 75, 120, 2, 3, ("Anja", "Bram", "Eef"))
    hidden = round_text(status, show_names=False)
    assert hidden == "Aan het woord: 01:15 / 02:00   ·   Nog niet aan het woord geweest: 3"
    shown = round_text(status, show_names=True)
    assert "Mehmet: 01:15" in shown and "(Anja, Bram, Eef)" in shown
    assert round_text(None, show_names=True) == ""


def test_the_console_says_when_the_room_sees_the_woordenlijst_or_the_tafels():
    # A stray G (the woordenlijst) once left the room without the question, unnoticed:
    # the console's projection line names what replaces the question.
    import dataclasses

    from app.meeting.core import Projection
    from app.meeting.room_view import projection_label

    live = Projection(mode="live")
    assert "woordenlijst" not in projection_label(live)
    woorden = projection_label(dataclasses.replace(live, show_woorden=True))
    assert woorden.endswith("· woordenlijst")
    tafels = projection_label(dataclasses.replace(live, show_plenair=True, rehearsal=True))
    assert "oefenvenster" in tafels and tafels.endswith("· tafels")
    # Blacked out, the room sees neither: the line says only that.
    assert "woordenlijst" not in projection_label(Projection(mode="zwart", show_woorden=True))
