"""The draaiboek and the uitnodiging as PDFs (read back with pypdf, the QR decoded with
zxing-cpp), and `wijkpraat voorbereiden` that sets the plan and writes both."""

from __future__ import annotations

import pytest

from app import cli
from app.content import default_pack, wording
from app.handouts import build_pdf
from app.store import Store
from app.store.draaiboek import avond_vragen, draaiboek_teksten
from tests.test_handouts_support import decode_qr_codes, page_count, page_points, pdf_text, squash

PACK = default_pack()
URL = "https://stem.groningen.nl/processes/rivierenbuurt-2027?deel=avond&x=1"
DOEL = "Aan het eind van de avond weten we welke drie onderwerpen de buurt zelf wil oppakken."
A4 = (595.28, 841.89)


@pytest.fixture
def planned(store: Store) -> tuple[Store, str, list[tuple[str, int]]]:
    g = store.add_gebied("Rivierenbuurt", "wijk")
    b = store.add_bijeenkomst(
        g.id,
        "Wat wil de Rivierenbuurt zelf doen?",
        "2027-03-04",
        locatie="Buurthuis De Schakel",
        follow_up_url=URL,
    )
    store.set_draaiboek(
        b.id,
        doel=DOEL,
        kader="De gemeente houdt het budget voor groen.",
        proces="Het verslag staat binnen twee weken online.",
    )
    alle = [v.id for v in PACK.vragen()]
    keuze = [(alle[-1], 5), (alle[3], 12), (alle[10], 8), (alle[0], 20), (alle[20], 15)]
    keuze.append((alle[15], 10))
    store.set_draaiboek_vragen(b.id, keuze)
    return store, b.id, keuze


def _teksten(keuze: list[tuple[str, int]]) -> list[str]:
    return [wording(PACK.vraag(vraag_id).tekst, "wijk") for vraag_id, _ in keuze]


def test_the_draaiboek_is_one_a4_with_every_question_its_time_and_the_doel(planned):
    store, b, keuze = planned
    pdf = build_pdf(store, b, "draaiboek")
    assert page_count(pdf) == 1
    assert [tuple(round(x, 2) for x in p) for p in page_points(pdf)] == [A4]
    text = squash(pdf_text(pdf))
    assert squash(DOEL) in text
    for tekst in _teksten(keuze):
        assert squash(tekst) in text
    # The plan's times: each question starts where the one before ended.
    starts, begin = [], 0
    for _, minutes in keuze:
        starts.append(f"{begin // 60}:{begin % 60:02d}")
        begin += minutes
    positions = [text.index(squash(s)) for s in starts]
    assert positions == sorted(positions)
    assert squash("1 uur en 10 minuten") in text  # 70 minutes in all


def test_the_uitnodiging_has_the_doel_the_questions_and_a_qr_to_the_stored_url(planned):
    store, b, keuze = planned
    pdf = build_pdf(store, b, "uitnodiging")
    assert page_count(pdf) == 1
    text = squash(pdf_text(pdf))
    for part in (DOEL, "Wat wil de Rivierenbuurt zelf doen?", "4 maart 2027", "De Schakel"):
        assert squash(part) in text
    for tekst in _teksten(keuze):
        assert squash(tekst) in text
    assert decode_qr_codes(pdf) == [store.bijeenkomst(b).follow_up_url]


def test_a_long_evening_still_fits_one_uitnodiging(planned):
    store, b, _ = planned
    store.set_draaiboek_vragen(b, [(v.id, 5) for v in list(PACK.vragen())[:16]])
    assert page_count(build_pdf(store, b, "uitnodiging")) == 1


def test_a_long_evening_still_fits_one_draaiboek_with_its_closing_line(planned):
    # 16 questions once put the closing line alone on a second page.
    store, b, _ = planned
    store.set_draaiboek(b, doel=DOEL * 3, kader=DOEL * 2, proces=DOEL * 2)
    store.set_draaiboek_vragen(b, [(v.id, 10) for v in list(PACK.vragen())[:16]])
    pdf = build_pdf(store, b, "draaiboek")
    assert page_count(pdf) == 1
    assert squash("Einde van het gesprek na 2 uur en 40 minuten") in squash(pdf_text(pdf))


def test_without_a_draaiboek_both_show_the_kern_evening_and_no_qr_without_url(store):
    g = store.add_gebied("Noordlaren", "dorp")
    b = store.add_bijeenkomst(g.id, "Dorpsavond", "2027-04-01")
    draaiboek = squash(pdf_text(build_pdf(store, b.id, "draaiboek")))
    assert squash("Nog niet ingevuld") in draaiboek
    uitnodiging = build_pdf(store, b.id, "uitnodiging")
    assert decode_qr_codes(uitnodiging) == []
    for v in PACK.avond():
        assert squash(wording(v.tekst, "dorp")) in squash(pdf_text(uitnodiging))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_sets_the_plan_and_writes_both_handouts(capsys, store, db_path, tmp_path):
    g = store.add_gebied("Paddepoel", "wijk")
    b = store.add_bijeenkomst(
        g.id, "Buurtavond", "2027-05-01", follow_up_url="https://example.org/paddepoel"
    )
    store.close()
    draaiboek, uitnodiging = tmp_path / "d.pdf", tmp_path / "u.pdf"
    code, out, err = run(
        capsys,
        "voorbereiden",
        "--db",
        str(db_path),
        "--bijeenkomst",
        b.id,
        "--doel",
        "Samen kiezen wat de buurt zelf doet.",
        "--vorm",
        "tafel",
        "--vraag",
        "O.2=15",
        "--vraag",
        "dna-cijfers",
        "--draaiboek",
        str(draaiboek),
        "--uitnodiging",
        str(uitnodiging),
    )
    assert code == 0, err
    assert "Totaal: 2 vragen, 25 min." in out
    with Store.open(db_path) as again:
        assert [(a.vraag.nummer, a.minuten) for a in avond_vragen(again, b.id)] == [
            ("O.2", 15),
            (PACK.vraag("dna-cijfers").nummer, 10),
        ]
        assert draaiboek_teksten(again, b.id).doel == "Samen kiezen wat de buurt zelf doet."
        assert again.bijeenkomst(b.id).vorm == "tafel"
    assert squash("Samen kiezen wat de buurt zelf doet.") in squash(
        pdf_text(draaiboek.read_bytes())
    )
    assert decode_qr_codes(uitnodiging.read_bytes()) == ["https://example.org/paddepoel"]


def test_the_cli_refuses_an_unknown_question_and_changes_nothing(capsys, store, db_path):
    g = store.add_gebied("Paddepoel", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond", "2027-05-01")
    store.set_draaiboek_vragen(b.id, [("dna-cijfers", 10)])
    store.close()
    code, _, err = run(
        capsys, "voorbereiden", "--db", str(db_path), "--vraag", "O.1", "--vraag", "Z9.9=5"
    )
    assert code == 1
    assert "De vraag 'Z9.9' bestaat niet" in err
    with Store.open(db_path) as again:
        assert [a.vraag.id for a in avond_vragen(again, b.id)] == ["dna-cijfers"]


def test_cli_vormen_are_the_schema_vormen():
    from app.cli.prepare import VORMEN
    from app.store.schema import VORMEN as SCHEMA

    assert VORMEN == SCHEMA


def test_with_a_start_time_the_invitation_says_when_and_the_plan_uses_clock_times(planned):
    from app.errors import InvalidInput

    store, b, keuze = planned
    store.set_draaiboek(b, begintijd="19.30")  # typed the Dutch way
    assert draaiboek_teksten(store, b).begintijd == "19:30"
    uitnodiging = squash(pdf_text(build_pdf(store, b, "uitnodiging")))
    assert squash("4 maart 2027, 19.30 uur") in uitnodiging  # residents know when to come
    draaiboek = squash(pdf_text(build_pdf(store, b, "draaiboek")))
    starts, begin = [], 19 * 60 + 30
    for _, minutes in keuze:
        starts.append(f"{begin // 60}:{begin % 60:02d}")
        begin += minutes
    positions = [draaiboek.index(squash(s)) for s in starts]
    assert positions == sorted(positions) and starts[1] == "19:35"
    assert squash("om 20:40") in draaiboek  # the end of the conversation, 70 minutes on
    with pytest.raises(InvalidInput, match="19:30"):
        store.set_draaiboek(b, begintijd="25:00")
    assert draaiboek_teksten(store, b).begintijd == "19:30"  # the bad time changed nothing
