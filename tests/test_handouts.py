"""The handouts as a reader sees them: text on the page, QR codes a phone can scan."""

from __future__ import annotations

import dataclasses
import io
import sqlite3

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.content import default_pack, wording
from app.errors import InvalidInput
from app.handouts import SOORTEN, build_pdf, make_pdf, read_handout
from app.handouts.qr import QUIET_ZONE, qr_matrix
from app.handouts.render import render_pages
from app.store import Store
from app.system.demo import demo_id
from tests.test_handouts_support import (
    decode_qr_codes,
    page_count,
    page_points,
    pdf_text,
    squash,
)

RIV_AFSPRAKEN = demo_id("bk/riv/2")
RIV_EVALUATIE = demo_id("bk/riv/3")
NOORDLAREN = demo_id("bk/nl/1")
A4 = (595.3, 841.9)
A3 = (841.9, 1190.6)


def _close(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    return all(abs(a - b) < 1 for a, b in zip(size, expected, strict=True))


def _many_afspraken(store: Store, count: int = 40) -> str:
    g = store.add_gebied("Oosterpark", "wijk", gebiedsteam="Gebiedsteam Oost")
    b = store.add_bijeenkomst(
        g.id,
        "Afspraken voor het park",
        "2026-05-20",
        locatie="Wijkcentrum",
        vorm="tafel",
        stap=2,
        archetype="verdelen-besluiten",
        follow_up_url="https://stem.example.nl/oosterpark",
        aantal_deelnemers=31,
    )
    for i in range(1, count + 1):
        store.add_afspraak(
            b.id,
            f"Afspraak nummer {i}: " + "we zorgen samen voor een schoon en veilig park " * (i % 4),
            wie=f"Werkgroep {i}",
            wanneer=f"week {i}",
            instrument_id="wijkpanel" if i % 3 == 0 else None,
            waarde_id="transparantie" if i % 2 else None,
            status=("open", "loopt", "gedaan", "gestopt")[i % 4],
            follow_up_url=f"https://stem.example.nl/oosterpark/afspraak-{i}"
            if i in (7, 31)
            else None,
        )
    return b.id


# -- afsprakenlijst ---------------------------------------------------------------------


def test_afsprakenlijst_contains_every_afspraak_and_the_meeting_facts(demo_store):
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")
    text = squash(pdf_text(pdf))
    for afspraak in demo_store.afspraken(RIV_AFSPRAKEN):
        for field in (afspraak.wat, afspraak.wie, afspraak.wanneer):
            assert squash(field) in text, field
    for expected in (
        "Rivierenbuurt",
        "16april2026",
        "BuurthuisDeRivier",
        "Groepmetprojector",
        "Deelnemers22",
        "Aanjagen&initiëren",
        "Bewonerstrekkenhetgesprek",  # the archetype's one-line meaning
        "Wijkpanel",  # instrument by name
        "Regisseert",
        "Bewonersorganisatie",  # rolverdeling
        "inhoud2027.1",
        "afgedruktop",
        "pagina1van",
    ):
        assert expected in text, expected


def test_forty_afspraken_split_over_pages_with_the_header_repeated(store):
    bijeenkomst_id = _many_afspraken(store)
    pdf = build_pdf(store, bijeenkomst_id, "afspraken")
    pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    total = len(pages)
    assert total >= 3
    text = "".join(pages)
    for afspraak in store.afspraken(bijeenkomst_id):
        assert squash(afspraak.wat) in text
    table_pages = [p for p in pages if "Werkgroep" in p]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "NrWatWieWanneerInstrumentWaardeStatus" in page  # repeated header
    for number, page in enumerate(pages, start=1):
        assert f"pagina{number}van{total}" in page
    assert all(_close(size, A4) for size in page_points(pdf))


def test_afsprakenlijst_qr_codes_scan_to_exactly_the_stored_urls(demo_store):
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")
    stored = {demo_store.bijeenkomst(RIV_AFSPRAKEN).follow_up_url} | {
        a.follow_up_url for a in demo_store.afspraken(RIV_AFSPRAKEN) if a.follow_up_url
    }
    decoded = decode_qr_codes(pdf)
    assert sorted(decoded) == sorted(stored)
    text = squash(pdf_text(pdf))
    for url in stored:
        assert squash(url) in text  # the URL is printed beneath its code


def test_three_qr_codes_on_a_long_list_all_scan(store):
    bijeenkomst_id = _many_afspraken(store)
    pdf = build_pdf(store, bijeenkomst_id, "afspraken")
    assert sorted(decode_qr_codes(pdf)) == sorted(
        [
            "https://stem.example.nl/oosterpark",
            "https://stem.example.nl/oosterpark/afspraak-7",
            "https://stem.example.nl/oosterpark/afspraak-31",
        ]
    )


def test_open_witte_vlekken_are_listed_until_an_afspraak_takes_them_up(demo_store):
    stap1 = demo_id("bk/riv/1")
    text = squash(pdf_text(build_pdf(demo_store, stap1, "afspraken")))
    assert squash("Jongeren en huurders praten niet mee") in text
    # In stap 2 an afspraak took it up: no longer open.
    text = squash(pdf_text(build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")))
    assert "Geenopenwittevlekken" in text


def test_a_bijeenkomst_without_anything_yet_still_gives_a_readable_list(store):
    g = store.add_gebied("Ten Boer", "dorp")
    b = store.add_bijeenkomst(g.id, "Eerste avond", "2026-09-01")
    text = squash(pdf_text(build_pdf(store, b.id, "afspraken")))
    assert "Erzijnnoggeenafsprakengemaakt" in text
    assert "Noggeenarchetypegekozen" in text
    assert "TenBoer(dorp)" in text


# -- praatplaat -------------------------------------------------------------------------


@pytest.mark.parametrize(("formaat", "size"), [("A4", A4), ("A3", A3)])
def test_praatplaat_shows_every_question_numbered_as_in_the_app(store, formaat, size):
    pdf = build_pdf(store, None, "praatplaat", formaat=formaat)
    text = squash(pdf_text(pdf))
    pack = default_pack()
    for stap in pack.stappen:
        assert squash(stap.titel) in text
    for onderdeel in (*pack.bouwstenen, *pack.kompas):
        for vraag in onderdeel.vragen:
            assert squash(wording(f"{vraag.nummer} {vraag.tekst}", "wijk")) in text, vraag.nummer
    assert all(_close(s, size) for s in page_points(pdf))


def test_a3_poster_fits_on_one_sheet(store):
    assert page_count(build_pdf(store, None, "praatplaat", formaat="A3")) == 1


def test_praatplaat_uses_dorp_wording_for_a_dorp(demo_store):
    dorp = squash(pdf_text(build_pdf(demo_store, NOORDLAREN, "praatplaat")))
    wijk = squash(pdf_text(build_pdf(demo_store, RIV_AFSPRAKEN, "praatplaat")))
    assert "DNAvanhetdorp" in dorp and "DNAvandewijk" not in dorp
    assert "DNAvandewijk" in wijk


# -- kaartjes ---------------------------------------------------------------------------


def test_kaartjes_four_cards_on_one_a4_each_with_a_scannable_code(demo_store):
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "kaartjes")
    assert page_count(pdf) == 1
    assert _close(page_points(pdf)[0], A4)
    url = demo_store.bijeenkomst(RIV_AFSPRAKEN).follow_up_url
    assert decode_qr_codes(pdf) == [url] * 4
    text = pdf_text(pdf)
    assert text.count("Rivierenbuurt") == 4
    assert squash(text).count(squash(url)) == 4
    assert text.count("Hoe gaat het verder?") == 4


def test_kaartjes_without_a_follow_up_address_say_what_to_do(store):
    g = store.add_gebied("Glimmen", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-09-01")
    with pytest.raises(InvalidInput, match="webadres"):
        build_pdf(store, b.id, "kaartjes")


# -- evaluatieverslag -------------------------------------------------------------------


def test_evaluatieverslag_shows_earlier_afspraken_reflections_and_kompas_trend(demo_store):
    pdf = build_pdf(demo_store, RIV_EVALUATIE, "evaluatie")
    text = squash(pdf_text(pdf))
    for afspraak in demo_store.earlier_afspraken(RIV_EVALUATIE):
        assert squash(afspraak.wat) in text
    for evaluatie in demo_store.evaluaties(RIV_EVALUATIE):
        assert squash(evaluatie.reflectie) in text
    assert "Gestopt" in text and "Gedaan" in text
    # the trend: three metingen of the gebied, and the movement of 'nu'
    for datum in ("12maart2026", "16april2026", "8oktober2026"):
        assert datum in text
    assert "K1Iedersstemtelt" in text
    assert "↑1beter" in text  # ieders stem telt went from 2 to 3


# -- errors and QR rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://stem.example.nl/x",
        "https://",
        "http:///pad",
        "",
        "mailto:a@b.nl",
    ],
)
def test_qr_refuses_anything_but_an_http_address_with_a_host(url):
    with pytest.raises(InvalidInput) as caught:
        qr_matrix(url)
    assert any(w in caught.value.message for w in ("webadres", "website"))


def test_qr_has_error_correction_m_or_higher_and_a_quiet_zone(demo_store):
    matrix = qr_matrix("https://stem.example.nl/rivierenbuurt")
    for row in (*matrix[:QUIET_ZONE], *matrix[-QUIET_ZONE:]):
        assert not any(row)
    for row in matrix:
        assert not any(row[:QUIET_ZONE]) and not any(row[-QUIET_ZONE:])
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "kaartjes")
    for page in render_pages(pdf, 150):
        image = Image.frombuffer(
            "RGBX", (page.width, page.height), page.pixels, "raw", "RGBX", page.stride, 1
        ).convert("L")
        levels = {r.ec_level for r in zxingcpp.read_barcodes(image)}
        assert levels == {"M"}


def test_a_javascript_url_put_in_the_file_by_hand_is_refused_not_printed(demo_store, db_path):
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute(
            "UPDATE bijeenkomst SET follow_up_url = 'javascript:alert(1)' WHERE id = ?",
            [RIV_AFSPRAKEN],
        )
    raw.close()
    with pytest.raises(InvalidInput, match="http://"):
        build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")


def test_unknown_soort_missing_bijeenkomst_and_bad_formaat_have_dutch_messages(demo_store):
    with pytest.raises(InvalidInput, match="Onbekend soort document"):
        build_pdf(demo_store, RIV_AFSPRAKEN, "folder")
    with pytest.raises(InvalidInput, match="bestaat niet"):
        build_pdf(demo_store, "geen-id", "afspraken")
    with pytest.raises(InvalidInput, match="Kies eerst een bijeenkomst"):
        build_pdf(demo_store, None, "evaluatie")
    with pytest.raises(InvalidInput, match="A3"):
        build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken", formaat="A3")


def test_every_soort_builds_from_frozen_data_without_the_store(demo_store):
    ids = {"praatplaat": None, "evaluatie": RIV_EVALUATIE}
    data = [read_handout(demo_store, ids.get(s, RIV_AFSPRAKEN), s) for s in SOORTEN]
    demo_store.close()  # the builders never touch the store: they may run in a thread
    for item in data:
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.formaat = "A3"  # type: ignore[misc,union-attr]
        pdf = make_pdf(item)
        assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1


def test_the_font_is_embedded_and_dutch_text_and_euro_survive(store):
    g = store.add_gebied("Ĳsselmonde-Noord", "wijk")
    b = store.add_bijeenkomst(g.id, "Café-avond", "2026-06-01", locatie="Café ’t Hoekje")
    store.add_afspraak(b.id, "Budget van € 1.250,– voor de ‘groenste’ straat: één, twee, ü, ë")
    pdf = build_pdf(store, b.id, "afspraken")
    text = pdf_text(pdf)
    assert "€ 1.250,–" in text and "‘groenste’" in text and "één" in text
    assert "Ĳsselmonde-Noord" in text and "Café ’t Hoekje" in text
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            embedded = "/FontFile2" in font.get("/FontDescriptor", {})
            fonts.add((str(font["/BaseFont"]).split("+")[-1], embedded))
    assert fonts == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}
