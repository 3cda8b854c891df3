"""The verslag of a whole meeting (issue 14): the draaiboek's doel and order, what each
tafel said, the notes per question and the photos, all through the real store — and the
private things still out unless chosen. Both forms read back (pypdf, odfdo)."""

from __future__ import annotations

import io
import zipfile

from odfdo import Document
from PIL import Image
from pypdf import PdfReader

from app.content import default_pack
from app.handouts.verslag import Keuzes, make_verslag, read_verslag
from app.store import Store
from tests.test_handouts_support import pdf_text, squash

DOEL = "We willen weten wat de Vlinderbuurt zelf wil regelen"
KADER = "De gemeente betaalt het onderhoud van de speeltuin"
NOTE = "Tafel 2 was onrustig, navragen bij Mark"
PRIVE = "De buurman van nummer 12 heeft schulden"


def _photo(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), colour).save(out, "JPEG")
    return out.getvalue()


def _meeting(store: Store) -> tuple[str, list[str]]:
    pack = default_pack()
    g = store.add_gebied("Vlinderbuurt", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond", "2026-05-20", vorm="tafel")
    vragen = [v.id for v in pack.vragen() if not v.id.startswith("O.")][:3]
    # the draaiboek asks the third question first
    store.set_draaiboek(b.id, doel=DOEL, kader=KADER)
    store.set_draaiboek_vragen(b.id, [(vragen[2], 10), (vragen[0], 15), (vragen[1], 5)])
    t1 = store.add_tafel(b.id, "Tafel 1", "Mark")
    t2 = store.add_tafel(b.id, "Tafel 2", "Ineke")
    store.add_inbreng(b.id, vragen[0], "Een bankje bij de school", tafel_id=t1.id)
    store.add_inbreng(b.id, vragen[0], "Minder hard rijden", tafel_id=t2.id)
    store.add_inbreng(b.id, vragen[0], "Samen opruimen", None)  # plenary
    store.add_inbreng(b.id, vragen[0], PRIVE, None, prive=True, tafel_id=t2.id)
    store.add_inbreng(b.id, vragen[2], "Een buurtapp", tafel_id=t1.id)
    store.set_notitie(b.id, vragen[0], NOTE)
    store.add_foto(b.id, _photo("red"), vraag_id=vragen[0], bijschrift="De flip-over van tafel 1")
    store.add_foto(b.id, _photo("blue"), bijschrift="De poster met stippen")
    return b.id, vragen


def test_the_verslag_follows_the_draaiboek_and_groups_by_tafel(store: Store):
    b_id, vragen = _meeting(store)
    data = read_verslag(store, b_id)
    assert DOEL in data.doel and KADER in data.doel
    pack = default_pack()
    nummers = [pack.vraag(v).nummer for v in (vragen[2], vragen[0])]
    assert [v.nummer for v in data.vragen] == nummers  # the evening's order; vraag 2: nothing
    first = data.vragen[1]
    assert [(g.titel, [i.tekst for i in g.items]) for g in first.groepen] == [
        ("Tafel 1", ["Een bankje bij de school"]),
        ("Tafel 2", ["Minder hard rijden"]),
        ("Plenair", ["Samen opruimen"]),
    ]
    assert "Mark" not in repr(data) and "Ineke" not in repr(data)  # gespreksleiders: names
    assert PRIVE not in repr(data) and NOTE not in repr(data)
    assert [f.bijschrift for f in first.fotos] == ["De flip-over van tafel 1"]
    assert [f.bijschrift for f in data.fotos] == ["De poster met stippen"]


def test_both_forms_show_doel_tafels_and_photos_and_the_note_only_when_chosen(store: Store):
    b_id, _vragen = _meeting(store)
    files = make_verslag(read_verslag(store, b_id)).files
    text = squash(pdf_text(files["pdf"]))
    odt = Document(io.BytesIO(files["odt"])).get_formatted_text()
    for shown in (DOEL, "Tafel 1", "Tafel 2", "Een bankje bij de school", "Een buurtapp"):
        assert squash(shown) in text
        assert shown in odt
    for hidden in (NOTE, PRIVE):
        assert squash(hidden) not in text and hidden not in odt
    pictures = [n for n in zipfile.ZipFile(io.BytesIO(files["odt"])).namelist() if "Pictures/" in n]
    assert len(pictures) == 2
    images = sum(len(page.images) for page in PdfReader(io.BytesIO(files["pdf"])).pages)
    assert images >= 2  # the two photos (the QR code, if any, is drawn, not an image)

    chosen = make_verslag(read_verslag(store, b_id, Keuzes(notities=True, namen=True))).files
    assert squash(NOTE) in squash(pdf_text(chosen["pdf"]))
    assert NOTE in Document(io.BytesIO(chosen["odt"])).get_formatted_text()
    assert "gespreksleider Mark" in Document(io.BytesIO(chosen["odt"])).get_formatted_text()


def test_the_tafelvel_asks_the_draaiboek_questions_in_its_order(store: Store):
    from app.handouts import build_pdf

    b_id, vragen = _meeting(store)
    pack = default_pack()
    pdf = build_pdf(store, b_id, "tafelvel")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2  # one sheet per tafel: three questions fit
    for page in pages:
        text = page.extract_text()
        nummers = [pack.vraag(v).nummer for v in (vragen[2], vragen[0], vragen[1])]
        places = [text.index(n) for n in nummers]
        assert places == sorted(places)  # the order the draaiboek set


def test_a_photo_of_a_question_nobody_typed_for_still_reaches_the_verslag(store: Store):
    # The flip-over of a table that worked on paper: the only record of that question.
    b_id, vragen = _meeting(store)
    store.add_foto(b_id, _photo("green"), vraag_id=vragen[1], bijschrift="Flip-over tafel 2")
    data = read_verslag(store, b_id)
    nummer = default_pack().vraag(vragen[1]).nummer
    shown = {v.nummer: [f.bijschrift for f in v.fotos] for v in data.vragen}
    assert shown[nummer] == ["Flip-over tafel 2"]
