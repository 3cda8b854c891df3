"""The handouts break long Dutch words where pyphen would, and count pages as pdfium does."""

from __future__ import annotations

import pyphen
import pytest

from app.handouts import build_pdf, hyphenation
from app.handouts.fonts import SOFT_HYPHEN, para
from app.handouts.output import page_count
from app.handouts.render import page_sizes
from app.store import Store

WORDS = [
    "Kampvuurbijeenkomst",
    "Rivierenbuurt",
    "gebiedsteam",
    "bewonersorganisatie",
    "wijkgesprekken",
    "verkeersveiligheid",
    "speeltuinonderhoud",
    "burgerparticipatie",
    "Oosterparkcommissie",
    "zeggenschapsregeling",
    "ÉÉNRICHTINGSVERKEER",
    "geïnteresseerden",
    "ruimtelijkeordening",
]


def test_the_lazy_dictionary_holds_every_pattern_as_pyphen_parses_it():
    path = pyphen.LANGUAGES[hyphenation.LANG]
    full = pyphen.HyphDict(path)
    lazy = hyphenation.LazyPatterns.read(path)
    assert lazy is not None
    assert sorted(lazy.keys()) == sorted(full.patterns)
    assert all(lazy.get(letters) == pattern for letters, pattern in full.patterns.items())
    assert lazy.get("qqq") is None and lazy.maxlen == full.maxlen


def test_long_words_break_where_pyphen_breaks_them():
    path = pyphen.LANGUAGES[hyphenation.LANG]
    full = pyphen.Pyphen(lang=hyphenation.LANG)
    full.hd = pyphen.HyphDict(path)  # pyphen's own parse, whatever sits in its cache
    for word in WORDS:
        assert hyphenation.dutch().inserted(word, SOFT_HYPHEN) == full.inserted(word, SOFT_HYPHEN)
    assert SOFT_HYPHEN in para("De Kampvuurbijeenkomst")


@pytest.mark.parametrize("afspraken", [1, 120])
def test_the_printed_page_count_is_the_real_one(tmp_path, afspraken):
    with Store.open(tmp_path / "w.sqlite") as store:
        g = store.add_gebied("Oosterpark", "wijk")
        b = store.add_bijeenkomst(g.id, "Afspraken", "2026-05-20", stap=2)
        for i in range(afspraken):
            store.add_afspraak(b.id, f"Afspraak {i}: een schoon en groen park voor jong en oud")
        pdf = build_pdf(store, b.id, "afspraken")
    assert page_count(pdf) == len(page_sizes(pdf)) and (afspraken == 1) == (page_count(pdf) == 1)
