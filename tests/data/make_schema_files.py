"""Make tests/data/schema-vN.sqlite: a small database of each released schema version.

Each file is made with the schema code of the release that had that version, taken from
git history (never from today's app/store/schema.py, which might have been edited), and
filled with plain SQL: no app code, so the files do not change when the app does.

    .venv/bin/python tests/data/make_schema_files.py        # from the repository root

To add the file of a new schema version, add a line to RELEASES and run it: it makes
only the files that are missing. The files of released versions never change
(tests/test_schema_files.py checks their checksums).
"""

from __future__ import annotations

import importlib.util
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import sqlite_utils

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# schema version -> (commit, path of the schema module in that commit)
RELEASES = {
    1: ("614594c", "app/schema.py"),  # Foundation: content pack, SQLite store, CLI
    2: ("c6be1fd", "app/schema.py"),  # + instelling (last commit before app/store/)
}

GEBIED_WIJK = "6f1d3c2a-0000-4000-8000-000000000001"
GEBIED_DORP = "6f1d3c2a-0000-4000-8000-000000000002"
BK_WIJK = "6f1d3c2a-0000-4000-8000-000000000011"
BK_DORP = "6f1d3c2a-0000-4000-8000-000000000012"
BK_TERUG = "6f1d3c2a-0000-4000-8000-000000000013"
VLEK = "6f1d3c2a-0000-4000-8000-000000000021"
AFSPRAAK = "6f1d3c2a-0000-4000-8000-000000000031"
ANJA = "6f1d3c2a-0000-4000-8000-000000000041"
BULENT = "6f1d3c2a-0000-4000-8000-000000000042"
T = "2025-03-12T19:30:00.000+00:00"
T2 = "2025-09-24T20:15:00.000+00:00"

ROWS: dict[str, list[dict[str, object]]] = {
    "gebied": [
        {"id": GEBIED_WIJK, "naam": "Rivierenbuurt", "soort": "wijk",
         "gebiedsteam": "Team Zuid", "notities": "Café ’t Hoekje is de vaste plek.",
         "aangemaakt": T, "bijgewerkt": T},
        {"id": GEBIED_DORP, "naam": "Noordlaren", "soort": "dorp", "gebiedsteam": "",
         "notities": "", "aangemaakt": T, "bijgewerkt": T},
    ],
    "bijeenkomst": [
        {"id": BK_WIJK, "gebied_id": GEBIED_WIJK, "titel": "Kampvuur bij de Ëmmabrug",
         "datum": "2025-03-12", "locatie": "Buurthuis De Brug", "vorm": "kampvuur", "stap": 2,
         "archetype": "aanjagen-initieren", "follow_up_url": "https://stem.example.nl/rivier",
         "content_versie": "2025.1", "status": "afgesloten", "huidige_vraag": "dna-trots",
         "aantal_deelnemers": 14, "notities": "", "aangemaakt": T, "bijgewerkt": T},
        {"id": BK_DORP, "gebied_id": GEBIED_DORP, "titel": "Dorpsavond", "datum": "2025-04-02",
         "locatie": "", "vorm": "tafel", "stap": 1, "archetype": None, "follow_up_url": None,
         "content_versie": "2025.1", "status": "gepland", "huidige_vraag": None,
         "aantal_deelnemers": None, "notities": "", "aangemaakt": T, "bijgewerkt": T},
        {"id": BK_TERUG, "gebied_id": GEBIED_WIJK, "titel": "Terugblik na een half jaar",
         "datum": "2025-09-24", "locatie": "Buurthuis De Brug", "vorm": "tafel", "stap": 3,
         "archetype": "aanjagen-initieren", "follow_up_url": None, "content_versie": "2025.1",
         "status": "bezig", "huidige_vraag": None, "aantal_deelnemers": 9, "notities": "",
         "aangemaakt": T2, "bijgewerkt": T2},
    ],
    "inbreng": [
        {"id": "6f1d3c2a-0000-4000-8000-000000000051", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "dna-trots", "tekst": "Het park bij de Ürsulakerk, vóór iedereen",
         "soort": "sterkte", "volgorde": 1, "stippen": 3, "prive": 0, "verwijderd": None,
         "aangemaakt": T, "bijgewerkt": T},
        {"id": "6f1d3c2a-0000-4000-8000-000000000052", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "dna-trots", "tekst": "Te weinig plekken voor jongeren",
         "soort": "zwakte", "volgorde": 2, "stippen": 0, "prive": 0, "verwijderd": None,
         "aangemaakt": T, "bijgewerkt": T},
        {"id": "6f1d3c2a-0000-4000-8000-000000000053", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "dna-zwakte", "tekst": "Notitie voor het gebiedsteam", "soort": None,
         "volgorde": 1, "stippen": 0, "prive": 1, "verwijderd": None,
         "aangemaakt": T, "bijgewerkt": T},
        {"id": "6f1d3c2a-0000-4000-8000-000000000054", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "dna-zwakte", "tekst": "Per ongeluk getypt", "soort": None,
         "volgorde": 2, "stippen": 0, "prive": 0, "verwijderd": T,
         "aangemaakt": T, "bijgewerkt": T},
    ],
    "stemming": [
        {"id": "6f1d3c2a-0000-4000-8000-000000000061", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "stem-wie-praat-mee", "optie": "eens", "aantal": 9, "volgorde": 1,
         "bijgewerkt": T},
        {"id": "6f1d3c2a-0000-4000-8000-000000000062", "bijeenkomst_id": BK_WIJK,
         "vraag_id": "stem-wie-praat-mee", "optie": "oneens", "aantal": 2, "volgorde": 2,
         "bijgewerkt": T},
    ],
    "kompas_score": [
        {"id": "6f1d3c2a-0000-4000-8000-000000000071", "bijeenkomst_id": BK_WIJK,
         "waarde_id": "zeggenschap", "nu": 2, "doel": 4,
         "toelichting": "De raad wil méér horen", "bijgewerkt": T},
    ],
    "rolverdeling": [
        {"id": "6f1d3c2a-0000-4000-8000-000000000081", "bijeenkomst_id": BK_WIJK,
         "thema": "Groen in de wijk", "taak": "beslist", "actor": "bewoners", "bijgewerkt": T},
    ],
    "witte_vlek": [
        {"id": VLEK, "bijeenkomst_id": BK_WIJK, "tekst": "Jongeren praten niet mee",
         "waarde_id": "ieders-stem-telt", "bouwsteen_id": None, "vraag_id": None,
         "aangemaakt": T, "bijgewerkt": T},
    ],
    "afspraak": [
        {"id": AFSPRAAK, "bijeenkomst_id": BK_WIJK, "wat": "Wijkpanel met loting",
         "wie": "Anja & Bülent", "wanneer": "vóór de zomer", "instrument_id": "loting",
         "waarde_id": "ieders-stem-telt", "bouwsteen_id": None, "witte_vlek_id": VLEK,
         "status": "loopt", "follow_up_url": "https://stem.example.nl/rivier/panel",
         "volgorde": 1, "aangemaakt": T, "bijgewerkt": T},
    ],
    "deelnemer": [
        {"id": ANJA, "bijeenkomst_id": BK_WIJK, "label": "Anja", "rol": "bewoner",
         "groep": "", "denkstijl": "doener", "aangemaakt": T},
        {"id": BULENT, "bijeenkomst_id": BK_WIJK, "label": "Bülent", "rol": "ondernemer",
         "groep": "", "denkstijl": None, "aangemaakt": T},
    ],
    "spreekbeurt": [
        {"id": "6f1d3c2a-0000-4000-8000-000000000091", "bijeenkomst_id": BK_WIJK,
         "deelnemer_id": ANJA, "vraag_id": "dna-trots", "start": T, "duur_s": 42.5,
         "gepast": 0},
    ],
    "evaluatie": [
        {"id": "6f1d3c2a-0000-4000-8000-0000000000a1", "bijeenkomst_id": BK_TERUG,
         "afspraak_id": AFSPRAAK, "status": "gedaan",
         "reflectie": "Het panel is gestart; één keer uitgesteld.", "bijgewerkt": T2},
    ],
}  # fmt: skip
# Only from version 2 on.
SETTINGS = [
    {"sleutel": "laatste_bijeenkomst", "waarde": BK_WIJK, "bijgewerkt": T},
    {"sleutel": "laatste_weergave", "waarde": "bespreken", "bijgewerkt": T},
]


def old_schema(version: int, folder: Path):
    commit, path = RELEASES[version]
    source = subprocess.run(
        ["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    module_file = folder / f"schema_v{version}.py"
    module_file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"schema_v{version}", module_file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert version == module.SCHEMA_VERSION, (commit, module.SCHEMA_VERSION)
    return module


def make(version: int, target: Path) -> None:
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        schema = old_schema(version, Path(folder))
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("PRAGMA page_size = 1024")  # small files
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        conn.execute("BEGIN")
        schema.migrate(db)
        for table, rows in ROWS.items():
            for row in rows:
                db[table].insert(row)
        if version >= 2:
            for row in SETTINGS:
                db["instelling"].insert(row)
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("VACUUM")
        conn.close()


def main() -> int:
    """Make the files that are missing; a released version's file is never made again."""
    for version in RELEASES:
        target = HERE / f"schema-v{version}.sqlite"
        if target.exists():
            print(f"{target.relative_to(ROOT)}: exists, left as it is")
            continue
        make(version, target)
        print(f"{target.relative_to(ROOT)}: made, {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
