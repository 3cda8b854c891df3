"""Handouts that read well on paper: words broken only with a hyphen, no page that holds
just an empty section, emoji printed as emoji, dates and kompas scores that cannot be
misread, and the follow-up QR code on the evaluatieverslag too."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import paragraph as rl_paragraph

from app.content import default_pack
from app.handouts import build_pdf
from app.store import Store
from app.system.demo import load_demo
from tests.test_handouts_support import decode_qr_codes, pdf_text

PACK = default_pack()
PUNCTUATION = ".,;:!?()"
# Sentences that say a section is empty: a page with only these (and headings) is waste.
EMPTY_SENTENCES = (
    "Nog geen archetype gekozen.",
    "Nog geen rolverdeling ingevuld.",
    "Er zijn nog geen afspraken gemaakt.",
    "Geen open witte vlekken.",
    "Er zijn geen eerdere afspraken voor dit gebied.",
    "Er zijn nog geen kompasscores ingevuld.",
)
HEADINGS = ("Gekozen archetype", "Rolverdeling", "Afspraken", "Open witte vlekken")


class Recorder:
    """Every paragraph reportlab lays out while a PDF is built, to read its lines."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[rl_paragraph.Paragraph] = []
        original = rl_paragraph.Paragraph.wrap

        def wrap(paragraph, width, height):
            result = original(paragraph, width, height)
            self.seen.append(paragraph)
            return result

        monkeypatch.setattr(rl_paragraph.Paragraph, "wrap", wrap)

    def cut_words(self) -> set[tuple[str, str]]:
        """(end of a line, start of the next) wherever a word was cut without a hyphen."""
        cuts = set()
        for paragraph in self.seen:
            source = "".join(
                " " if getattr(f, "lineBreak", False) else getattr(f, "text", "")
                for f in paragraph.frags
            )
            if "://" in source:
                continue  # URLs break after / . - on purpose, never with a hyphen
            words = {w.strip(PUNCTUATION) for w in source.split()}
            lines = _line_words(paragraph)
            for line, following in itertools.pairwise(lines):
                if not line or not following:
                    continue
                end, start = line[-1], following[0]
                if (end + start).strip(PUNCTUATION) in words and not end.endswith("-"):
                    cuts.add((end, start))
        return cuts


def _line_words(paragraph: rl_paragraph.Paragraph) -> list[list[str]]:
    lines = getattr(getattr(paragraph, "blPara", None), "lines", None) or []
    if paragraph.blPara.kind == 0:
        return [list(words) for _width, words in lines]
    return [" ".join(getattr(f, "text", "") for f in line.words).split() for line in lines]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite") as store:
        load_demo(store)
        yield store


def handouts(store: Store):
    """Every kind of handout of the demo: (name, pdf builder)."""
    for b in store.bijeenkomsten():
        yield f"afspraken {b.titel}", lambda b=b: build_pdf(store, b.id, "afspraken")
        if b.stap == 3:
            yield "evaluatie", lambda b=b: build_pdf(store, b.id, "evaluatie")
    wijk, dorp = (next(b for b in store.bijeenkomsten() if b.stap == s) for s in (2, 1))
    yield "kaartjes", lambda: build_pdf(store, wijk.id, "kaartjes")
    yield "praatplaat wijk", lambda: build_pdf(store, wijk.id, "praatplaat")
    yield "praatplaat dorp", lambda: build_pdf(store, dorp.id, "praatplaat")
    yield "praatplaat A3", lambda: build_pdf(store, None, "praatplaat", formaat="A3")


def test_the_demo_handouts_cut_no_word_without_a_hyphen(demo, monkeypatch):
    recorder = Recorder(monkeypatch)
    for name, make in handouts(demo):
        recorder.seen.clear()
        make()
        assert recorder.seen, name
        assert not recorder.cut_words(), name


# Long Dutch compounds as people type them in the narrow columns (wie, wanneer, instrument).
PARTS = ["bewoners", "organisatie", "vergadering", "kampvuur", "bijeenkomst", "wijk",
         "democratie", "burger", "begroting", "voorjaar", "vertegenwoordiger", "gebieds",
         "team", "speeltuin", "onderhoud", "werkgroep", "dorps", "huis", "beheer"]  # fmt: skip
compounds = st.lists(st.sampled_from(PARTS), min_size=2, max_size=4).map(
    lambda parts: "".join(parts).capitalize()
)


@settings(
    max_examples=15,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a PDF per try: no shrinking
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    wat=st.lists(compounds, min_size=1, max_size=4).map(" ".join),
    wie=compounds,
    wanneer=compounds,
    instrument=st.sampled_from([i.id for i in PACK.instrumenten]),
)
def test_long_words_in_table_cells_break_with_a_hyphen(
    tmp_path_factory, monkeypatch, wat, wie, wanneer, instrument
):
    with Store.open(tmp_path_factory.mktemp("long") / "long.sqlite") as store:
        g = store.add_gebied("Vinkhuizen", "wijk")
        b = store.add_bijeenkomst(g.id, "Avond", "2026-05-01", stap=2)
        store.add_afspraak(b.id, wat, wie=wie, wanneer=wanneer, instrument_id=instrument)
        recorder = Recorder(monkeypatch)
        build_pdf(store, b.id, "afspraken")
    assert not recorder.cut_words()


def page_lines(pdf: bytes) -> list[list[str]]:
    """Per page the lines of text, without the footer."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = [x.strip() for x in (page.extract_text() or "").splitlines()]
        pages.append([x for x in lines if x and not x.startswith("Wijkpraat ·")])
    return pages


@pytest.mark.parametrize("afspraken", [0, 1, 6, 7, 14, 25, 26])  # 6, 7, 25, 26 failed before
@pytest.mark.parametrize("vlek", [False, True])
def test_no_page_holds_only_an_empty_section(tmp_path, afspraken, vlek):
    """However many afspraken push the last sections down, a page always has content."""
    with Store.open(tmp_path / "s.sqlite") as store:
        g = store.add_gebied("Selwerd", "wijk")
        b = store.add_bijeenkomst(g.id, "Afspraken maken", "2026-05-01", stap=2)
        for i in range(afspraken):
            store.add_afspraak(b.id, f"Afspraak {i} over het onderhoud van het groen", wie="Wijk")
        if vlek:
            store.add_witte_vlek(b.id, "Jongeren ontbraken")
        pdf = build_pdf(store, b.id, "afspraken")
    for number, lines in enumerate(page_lines(pdf), start=1):
        content = [x for x in lines if x not in HEADINGS and not x.startswith("pagina ")]
        said = " ".join(content)
        for sentence in EMPTY_SENTENCES:
            said = said.replace(sentence, "")
        assert said.strip(), f"page {number} holds only {content}"


def test_an_emoji_prints_as_itself(tmp_path):
    with Store.open(tmp_path / "s.sqlite") as store:
        g = store.add_gebied("Paddepoel", "wijk")
        b = store.add_bijeenkomst(g.id, "Buurtavond", "2026-05-01", stap=2)
        store.add_afspraak(b.id, "Moestuin 🌻 bij de school 👍🏽", wie="Anja ☺️")
        text = pdf_text(build_pdf(store, b.id, "afspraken"))
    assert "Moestuin 🌻 bij de school 👍" in text  # the skin tone has no monochrome glyph
    assert "Anja ☺" in text
    assert "\ufffd" not in text


def test_the_evaluatie_says_which_meting_and_when(demo):
    b3 = next(b for b in demo.bijeenkomsten() if b.stap == 3)
    lines = pdf_text(build_pdf(demo, b3.id, "evaluatie")).splitlines()
    assert any(line.startswith("Meting 1") for line in lines)
    assert not any(line.startswith("1. ") for line in lines)  # read as "1.2 december"


def test_kompas_scores_print_whole(demo):
    b2 = next(b for b in demo.bijeenkomsten() if b.stap == 2)
    text = pdf_text(build_pdf(demo, b2.id, "afspraken"))
    scores = [s for s in demo.kompas_scores(b2.id) if s.nu and s.doel]
    assert scores
    for s in scores:
        assert f"({s.nu} → {s.doel})" in text  # never "(3" on one line and "→ 4)" below


def test_the_evaluatieverslag_carries_the_follow_up_qr(demo):
    b3 = next(b for b in demo.bijeenkomsten() if b.stap == 3)
    demo.update_bijeenkomst(b3.id, follow_up_url="https://stem.example.nl/rivierenbuurt/terug")
    try:
        codes = decode_qr_codes(build_pdf(demo, b3.id, "evaluatie"))
    finally:
        demo.update_bijeenkomst(b3.id, follow_up_url=None)
    assert codes == ["https://stem.example.nl/rivierenbuurt/terug"]


def test_the_praatplaat_of_a_meeting_with_a_url_carries_its_qr(demo):
    b = next(b for b in demo.bijeenkomsten() if b.follow_up_url and b.stap == 1)
    assert decode_qr_codes(build_pdf(demo, b.id, "praatplaat")) == [b.follow_up_url]
    assert decode_qr_codes(build_pdf(demo, None, "praatplaat")) == []  # no meeting, no QR
