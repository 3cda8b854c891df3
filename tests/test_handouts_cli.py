"""`wijkpraat pdf`: in-process for the details, and as a real process from a clean folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.system.demo import demo_id
from tests.conftest import sha256
from tests.test_handouts_support import decode_qr_codes, page_count, page_points, pdf_text


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(capsys, db_path: Path) -> Path:
    assert cli.main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize(
    ("soort", "bijeenkomst", "title"),
    [
        ("afspraken", "bk/riv/2", "Afsprakenlijst"),
        ("kaartjes", "bk/riv/2", "Hoe gaat het verder?"),
        ("evaluatie", "bk/riv/3", "Evaluatieverslag"),
        ("praatplaat", None, "Praatplaat"),
    ],
)
def test_pdf_writes_each_soort(capsys, demo_db, tmp_path, soort, bijeenkomst, title):
    out = tmp_path / f"{soort}.pdf"
    args = ["pdf", "--db", str(demo_db), "--soort", soort, "--out", str(out)]
    if bijeenkomst:
        args += ["--bijeenkomst", demo_id(bijeenkomst)]
    code, stdout, stderr = run(capsys, *args)
    assert code == 0, stderr
    pdf = out.read_bytes()
    assert title in pdf_text(pdf)
    # The message counts the pages of the file it wrote, in good Dutch.
    pages = page_count(pdf)
    assert pages >= 1
    noun = "pagina" if pages == 1 else "pagina’s"
    assert stdout == f"PDF opgeslagen: {out} ({pages} {noun}).\n"


def test_kaartjes_of_one_bijeenkomst_fit_one_sheet(capsys, demo_db, tmp_path):
    """Four meeneemkaartjes per A4 (README): one bijeenkomst's kaartjes are one sheet."""
    out = tmp_path / "kaartjes.pdf"
    code, stdout, _ = run(
        capsys, "pdf", "--db", str(demo_db), "--soort", "kaartjes",
        "--bijeenkomst", demo_id("bk/riv/2"), "--out", str(out),
    )  # fmt: skip
    assert code == 0 and "(1 pagina)." in stdout
    assert page_count(out.read_bytes()) == 1 and len(decode_qr_codes(out.read_bytes())) == 4


def test_pdf_praatplaat_as_a3_poster(capsys, demo_db, tmp_path):
    out = tmp_path / "poster.pdf"
    code, _, err = run(
        capsys,
        "pdf",
        "--db",
        str(demo_db),
        "--soort",
        "praatplaat",
        "--formaat",
        "A3",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert page_points(out.read_bytes())[0] == pytest.approx((841.9, 1190.6), abs=1)


def test_pdf_never_changes_the_database(capsys, demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    before = sha256(demo_db)
    code, stdout, stderr = run(
        capsys, "pdf", "--db", str(demo_db), "--bijeenkomst", "latest",
        "--soort", "afspraken", "--out", str(out),
    )  # fmt: skip
    assert code == 0, stderr
    assert stdout.startswith(f"PDF opgeslagen: {out} (") and stderr == ""
    assert "Afsprakenlijst" in pdf_text(out.read_bytes())
    assert sha256(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir() if p.name.startswith(demo_db.name)) == [
        demo_db.name
    ]  # not even a -wal or -shm file


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--soort", "afspraken"], "Kies een bijeenkomst met --bijeenkomst"),
        (["--soort", "afspraken", "--bijeenkomst", "onbekend"], "bestaat niet"),
        (["--soort", "afspraken", "--bijeenkomst", "latest", "--formaat", "A3"], "A3"),
        (
            ["--soort", "afspraken", "--bijeenkomst", "latest", "--out", "/geen/map/x.pdf"],
            "bestaat niet",
        ),
    ],
)
def test_pdf_problems_give_a_dutch_message_and_exit_1(capsys, demo_db, args, message):
    code, _, err = run(capsys, "pdf", "--db", str(demo_db), *args)
    assert code == 1
    assert message in err and "Traceback" not in err


def test_latest_on_an_empty_database_says_what_to_do(capsys, store, db_path):
    code, _, err = run(
        capsys, "pdf", "--db", str(db_path), "--soort", "afspraken", "--bijeenkomst", "latest"
    )
    assert code == 1 and "wijkpraat demo" in err


def test_the_cli_offers_exactly_the_handout_soorten():
    from app import handouts
    from app.cli import handouts as cli_handouts

    assert cli_handouts.SOORTEN == handouts.SOORTEN
