"""The glossary in B1: on the projector on request (key G) and on the praatplaat."""

from __future__ import annotations

from app.content import default_pack
from app.handouts import build_pdf
from app.meeting.flow import MeetingFlow
from app.meeting.room_view import live_view
from tests.test_handouts_support import pdf_text, squash

PACK = default_pack()


def test_the_words_residents_meet_are_explained():
    woorden = {w.woord.lower() for w in PACK.woorden}
    for needed in ("zeggenschap", "inspreken", "college", "gebiedsteam", "{wijk_}agenda"):
        assert needed in woorden, needed
    assert all(len(w.uitleg.split()) <= 25 for w in PACK.woorden)  # B1: short


def test_the_projector_shows_the_glossary_and_goes_back(store):
    g = store.add_gebied("Glimmen", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2027-02-01")
    flow = MeetingFlow(store=store, pack=PACK)
    flow.open_bijeenkomst(b.id)
    flow.set_projection("live")
    question = live_view(flow).question
    flow.toggle_woorden()
    view = live_view(flow)
    assert view.question == "Wat betekent dat woord?"
    assert any(line.startswith("• Dorpsagenda:") for line in view.lines)
    assert not any("wijk" in line.lower() for line in view.lines)
    flow.toggle_woorden()
    assert live_view(flow).question == question


def test_the_praatplaat_prints_the_glossary():
    text = squash(pdf_text(build_pdf(None, None, "praatplaat")))
    assert squash("Wat betekent dat woord?") in text
    for w in PACK.woorden:
        assert squash(w.woord.replace("{Wijk_}", "Wijk")) in text
