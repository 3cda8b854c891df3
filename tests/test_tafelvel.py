"""The tafelvel, read back with pypdf: one sheet per tafel with every question's number and
text, the gespreksleider on it, numbered lines; more questions than fit go on to a second
sheet of the same tafel; without tafels one blank sheet; the CLI makes it too."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app import cli
from app.content import default_pack, wording
from app.handouts import build_pdf, make_pdf
from app.handouts.tafelvel_data import read_tafelvel, tafelvel_vragen
from app.store import Store

PACK = default_pack()
SIX = (
    "dna-trots",
    "open-nieuws",
    "open-verslag",
    "zeg-agenda",
    "stem-wie-ontbreekt",
    "real-klein-beginnen",
)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _evening(store: Store) -> str:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond", "2026-11-24", vorm="tafel")
    for titel, leider in (("Tafel 1", "Alice"), ("Tafel 2", "Mark"), ("Bij het raam", "")):
        store.add_tafel(b.id, titel, leider)
    return b.id


def test_one_sheet_per_tafel_with_the_question_ids(store):
    b = _evening(store)
    vragen = [PACK.vraag(v) for v in SIX]
    pages = _pages(make_pdf(read_tafelvel(store, b, vragen=vragen)))
    assert len(pages) == 3
    for page, (titel, leider) in zip(
        pages, (("Tafel 1", "Alice"), ("Tafel 2", "Mark"), ("Bij het raam", "")), strict=True
    ):
        assert page.count(titel) >= 1 and "Tafelavond" in page
        assert f"Gespreksleider: {leider}" in page if leider else "Gespreksleider: ___" in page
        for vraag in vragen:
            assert vraag.nummer in page
            assert " ".join(wording(vraag.tekst, "wijk").split()) in page
        # Numbered lines to write on, under every question.
        assert len(re.findall(r"(?<![\d.])1\. ", page)) >= len(vragen)
        assert "Schrijf geen namen" in page
    assert "Alice" not in pages[1] and "Mark" not in pages[0]


def test_the_evenings_questions_continue_on_a_second_sheet_of_the_same_tafel(store):
    b = _evening(store)
    pdf = build_pdf(store, b, "tafelvel")
    pages = _pages(pdf)
    vragen = tafelvel_vragen(store, PACK, store.bijeenkomst(b))
    assert vragen == [v for v in PACK.avond()]  # no archetype yet: the navigator's set
    per_tafel = len(pages) // 3
    assert len(pages) == 3 * per_tafel and per_tafel > 1
    for start, titel in zip(
        range(0, len(pages), per_tafel), ("Tafel 1", "Tafel 2", "Bij het raam"), strict=True
    ):
        sheets = pages[start : start + per_tafel]
        assert all(titel in sheet for sheet in sheets)
        assert f"blad {per_tafel} van {per_tafel}" in sheets[-1]
        text = " ".join(sheets)
        for vraag in vragen:
            assert vraag.nummer in text, (titel, vraag.nummer)


def test_without_tafels_one_blank_sheet_to_write_the_name_on(store, tmp_path):
    g = store.add_gebied("Onnen", "dorp")
    b = store.add_bijeenkomst(g.id, "Dorpsavond", "2026-11-24")
    store.close()
    out = tmp_path / "tafelvel.pdf"
    db = str(tmp_path / "test.sqlite")
    code = cli.main(
        ["pdf", "--soort", "tafelvel", "--bijeenkomst", b.id, "--db", db, "--out", str(out)]
    )
    assert code == 0
    pages = _pages(out.read_bytes())
    assert len(pages) >= 1 and "Tafel: ___" in pages[0]
    assert "dit dorp" in " ".join(pages)  # the dorp wording of the questions
