"""`wijkpraat pdf`: in-process for the details, and as a real process from a clean folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.system.demo import demo_id
from tests.conftest import sha256
from tests.test_handouts_support import decode_qr_codes, page_count, page_points, pdf_text, squash


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
    ("soort", "bijeenkomst", "pages"),
    [
        ("afspraken", "bk/riv/2", 2),
        ("kaartjes", "bk/riv/2", 1),
        ("evaluatie", "bk/riv/3", 1),
        ("praatplaat", None, 2),
    ],
)
def test_pdf_writes_each_soort(capsys, demo_db, tmp_path, soort, bijeenkomst, pages):
    out = tmp_path / f"{soort}.pdf"
    args = ["pdf", "--db", str(demo_db), "--soort", soort, "--out", str(out)]
    if bijeenkomst:
        args += ["--bijeenkomst", demo_id(bijeenkomst)]
    code, stdout, stderr = run(capsys, *args)
    assert code == 0, stderr
    assert f"PDF opgeslagen: {out}" in stdout
    assert page_count(out.read_bytes()) == pages
    assert f"({pages} pagina" in stdout


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
    before = sha256(demo_db)
    run(
        capsys,
        "pdf",
        "--db",
        str(demo_db),
        "--bijeenkomst",
        "latest",
        "--soort",
        "afspraken",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert sha256(demo_db) == before


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


@pytest.mark.slow
def test_demo_then_pdf_latest_in_a_fresh_folder_as_a_real_process(tmp_path):
    """The acceptance path: `wijkpraat demo`, then `wijkpraat pdf --bijeenkomst latest`."""
    env = {**os.environ, "WIJKPRAAT_DATA_DIR": str(tmp_path / "data")}
    env.pop("WIJKPRAAT_DB", None)
    work = tmp_path / "werkmap"
    work.mkdir()

    def wijkpraat(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=work,
            timeout=120,
        )

    demo = wijkpraat("demo")  # into its own file, which it names
    assert demo.returncode == 0
    db = demo.stdout.strip().splitlines()[-1].split("--db ", 1)[1]
    result = wijkpraat("pdf", "--db", db, "--bijeenkomst", "latest", "--soort", "afspraken")
    assert result.returncode == 0, result.stderr
    written = list(work.glob("*.pdf"))
    assert len(written) == 1 and written[0].name.startswith("afsprakenlijst-")
    pdf = written[0].read_bytes()
    assert "Afsprakenlijst" in pdf_text(pdf)
    # a fresh process builds the kaartjes first: the font must be ready before the canvas
    result = wijkpraat(
        "pdf", "--db", db, "--bijeenkomst", "latest", "--soort", "kaartjes", "--out", "k.pdf"
    )
    assert result.returncode == 0, result.stderr
    kaartjes = (work / "k.pdf").read_bytes()
    assert len(decode_qr_codes(kaartjes)) == 4
    assert squash("https://stem.example.nl") in squash(pdf_text(kaartjes))


def test_the_cli_offers_exactly_the_handout_soorten_and_loads_them_lazily():
    from app import handouts
    from app.cli import handouts as cli_handouts

    assert cli_handouts.SOORTEN == handouts.SOORTEN
    code = "import sys, app.cli\nassert 'app.handouts' not in sys.modules\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
