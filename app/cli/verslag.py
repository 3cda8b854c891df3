"""`wijkpraat verslag`: the verslag of a bijeenkomst as PDF and/or editable .odt."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Command, LocationOptions
from app.system import paths

FORMATEN = {"pdf": ("pdf",), "odt": ("odt",), "beide": ("pdf", "odt")}


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    """Add this area's sub-parser to `sub`; return {name: function}."""
    verslag = sub.add_parser(
        "verslag",
        help="maak het verslag van een bijeenkomst: PDF en/of .odt om te bewerken",
        description=(
            "Het verslag om na de bijeenkomst te sturen: wie er waren, wat er per vraag is "
            "gezegd, tellingen, kompas, zeggenschap, rolverdeling, afspraken en witte "
            "vlekken. Privé inbreng, eigen notities en namen staan er alleen in als u dat "
            "kiest. Het .odt-bestand opent in Word en LibreOffice."
        ),
    )
    add_location_options(verslag)
    verslag.add_argument(
        "--bijeenkomst",
        metavar="ID|latest",
        default="latest",
        help="de id van de bijeenkomst, of 'latest' voor de laatst bewerkte (standaard)",
    )
    verslag.add_argument(
        "--formaat", choices=tuple(FORMATEN), default="beide", help="pdf, odt of beide (standaard)"
    )
    verslag.add_argument(
        "--out",
        metavar="BESTAND",
        help="waar het verslag komt; elk formaat krijgt zijn eigen extensie "
        "(standaard: verslag-<gebied>-<datum> in de huidige map)",
    )
    verslag.add_argument("--met-prive", action="store_true", help="ook privé inbreng")
    verslag.add_argument(
        "--met-notities", action="store_true", help="ook de eigen notities van de gespreksleider"
    )
    verslag.add_argument("--met-namen", action="store_true", help="ook de namen van deelnemers")
    return {"verslag": cmd_verslag}


def cmd_verslag(args: argparse.Namespace) -> int:
    from app.cli.handouts import _bijeenkomst_id
    from app.handouts.verslag import (
        Keuzes,
        default_name,
        make_verslag,
        read_verslag,
        save_verslag,
    )
    from app.store import Store

    keuzes = Keuzes(prive=args.met_prive, notities=args.met_notities, namen=args.met_namen)
    where = paths.resolve(getattr(args, "db", None), getattr(args, "data_dir", None))
    with Store.open_readonly(where.db) as store:
        data = read_verslag(store, _bijeenkomst_id(store, args.bijeenkomst, "verslag"), keuzes)
    formaten = FORMATEN[args.formaat]
    verslagen = make_verslag(data, formaten)  # both made before anything is written
    targets = {
        f: Path(args.out).with_suffix(f".{f}") if args.out else Path(default_name(data, f))
        for f in formaten
    }
    for path in save_verslag(verslagen, targets):
        print(f"Verslag opgeslagen: {path}")
    print(f"Er staan {data.gedeeld} inbreng in, bij {len(data.vragen)} vragen.")
    if data.weggelaten:
        print(
            "Niet in het verslag: "
            + ", ".join(data.weggelaten)
            + ". Kies --met-prive, --met-notities of --met-namen om ze op te nemen."
        )
    return 0
