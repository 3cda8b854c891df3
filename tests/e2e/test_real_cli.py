"""`wijkpraat` as a real process: the command line a user types, from a clean folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.test_handouts_support import decode_qr_codes, pdf_text, squash

ROOT = Path(__file__).resolve().parents[2]


def test_real_process_python_m_app(tmp_path):
    env = {**os.environ, "WIJKPRAAT_DATA_DIR": str(tmp_path)}
    db = tmp_path / "p.sqlite"
    demo = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert demo.returncode == 0, demo.stderr
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"dit is geen database" * 100)
    check = subprocess.run(
        [sys.executable, "-m", "app", "check", "--db", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert check.returncode == 1
    assert "geen Wijkpraat-database" in check.stderr and "Traceback" not in check.stderr


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


def _fresh_interpreter(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def test_the_cli_loads_the_handout_modules_only_when_used():
    result = _fresh_interpreter("import sys, app.cli\nassert 'app.handouts' not in sys.modules\n")
    assert result.returncode == 0, result.stderr


def test_the_printing_module_loads_no_pdf_or_qr_library_until_used():
    result = _fresh_interpreter(
        "import sys, widgets.dialogs.printing\n"
        "heavy = [m for m in ('reportlab', 'qrcode', 'pypdfium2') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    assert result.returncode == 0, result.stderr
