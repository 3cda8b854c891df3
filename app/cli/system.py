"""CLI sub-commands for the installed app: `wijkpraat self-test`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Command, LocationOptions


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    """Add this area's sub-parsers to `sub`; return {name: function}."""
    sub.add_parser(
        "self-test",
        help="controleer of deze installatie werkt (in een tijdelijke map, "
        "uw eigen gegevens blijven dicht)",
        description="Laadt de inhoud, opent een tijdelijke database, laadt de demo, maakt "
        "elke soort PDF en opent en sluit het hoofdvenster. Code 0 als alles werkt.",
    )
    return {"self-test": cmd_self_test}


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.system.selftest import run_selftest

    return run_selftest()
