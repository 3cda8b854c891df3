"""Private notes and privé inbreng in the meeting flow (no Qt): saved as typed, under the
question they were typed for, kept while the database is busy, never in the room's view;
and what a verslag (issue 14d) reads of them."""

from __future__ import annotations

import io
import sqlite3

import pytest
from PIL import Image

from app.content import default_pack
from app.meeting.flow import MeetingFlow
from app.meeting.room_view import live_view
from app.store import Store
from app.store.journal import journal_path

PACK = default_pack()


@pytest.fixture
def flow(store: Store) -> MeetingFlow:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond", "2026-05-01")
    f = MeetingFlow(store=store, pack=PACK)
    f.open_bijeenkomst(b.id)
    f.set_view("bespreken")
    return f


def test_a_note_belongs_to_its_question_and_comes_back_with_it(flow, store):
    first = flow.vraag
    key = flow.note_key()
    flow.set_notitie("Anja wil niet genoemd worden")
    flow.next_question()
    assert flow.notitie() == ""
    # Text typed for the first question but saved after moving on goes to the first.
    flow.save_note(key, "Anja wil niet genoemd worden; Jan wel")
    assert flow.notitie() == ""
    flow.set_question(first.id)
    assert flow.notitie() == "Anja wil niet genoemd worden; Jan wel"
    assert store.notities_per_vraag(flow.bijeenkomst.id) == {
        first.id: "Anja wil niet genoemd worden; Jan wel"
    }


def test_the_bijeenkomst_note_is_its_notities(flow, store):
    flow.set_bijeenkomst_notitie("Sleutel ligt bij de buurman")
    assert store.bijeenkomst(flow.bijeenkomst.id).notities == "Sleutel ligt bij de buurman"
    assert flow.bijeenkomst_notitie() == "Sleutel ligt bij de buurman"


def test_a_note_typed_while_the_database_is_busy_is_kept_and_saved_later(flow, store, db_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window is in the middle of a write
    try:
        flow.set_notitie("Geheim: dit is nog niet opgeslagen")
        assert flow.has_unsaved() and "1 notitie" in flow.unsaved_text()
        assert flow.notitie() == "Geheim: dit is nog niet opgeslagen"  # shown meanwhile
        assert b"nog niet opgeslagen" in journal_path(db_path).read_bytes()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert flow.retry_unsaved()
    assert store.notitie(flow.bijeenkomst.id, flow.vraag.id) == (
        "Geheim: dit is nog niet opgeslagen"
    )


def test_privé_inbreng_and_notes_stay_out_of_the_room_view(flow):
    flow.add_inbreng("Iedereen mag dit zien")
    secret = flow.add_inbreng("Zorg over de buurman", prive=True)
    flow.set_notitie("Notitie-voor-mij")
    lines = " ".join(live_view(flow).lines)
    assert "Iedereen mag dit zien" in lines
    assert "buurman" not in lines and "Notitie" not in lines
    flow.toggle_prive(secret.id)
    assert "Zorg over de buurman" in " ".join(live_view(flow).lines)
    flow.toggle_prive(secret.id)
    assert "buurman" not in " ".join(live_view(flow).lines)


def test_what_a_verslag_reads_photos_with_bytes_and_notes_per_question(flow, store):
    image = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(image, "PNG")
    b = flow.bijeenkomst
    store.add_foto(b.id, image.getvalue(), vraag_id=flow.vraag.id, bijschrift="Poster")
    store.add_foto(b.id, image.getvalue())
    flow.set_notitie("Alleen met de optie in het verslag")
    photos = store.fotos_met_data(b.id)
    assert [(p.foto.vraag_id, p.foto.bijschrift) for p in photos] == [
        (flow.vraag.id, "Poster"),
        (None, ""),
    ]
    assert all(p.data.startswith(b"\xff\xd8") for p in photos)  # JPEG, as reportlab takes
    assert store.notities_per_vraag(b.id) == {flow.vraag.id: "Alleen met de optie in het verslag"}
