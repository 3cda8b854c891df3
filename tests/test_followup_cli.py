"""`wijkpraat zoek`, `export-platform --soort consul-telling` and the README examples."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.exchange.consul import telling_data
from app.store import Store
from app.system.demo import demo_id

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(demo_store) -> Path:
    secret = demo_store.add_inbreng(
        demo_id("bk/riv/1"), "dna-1", "De Grönïnger buurman (privé opmerking)"
    )
    demo_store.update_inbreng(secret.id, prive=True)
    demo_store.close()
    return demo_store.path


def test_zoek_groups_newest_first_and_leaves_private_out(capsys, demo_db):
    code, out, _ = run(capsys, "zoek", "jongeren", "--db", str(demo_db))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "4 treffers voor 'jongeren'"
    heads = [line for line in lines if line.startswith("Rivierenbuurt · ")]
    assert [h.rsplit(" · ", 1)[1] for h in heads] == [
        "8 oktober 2026",
        "16 april 2026",
        "12 maart 2026",
    ]
    code, out, _ = run(capsys, "zoek", "Groninger", "--db", str(demo_db))
    assert code == 0 and "Niets gevonden" in out and "buurman" not in out


def test_zoek_with_private_marks_it(capsys, demo_db):
    code, out, _ = run(capsys, "zoek", "groninger", "--met-prive", "--db", str(demo_db))
    assert code == 0
    assert "Inbreng [privé]: De Grönïnger buurman (privé opmerking)" in out


def test_zoek_without_a_word_is_a_dutch_message(capsys, demo_db):
    code, _, err = run(capsys, "zoek", "?!", "--db", str(demo_db))
    assert code == 1 and "Typ een woord" in err


def test_consul_telling_csv_and_sheet(capsys, tmp_path, demo_db):
    out = tmp_path / "telling.csv"
    code, printed, _ = run(
        capsys,
        "export-platform",
        "--db",
        str(demo_db),
        "--soort",
        "consul-telling",
        "--bijeenkomst",
        demo_id("bk/riv/1"),
        "--out",
        str(out),
    )
    assert code == 0, printed
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Vraag", "Veld in Consul", "Aantal"]
    fields = [(r[1], int(r[2])) for r in rows[1:]]
    # the demo counted 9 eens, 3 neutraal, 2 oneens
    assert fields == [
        ("eens", 9),
        ("neutraal", 3),
        ("oneens", 2),
        ("Blanco (whites)", 0),
        ("Ongeldig (nulls)", 0),
        ("Totaal (total)", 14),
    ]
    sheet = PdfReader(out.with_suffix(".pdf"))
    words = " ".join(page.extract_text() for page in sheet.pages)
    assert "Telling voor Consul" in words and "Totaal (total)" in words and "14" in words


def test_consul_telling_without_counts_says_so(demo_db):
    from app.errors import InvalidInput

    with Store.open_readonly(demo_db) as store, pytest.raises(InvalidInput, match="geteld"):
        telling_data(store, demo_id("bk/riv/2"))


def test_zoek_as_a_real_process(demo_db):
    done = subprocess.run(
        [sys.executable, "-m", "app", "zoek", "schoolplein", "--db", str(demo_db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("3 treffers voor 'schoolplein'")


EXAMPLES = ROOT / "docs" / "examples"


@pytest.mark.skipif(not EXAMPLES.exists(), reason="no docs/examples yet")
def test_readme_examples_are_what_the_commands_make_now(tmp_path, demo_store, capsys):
    """docs/examples/ is made by `make examples`; it must match what the code makes today."""
    demo_store.close()
    made = tmp_path / "examples"
    code = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_examples.py"), str(demo_store.path), str(made)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert code.returncode == 0, code.stderr
    names = sorted(p.name for p in made.iterdir())
    assert names == sorted(p.name for p in EXAMPLES.iterdir())
    for name in names:
        if name.endswith(".pdf"):
            continue  # the printing date is on the sheet
        assert _steady(EXAMPLES / name) == _steady(made / name), name


# Lines of an .ics that carry when the demo data was made.
_MOMENTS = (b"DTSTAMP", b"CREATED", b"LAST-MODIFIED", b"SEQUENCE")


def _steady(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().splitlines() if not line.startswith(_MOMENTS)]
