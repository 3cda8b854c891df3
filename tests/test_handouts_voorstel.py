"""The Voorstel aan de gemeenteraad, read back from the PDF: every thema with the
zeggenschap it wants, every afspraak and every open point of the congruence check."""

from __future__ import annotations

import re

from app.content import default_pack
from app.handouts import build_pdf
from app.meeting.flow import MeetingFlow
from tests.test_handouts_support import page_count, pdf_text, squash

PACK = default_pack()


def flat(text: str) -> str:
    """Whitespace and line-end hyphens gone: wrapping must not matter."""
    return squash(re.sub(r"[-\u00ad]\n", "", text))


def stap2(store):
    return next(b for b in store.bijeenkomsten() if b.stap == 2)


def test_the_demo_proposal_holds_every_thema_afspraak_and_open_point(demo_store):
    b = stap2(demo_store)
    pdf = build_pdf(demo_store, b.id, "voorstel")
    text = flat(pdf_text(pdf))
    assert flat("Voorstel aan de gemeenteraad") in text
    assert flat("De gemeenteraad besluit") in text

    # Every thema with its own zeggenschap: the demo's Verkeer stays advice.
    flow = MeetingFlow(store=demo_store, pack=PACK)
    flow.open_bijeenkomst(b.id)
    keuzes = flow.thema_keuzes()
    assert {k.naam for k in keuzes} == {"Vergroening", "Verkeer"}
    for k in keuzes:
        titel = PACK.archetype(k.archetype).titel
        assert flat(f"Thema: {k.naam}Gewenste zeggenschap: {titel}") in text, k.naam

    for a in demo_store.afspraken(b.id):
        assert flat(a.wat) in text, a.wat

    # The open points are what the console's congruence panel shows for this evening.
    findings = flow.findings()
    assert findings, "the demo leaves points open for the raad to see"
    for f in findings:
        assert flat(f.tekst) in text, f.tekst

    # The kompas, now and desired.
    for score in demo_store.kompas_scores(b.id):
        titel = PACK.waarde(score.waarde_id).titel
        assert flat(f"K{PACK.waarde(score.waarde_id).nummer} {titel}{score.nu}{score.doel}") in text
    assert page_count(pdf) >= 1


def test_a_dorp_without_thema_proposes_for_its_dorpsagenda(store):
    g = store.add_gebied("Onnen, Noordlaren en Glimmen", "dorp")
    b = store.add_bijeenkomst(
        g.id, "Samenwerking met de dorpen", "2027-05-12", stap=2, archetype="verdelen-besluiten"
    )
    store.add_afspraak(b.id, "Jaarverslag van de dorpsbelangen", borging_id="verantwoording")
    text = flat(pdf_text(build_pdf(store, b.id, "voorstel")))
    assert flat("Thema: Dorpsagenda als geheel") in text
    assert flat("Gewenste zeggenschap: Verdelen & besluiten") in text
    assert flat("Jaarverslag van de dorpsbelangen") in text
    assert flat("Verantwoording aan gemeente én bewoners") in text  # what it secures
    # Still open: the other kinds of afspraak archetype 3 asks for, and nobody decides yet.
    assert flat("Maak een afspraak over wie meekijkt met de besluiten") in text
    assert flat("Maak een afspraak over wie in het dorp beslist") in text
    assert "wijk" not in text.lower().replace("wijkpraat", "")  # dorp wording throughout
