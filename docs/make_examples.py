"""Make docs/examples/ with the real `wijkpraat` commands from the demo data.

    python docs/make_examples.py [DEMO.sqlite] [FOLDER]

Without arguments: a fresh demo database in a temporary folder, written to docs/examples/.
`make examples` runs this; tests/test_followup_cli.py checks that the files still match
what the commands make (timestamps in the .ics aside: the demo is made at a new moment).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.system.demo import demo_id  # noqa: E402

RIVIERENBUURT = demo_id("gebied/rivierenbuurt")
STAP_1 = demo_id("bk/riv/1")  # inbreng and a hand count
STAP_2 = demo_id("bk/riv/2")  # the afspraken


def wijkpraat(db: Path, out_dir: Path, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv, "--db", str(db)],
        cwd=out_dir,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def make(db: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(db)], check=True, capture_output=True
        )
    for soort, bijeenkomst, extra in (
        (
            "decidim-resultaten",
            STAP_2,
            ["--status", "open=1", "--status", "loopt=2", "--status", "gedaan=3"],
        ),
        ("decidim-voorstellen", STAP_1, ["--min-stippen", "1"]),
        ("decidim-verslag", STAP_2, []),
        ("consul-telling", STAP_1, []),
    ):
        wijkpraat(
            db, out_dir, "export-platform", "--soort", soort, "--bijeenkomst", bijeenkomst, *extra
        )
    wijkpraat(db, out_dir, "agenda", "--bijeenkomst", STAP_2)
    wijkpraat(db, out_dir, "agenda", "--gebied", RIVIERENBUURT)
    said = wijkpraat(db, out_dir, "zoek", "jongeren")
    (out_dir / "zoek-jongeren.txt").write_text(said, encoding="utf-8")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "examples"
    if argv:
        make(Path(argv[0]).resolve(), out_dir.resolve())
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        make(Path(tmp) / "demo.sqlite", out_dir.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
