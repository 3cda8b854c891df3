"""CSV for Dutch Excel and LibreOffice: UTF-8 with BOM, ';' separator, dates dd-mm-jjjj."""

from __future__ import annotations

import csv
import io

from app import cli
from app.exchange.csv_export import AFSPRAKEN_KOLOMMEN, INBRENG_KOLOMMEN, csv_bytes


def _read(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_afspraken_csv_reads_back_with_diacritics_and_dutch_dates(capsys, demo_store, tmp_path):
    demo_store.add_afspraak(
        demo_store.bijeenkomsten()[0].id, 'Één café; "ruimte" voor iedereen\nook ’s avonds'
    )
    out = tmp_path / "afspraken.csv"
    code = cli.main(
        ["csv", "--soort", "afspraken", "--out", str(out), "--db", str(demo_store.path)]
    )
    assert code == 0
    rows = _read(out)
    assert tuple(rows[0]) == AFSPRAKEN_KOLOMMEN
    assert all(len(r) == len(AFSPRAKEN_KOLOMMEN) for r in rows)
    wijkpanel = next(r for r in rows if r[4].startswith("Een wijkpanel"))
    assert wijkpanel[0] == "Rivierenbuurt" and wijkpanel[2] == "16-04-2026"
    assert wijkpanel[7] == "Wijkpanel" and wijkpanel[9] == "Loopt"
    assert any(r[4] == 'Één café; "ruimte" voor iedereen\nook ’s avonds' for r in rows)


def test_inbreng_csv_leaves_out_private_and_deleted(demo_store, tmp_path):
    b = demo_store.bijeenkomsten()[0]
    secret = demo_store.add_inbreng(b.id, "dna-trots", "Alleen voor de gespreksleider")
    demo_store.update_inbreng(secret.id, prive=True)
    gone = demo_store.add_inbreng(b.id, "dna-trots", "Weggehaald")
    demo_store.delete_inbreng(gone.id)
    out = tmp_path / "inbreng.csv"
    assert (
        cli.main(["csv", "--soort", "inbreng", "--out", str(out), "--db", str(demo_store.path)])
        == 0
    )
    rows = _read(out)
    assert tuple(rows[0]) == INBRENG_KOLOMMEN
    teksten = [r[5] for r in rows[1:]]
    assert "Veel groen langs het Winschoterdiep" in teksten
    assert "Alleen voor de gespreksleider" not in teksten and "Weggehaald" not in teksten
    dna = next(r for r in rows if r[5] == "Veel groen langs het Winschoterdiep")
    assert dna[2] == "12-03-2026" and dna[4] == "sterkte" and dna[6] == "6"
    assert dna[3] == "B1.1 Waar zijn jullie trots op in deze wijk?"  # wording filled in
    assert not any("{" in r[3] for r in rows)
    assert out.stat().st_mode & 0o044  # an export is not made private by accident


def test_inbreng_csv_says_the_tafel_it_was_said_at(demo_store, tmp_path):
    b = demo_store.bijeenkomsten()[0]
    tafel = demo_store.add_tafel(b.id, "Tafel bij het raam", "Mark")
    demo_store.add_inbreng(b.id, "dna-trots", "De bakker op de hoek", tafel_id=tafel.id)
    out = tmp_path / "inbreng.csv"
    assert (
        cli.main(["csv", "--soort", "inbreng", "--out", str(out), "--db", str(demo_store.path)])
        == 0
    )
    rows = _read(out)
    assert all(len(r) == len(INBRENG_KOLOMMEN) for r in rows)
    by_text = {r[5]: r[7] for r in rows[1:]}
    assert by_text["De bakker op de hoek"] == "Tafel bij het raam"
    assert by_text["Veel groen langs het Winschoterdiep"] == ""  # said without tafels
    assert "Mark" not in out.read_text(encoding="utf-8-sig")  # the gespreksleider: a name


def test_text_that_looks_like_a_formula_stays_text():
    (row,) = list(
        csv.reader(
            io.StringIO(csv_bytes([["=SOM(A1)", "+31", "- los", "-1"]]).decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert row == ["'=SOM(A1)", "'+31", "- los", "'-1"]
