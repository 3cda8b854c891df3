"""Whatever residents type prints as typed: markup characters, diacritics, long texts."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.handouts import build_pdf, make_pdf, read_handout
from app.handouts.data import (
    AfsprakenlijstData,
    EvaluatieData,
    KaartjesData,
    PraatplaatData,
    PraatVraag,
)
from app.handouts.fonts import REPLACEMENT, printable, shown
from app.store import Store
from app.system.demo import demo_id
from tests.conftest import examples
from tests.test_handouts_support import page_count, pdf_text, squash

MARKUP_LIKE = st.sampled_from(
    ["<b>", "</para>", "<br/>", "&amp;", "&", "<", ">", "<font size=40>", "]]>", "&#x41;", "<!--"]
)
# Any character but lone surrogates (a text field cannot hold them).
CHARS = st.characters(exclude_categories=("Cs",))
TYPED = (
    st.lists(
        st.one_of(MARKUP_LIKE, st.text(CHARS, min_size=1, max_size=12)), min_size=1, max_size=12
    )
    .map("".join)
    .filter(lambda t: t.strip())
)
RIGHT_TO_LEFT = {"R", "AL", "AN", "RLE", "RLO", "RLI"}
# Every example builds a PDF (~0.1 s): at most 25 per document, fewer in the edit loop.
SETTINGS = settings(max_examples=examples(25))


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Frozen data of every document, read once from a real demo database."""
    from app.system.demo import load_demo

    path = tmp_path_factory.mktemp("hyp") / "demo.sqlite"
    with Store.open(path) as store:
        load_demo(store)
        return {
            "afspraken": read_handout(store, demo_id("bk/riv/2"), "afspraken"),
            "praatplaat": read_handout(store, None, "praatplaat"),
            "kaartjes": read_handout(store, demo_id("bk/riv/2"), "kaartjes"),
            "evaluatie": read_handout(store, demo_id("bk/riv/3"), "evaluatie"),
        }


def expected(typed: str) -> str:
    """What the page must say: the input, with characters the font lacks shown as �."""
    return squash(unicodedata.normalize("NFC", shown(typed)))


def assert_prints(pdf: bytes, typed: str) -> None:
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1
    text = squash(unicodedata.normalize("NFC", pdf_text(pdf)))
    want = expected(typed)
    if any(unicodedata.bidirectional(ch) in RIGHT_TO_LEFT for ch in want):
        # pypdf reorders right-to-left runs when it extracts them (and reportlab, without
        # a bidi engine, prints them in typed order): check every character is there.
        assert not Counter(want) - Counter(text)
    else:
        assert want in text


def with_text(data: object, typed: str) -> object:
    """The same document with `typed` in the fields residents and facilitators fill."""
    if isinstance(data, AfsprakenlijstData):
        afspraak = dataclasses.replace(data.afspraken[1], wat=typed, wie=typed[:40])
        kop = dataclasses.replace(data.kop, gebied=typed, titel=typed, locatie=typed)
        return dataclasses.replace(
            data,
            kop=kop,
            afspraken=(data.afspraken[0], afspraak, *data.afspraken[2:]),
            witte_vlekken=(typed,),
        )
    if isinstance(data, PraatplaatData):
        eerste = data.bouwstenen[0]
        vraag = PraatVraag("B1.1", typed, "")
        return dataclasses.replace(
            data,
            bouwstenen=(
                dataclasses.replace(eerste, vragen=(vraag, *eerste.vragen[1:])),
                *data.bouwstenen[1:],
            ),
        )
    if isinstance(data, KaartjesData):
        return dataclasses.replace(data, gebied=typed)
    if isinstance(data, EvaluatieData):
        regel = dataclasses.replace(data.terugblik[0], wat=typed, reflectie=typed)
        return dataclasses.replace(data, terugblik=(regel, *data.terugblik[1:]))
    raise TypeError(type(data))


@pytest.mark.parametrize("soort", ["afspraken", "praatplaat", "kaartjes", "evaluatie"])
@SETTINGS
@given(typed=TYPED)
def test_any_text_prints_as_typed_in_every_document(demo_data, soort, typed):
    assert_prints(make_pdf(with_text(demo_data[soort], typed)), typed)


@settings(max_examples=examples(4))
@given(typed=st.text(st.sampled_from("abcdefghij klmn<>&;éëï€"), min_size=1500, max_size=4000))
def test_very_long_texts_wrap_and_split_across_pages(demo_data, typed):
    data = with_text(demo_data["afspraken"], typed)
    pdf = make_pdf(data)
    assert_prints(pdf, typed)


def test_markup_typed_in_the_app_prints_literally_end_to_end(store):
    typed = 'Café "De Ĳzeren Brug" — € 12,50 & <b>niet vet</b> > 3 < 4 &amp; ënquête'
    g = store.add_gebied(typed[:50], "wijk")
    b = store.add_bijeenkomst(
        g.id, typed, "2026-06-01", locatie=typed, follow_up_url="https://stem.example.nl/x"
    )
    afspraak = store.add_afspraak(b.id, typed, wie=typed, wanneer="<volgende week>")
    store.add_witte_vlek(b.id, typed)
    store.add_inbreng(b.id, "dna-trots", typed)
    b3 = store.add_bijeenkomst(g.id, "Terugblik", "2026-12-01", stap=3)
    store.set_evaluatie(b3.id, afspraak.id, "loopt", reflectie=typed)
    for soort, bijeenkomst in (
        ("afspraken", b.id),
        ("kaartjes", b.id),
        ("evaluatie", b3.id),
        ("praatplaat", b.id),
    ):
        pdf = build_pdf(store, bijeenkomst, soort)
        text = pdf_text(pdf)
        if soort != "praatplaat":  # the praatplaat shows no typed text, only the content
            assert squash(typed[:50]) in squash(text), soort
        assert "niet vet" not in text or "<b>niet vet</b>" in text, soort
    assert "<volgendeweek>" in squash(pdf_text(build_pdf(store, b.id, "afspraken")))


def test_characters_the_font_lacks_show_as_a_replacement_not_as_nothing():
    assert printable("Hallo 中文 😀") == f"Hallo {REPLACEMENT}{REPLACEMENT} {REPLACEMENT}"
    assert printable("één € Ĳ ß ø ł") == "één € Ĳ ß ø ł"
    assert printable("regel\r\nregel\x00\x07") == "regel\nregel  "
