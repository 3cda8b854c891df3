"""CLI sub-commands for handouts and printing (`wijkpraat pdf`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Command, LocationOptions
from app.errors import InvalidInput
from app.system import paths

# The same as app.handouts.SOORTEN (a test checks); repeated so that `import app.cli`,
# and with it the GUI's start-up, does not load the handout modules.
SOORTEN = (
    "afspraken",
    "praatplaat",
    "kaartjes",
    "evaluatie",
    "voorstel",
    "tafelvel",
    "draaiboek",
    "uitnodiging",
)


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    """Add this area's sub-parsers to `sub`; return {name: function}."""
    pdf = sub.add_parser(
        "pdf",
        help="maak een handout als PDF: afsprakenlijst, praatplaat, kaartjes, evaluatie, "
        "voorstel aan de gemeenteraad, tafelvel (per tafel de vragen van de avond), draaiboek "
        "of uitnodiging",
        description=(
            "Maak een PDF om af te drukken. De praatplaat heeft geen bijeenkomst nodig; "
            "met --bijeenkomst gebruikt hij de woorden van dat gebied (wijk of dorp)."
        ),
    )
    add_location_options(pdf)
    pdf.add_argument(
        "--bijeenkomst",
        metavar="ID|latest",
        help="de id van de bijeenkomst, of 'latest' voor de laatst bewerkte",
    )
    pdf.add_argument("--soort", choices=SOORTEN, required=True, help="welk document")
    pdf.add_argument(
        "--formaat",
        choices=("A4", "A3"),
        default="A4",
        help="papierformaat; A3 alleen voor de praatplaat als poster (standaard A4)",
    )
    pdf.add_argument(
        "--out",
        metavar="BESTAND.pdf",
        help="waar de PDF komt (standaard: een naam met soort en datum in de huidige map)",
    )
    return {"pdf": cmd_pdf}


def cmd_pdf(args: argparse.Namespace) -> int:
    from app.content.labels import count_label
    from app.handouts import build_pdf
    from app.handouts.output import default_filename, page_count
    from app.store import Store
    from app.store.files import write_atomic

    where = paths.resolve(getattr(args, "db", None), getattr(args, "data_dir", None))
    with Store.open_readonly(where.db) as store:
        bijeenkomst_id = _bijeenkomst_id(store, args.bijeenkomst, args.soort)
        pdf = build_pdf(store, bijeenkomst_id, args.soort, formaat=args.formaat)
        bijeenkomst = store.bijeenkomst(bijeenkomst_id) if bijeenkomst_id else None
        gebied = store.gebied(bijeenkomst.gebied_id).naam if bijeenkomst else None
    out = (
        Path(args.out)
        if args.out
        else Path(
            default_filename(
                args.soort, gebied, bijeenkomst.datum if bijeenkomst else None, args.formaat
            )
        )
    )
    write_atomic(out, pdf)
    pages = page_count(pdf)
    print(f"PDF opgeslagen: {out} ({count_label(pages, 'pagina', 'pagina’s')}).")
    return 0


def _bijeenkomst_id(store: Any, value: str | None, soort: str) -> str | None:
    if not value:
        if soort == "praatplaat":
            return None
        raise InvalidInput(
            "Kies een bijeenkomst met --bijeenkomst ID, of --bijeenkomst latest "
            "voor de laatst bewerkte."
        )
    if value == "latest":
        latest = store.latest_bijeenkomst()
        if latest is None:
            raise InvalidInput(
                "Er staat nog geen bijeenkomst in deze database. "
                "Maak er eerst een aan (of maak voorbeeldgegevens in een eigen bestand met: "
                "wijkpraat demo)."
            )
        return str(latest.id)
    return value
