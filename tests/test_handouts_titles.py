"""A handout's title keeps the name of the gebied whole: it moves to the next line, it is
not hyphenated ("Voorstel aan de gemeenteraad Rivieren-buurt" read oddly)."""

from __future__ import annotations

from app.handouts import build_pdf
from tests.test_handouts_support import pdf_text


def test_a_long_title_moves_the_name_to_the_next_line_whole(demo_store):
    b = next(x for x in demo_store.bijeenkomsten() if x.stap == 2)
    first_page = pdf_text(build_pdf(demo_store, b.id, "voorstel")).split("\f")[0]
    lines = [line.strip() for line in first_page.splitlines() if line.strip()]
    assert "Voorstel aan de gemeenteraad" in lines[0]
    assert "Rivieren-" not in first_page and "Rivierenbuurt" in lines[1]
