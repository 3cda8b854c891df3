"""Zeggenschap per thema where the room and the paper see it: the projector and the
afsprakenlijst of the demo's stap-2 meeting (Verkeer stays advice)."""

from __future__ import annotations

from app.content import default_pack
from app.handouts import build_pdf
from app.meeting.flow import MeetingFlow
from app.meeting.room_view import live_view
from tests.test_handouts_support import pdf_text, squash

PACK = default_pack()


def stap2(store):
    b = next(b for b in store.bijeenkomsten() if b.stap == 2)
    flow = MeetingFlow(store=store, pack=PACK)
    flow.open_bijeenkomst(b.id)
    flow.set_projection("live")
    return b, flow


def test_the_projector_names_each_thema_with_its_zeggenschap(demo_store):
    _b, flow = stap2(demo_store)
    flow.set_view("rollen")
    lines = live_view(flow).lines
    assert "• Verkeer: Adviseren & inspreken · beslist: Gemeenteraad" in lines
    assert "• Vergroening: Aanjagen & initiëren · beslist: College" in lines
    flow.set_view("archetype")
    view = live_view(flow)
    assert "gemeenteraad" in view.question  # the choice is a proposal to the raad
    assert "• Verkeer: Adviseren & inspreken · beslist: Gemeenteraad" in view.lines
    assert not any(line.startswith("• Vergroening") for line in view.lines)  # own only


def test_the_afsprakenlijst_prints_the_choice_per_thema(demo_store):
    b, _flow = stap2(demo_store)
    text = squash(pdf_text(build_pdf(demo_store, b.id, "afspraken")))
    assert squash("Thema Verkeer: Adviseren & inspreken") in text
