"""The verslag of a bijeenkomst: what it holds, what it leaves out, and both its forms
(PDF read back with pypdf and zxing-cpp, the .odt read back with odfdo)."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import pytest
from odfdo import Document
from PIL import Image, ImageDraw
from pypdf import PdfReader

from app.content import default_pack
from app.handouts.verslag import Keuzes, make_verslag, read_verslag
from app.handouts.verslag_data import Foto, Groep, Item
from app.store import Store
from tests.test_handouts_support import decode_qr_codes, pdf_text, squash

URL = "https://stem.example.nl/vlinderbuurt/verslag"
SAID = {
    "sterkte": "Iedereen kent de bakker op de hoek",
    "zwakte": "De speeltuin is al drie jaar kapot",
    "kans": "Het oude schoolgebouw kan een buurthuis worden",
    "bedreiging": "Sluipverkeer door de Meidoornlaan",
}
PRIVE = "Mevrouw Jansen wil haar klacht over de buren niet in het verslag"
NOTITIE = "Wethouder Bakker komt pas in juni terug"


@pytest.fixture
def meeting(store: Store) -> tuple[Store, str]:
    pack = default_pack()
    g = store.add_gebied("Vlinderbuurt", "wijk")
    b = store.add_bijeenkomst(
        g.id, "Wat maakt de Vlinderbuurt eigen?", "2026-05-20", follow_up_url=URL
    )
    dna = next(bs for bs in pack.bouwstenen if bs.inbreng_soorten)
    for soort, tekst in SAID.items():
        store.add_inbreng(b.id, dna.vragen[0].id, tekst, soort)
    k = pack.kompas[0].vragen[0]
    store.add_inbreng(b.id, k.id, "Vraag ook de huurders van de flat", "idee")
    private = store.add_inbreng(b.id, k.id, PRIVE, "zorg")
    store.update_inbreng(private.id, prive=1)
    store.set_stemming(b.id, k.id, "eens", 12)
    store.add_deelnemer(b.id, "Anja")
    store.add_deelnemer(b.id, "Kees")
    store.add_afspraak(b.id, "Speeltuin laten maken", wie="Anja en de gemeente")
    store.update_bijeenkomst(
        b.id,
        notities=NOTITIE,
        aantal_deelnemers=18,
        aantal_bijdragen=40,
        organisaties="Buurtvereniging De Vlinder, OBS Het Klaverblad",
    )
    return store, b.id


def odt_text(odt: bytes) -> str:
    return Document(io.BytesIO(odt)).get_formatted_text()


def test_the_verslag_groups_the_dna_and_keeps_private_things_out(meeting):
    store, b_id = meeting
    data = read_verslag(store, b_id)
    dna = data.vragen[0]
    assert [g.titel for g in dna.groepen] == ["Sterkte", "Zwakte", "Kans", "Bedreiging"]
    assert [g.items[0].tekst for g in dna.groepen] == list(SAID.values())
    everything = repr(data)
    assert PRIVE not in everything and NOTITIE not in everything
    assert "Anja" not in everything  # the name typed in `wie` became a seat number
    assert data.lijst.afspraken[0].wie == "Stoel 1 en de gemeente"
    assert (data.deelnemers, data.bijdragen) == (18, 40)
    assert set(data.weggelaten) == {
        "privé inbreng",
        "de eigen notities van de gespreksleider",
        "de namen van de deelnemers",
    }


def test_chosen_private_items_notes_and_names_come_in_marked(meeting):
    store, b_id = meeting
    data = read_verslag(store, b_id, Keuzes(prive=True, notities=True, namen=True))
    items = [i for v in data.vragen for g in v.groepen for i in g.items]
    assert [i.prive for i in items if i.tekst == PRIVE] == [True]
    assert data.notities == NOTITIE
    assert data.namen == ("Anja", "Kees")
    assert data.lijst.afspraken[0].wie == "Anja en de gemeente"
    assert not data.weggelaten
    files = make_verslag(data).files
    assert "(Zorg, privé)" in pdf_text(files["pdf"])
    assert PRIVE in odt_text(files["odt"]) and NOTITIE in odt_text(files["odt"])


def test_the_pdf_holds_every_shared_item_the_facts_and_a_qr_that_scans(meeting):
    store, b_id = meeting
    pdf = make_verslag(read_verslag(store, b_id), ("pdf",)).files["pdf"]
    text = squash(pdf_text(pdf))
    for said in [*SAID.values(), "Vraag ook de huurders van de flat"]:
        assert squash(said) in text
    for fact in ("Deelnemers18", "Bijdragen40", "BuurtverenigingDeVlinder,OBSHetKlaverblad"):
        assert fact in text
    assert squash("eens12") in text  # the tally
    assert squash(PRIVE) not in text and squash(NOTITIE) not in text
    assert "Anja" not in text and "Kees" not in text
    assert URL in decode_qr_codes(pdf)
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Verslag Vlinderbuurt 2026-05-20"


def test_the_odt_has_real_headings_and_tables_and_every_shared_item(meeting):
    store, b_id = meeting
    odt = make_verslag(read_verslag(store, b_id), ("odt",)).files["odt"]
    doc = Document(io.BytesIO(odt))
    headings = {h.get_formatted_text().strip(): h for h in doc.body.headers}
    assert str(headings["Wat er gezegd is"].level) == "2"
    assert headings["Wat er gezegd is"].style == "Heading_20_2"
    assert str(headings["Afspraken"].level) == "2"
    tables = doc.body.tables
    afspraken = next(t for t in tables if t.name.startswith("Afspraken"))
    rows = [[c.text_content for c in r.get_cells()] for r in afspraken.get_rows()]
    assert rows[0] == ["Nr", "Wat", "Wie", "Wanneer", "Status"]  # the header row
    assert rows[1][1:3] == ["Speeltuin laten maken", "Stoel 1 en de gemeente"]
    text = odt_text(odt)
    for said in [*SAID.values(), "Vraag ook de huurders van de flat"]:
        assert said in text
    assert PRIVE not in text and NOTITIE not in text and "Anja" not in text
    assert "Buurtvereniging De Vlinder, OBS Het Klaverblad" in text
    with zipfile.ZipFile(io.BytesIO(odt)) as z:  # the QR code travels as a picture
        pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
        assert pictures and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"


def _photo() -> bytes:
    image = Image.new("RGB", (1200, 900), (235, 225, 200))
    ImageDraw.Draw(image).rectangle((80, 80, 1120, 820), outline=(200, 0, 0), width=25)
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def test_sections_of_the_other_parts_render_when_filled(meeting):
    """Doel (draaiboek), tables (tafels), photos and notes per question are empty in this
    branch; filled by hand, both forms show them."""
    store, b_id = meeting
    data = read_verslag(store, b_id, Keuzes(notities=True))
    assert data.doel == "" and data.fotos == () and all(not v.fotos for v in data.vragen)
    vraag = dataclasses.replace(
        data.vragen[1],
        groepen=(
            Groep("Tafel Noord", (Item("Meer bankjes in het park", "Idee", 2, False),)),
            Groep("Tafel Zuid", (Item("Een buurtapp voor iedereen", "", 0, False),)),
        ),
        notitie="Tafel Zuid was stil",
        fotos=(Foto(_photo(), "De flip-over van tafel Noord"),),
    )
    filled = dataclasses.replace(
        data,
        doel="We willen weten hoeveel zeggenschap de buurt wil.",
        vragen=(data.vragen[0], vraag),
        fotos=(Foto(_photo(), "De poster met stippen"),),
    )
    files = make_verslag(filled).files
    pdf = PdfReader(io.BytesIO(files["pdf"]))
    assert sum(len(p.images) for p in pdf.pages) == 2
    for text in (squash(pdf_text(files["pdf"])), squash(odt_text(files["odt"]))):
        for expected in (
            "Waarom we bij elkaar kwamen",
            "We willen weten hoeveel zeggenschap de buurt wil.",
            "Tafel Noord",
            "Meer bankjes in het park (Idee, 2 stippen)",
            "Tafel Zuid",
            "Tafel Zuid was stil",
            "De flip-over van tafel Noord",
            "De poster met stippen",
        ):
            assert squash(expected) in text, expected
    with zipfile.ZipFile(io.BytesIO(files["odt"])) as z:
        jpegs = [n for n in z.namelist() if n.endswith(".jpg")]
        assert len(jpegs) == 1  # the same photo twice is stored once
        assert Image.open(io.BytesIO(z.read(jpegs[0]))).size == (1200, 900)


def test_a_verslag_of_an_empty_bijeenkomst_says_so(store: Store):
    g = store.add_gebied("Stil dorp", "dorp")
    b = store.add_bijeenkomst(g.id, "Eerste avond", "2026-06-01")
    data = read_verslag(store, b.id)
    assert data.bijdragen == 0 and data.deelnemers is None
    files = make_verslag(data).files
    for text in (pdf_text(files["pdf"]), odt_text(files["odt"])):
        assert "nog niets genoteerd" in text and "niet geteld" in text


def test_a_control_character_in_inbreng_does_not_break_the_odt(meeting):
    store, b_id = meeting
    vraag = default_pack().kompas[1].vragen[0].id
    store.add_inbreng(b_id, vraag, "Plakte uit Excel:\x0b een regel\x07 verder")
    odt = make_verslag(read_verslag(store, b_id), ("odt",)).files["odt"]
    assert squash("Plakte uit Excel: een regel verder") in squash(odt_text(odt))
