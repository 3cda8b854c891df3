"""The editable verslag in real LibreOffice: every .odt of the demo converts headless
without errors, and odt2txt and the converted PDF hold every non-private inbreng (and no
privé item, no private note)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.handouts.verslag import make_verslag, read_verslag
from app.store import Store
from app.system.demo import load_demo
from tests.test_handouts_support import pdf_text, squash

SOFFICE = shutil.which("soffice")
ODT2TXT = shutil.which("odt2txt")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None or ODT2TXT is None,
    reason="LibreOffice or odt2txt is not installed (make sysdeps-test)",
)
PRIVE = "Privé: de voorzitter van de bewonersorganisatie stopt ermee"
NOTITIE = "Eigen notitie: volgende keer de wethouder uitnodigen"


@needs_libreoffice
def test_every_demo_verslag_converts_and_holds_what_was_said(store: Store, tmp_path: Path):
    load_demo(store)
    bijeenkomsten = store.bijeenkomsten()
    first = bijeenkomsten[-1]  # the oldest: stap 1, with inbreng
    vraag = store.inbreng(first.id)[0].vraag_id
    item = store.add_inbreng(first.id, vraag, PRIVE, "zorg")
    store.update_inbreng(item.id, prive=1)
    store.update_bijeenkomst(first.id, notities=NOTITIE)
    odts, expected = [], {}
    for b in bijeenkomsten:
        path = tmp_path / f"verslag-{b.id}.odt"
        path.write_bytes(make_verslag(read_verslag(store, b.id), ("odt",)).files["odt"])
        odts.append(path)
        expected[path] = [i.tekst for i in store.inbreng(b.id) if not i.prive]
    assert sum(map(len, expected.values())) >= 8  # the demo's inbreng, not an empty run

    out = tmp_path / "pdf"
    # Its own profile: parallel runs (and a LibreOffice the user has open) do not clash.
    profile = (tmp_path / "profile").as_uri()
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless"]
    result = subprocess.run(
        [*command, "--convert-to", "pdf", "--outdir", str(out), *map(str, odts)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stdout + result.stderr, result.stdout + result.stderr
    for path, said in expected.items():
        pdf = (out / path.with_suffix(".pdf").name).read_bytes()
        as_text = subprocess.run(
            [ODT2TXT, "--width=-1", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for text in (squash(pdf_text(pdf)), squash(as_text)):
            for tekst in said:
                assert squash(tekst) in text, (path.name, tekst)
            assert squash(PRIVE) not in text and squash(NOTITIE) not in text
