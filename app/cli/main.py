"""The `wijkpraat` command: the GUI by default, sub-commands for headless work.

Every sub-command uses the same `app/` functions as the GUI. Output for people is Dutch;
errors that are known (bad file, bad input) print a Dutch message and exit 1, and are
never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from app import __version__
from app.cli import data, followup, handouts, prepare, system, verslag
from app.cli.common import Command
from app.errors import StoreError, WijkpraatError
from app.system import paths
from app.system.logs import setup_logging

EXIT_OK, EXIT_ERROR = 0, 1
# Commands that never touch the user's data folder, not even to log.
LEAVE_USER_DATA_ALONE = frozenset({"self-test", "content"})
log = logging.getLogger(__name__)


def _top_parser(**options: Any) -> argparse.ArgumentParser:
    """The options before any sub-command: all a start of the window takes."""
    parser = argparse.ArgumentParser(
        prog="wijkpraat",
        description="Wijkpraat: gesprekken over wijk- en dorpsdemocratie (Gronings model).",
        **options,
    )
    parser.add_argument("--version", action="store_true", help="toon de versie en stop")
    _add_location_options(parser, argparse_default=None)
    # For smoke tests and the start-up benchmark: quit once the main window is shown.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they hold only top-level options (a start of the window);
    None for a sub-command, --help or a mistake, which the full parser handles."""
    quick = _top_parser(add_help=False, exit_on_error=False)
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    """The parser with every sub-command, and the function that runs each command."""
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    demo = sub.add_parser(
        "demo",
        help="voorbeeldgegevens in een eigen bestand (demo.sqlite in de gegevensmap), "
        "of in --db; twee keer draaien voegt niets dubbel toe",
    )
    _add_location_options(demo)

    check = sub.add_parser("check", help="controleer een database zonder iets te veranderen")
    _add_location_options(check)

    content = sub.add_parser("content", help="toon de inhoud van de praatplaat")
    content.add_argument("--json", action="store_true", help="als JSON (voor andere programma's)")
    content.add_argument(
        "--soort",
        choices=("wijk", "dorp"),
        default="wijk",
        help="woorden voor een wijk of een dorp",
    )
    commands: dict[str, Command] = {"demo": cmd_demo, "check": cmd_check, "content": cmd_content}
    # Sub-commands of other areas register themselves; each module keeps its heavy
    # imports (reportlab, sqlite-utils, Qt) inside the command functions.
    for module in (handouts, data, system, followup, prepare, verslag):
        commands.update(module.add_commands(sub, _add_location_options))
    return parser, commands


def _add_location_options(
    parser: argparse.ArgumentParser, argparse_default: object = argparse.SUPPRESS
) -> None:
    # Sub-parsers use SUPPRESS so `wijkpraat --db X demo` and `wijkpraat demo --db X` both work.
    parser.add_argument(
        "--db", metavar="BESTAND", default=argparse_default, help="het databasebestand"
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        default=argparse_default,
        help="map voor gegevens en reservekopieën",
    )


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser()[0].parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Boot in stages: arguments, paths, logging, then the command (or the GUI)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    # The parsers of the twenty sub-commands are 6 ms of a start-up that needs none.
    commands: dict[str, Command] = {}
    args = _window_arguments(arguments)
    if args is None:
        parser, commands = build_parser()
        args = parser.parse_args(arguments)
    if args.version:
        from app.content import default_pack

        print(f"wijkpraat {__version__} (inhoud {default_pack().version})")
        return EXIT_OK
    if args.command is None:
        from app.system.display import missing_screen

        no_screen = missing_screen(os.environ)
        if no_screen is not None:  # before logging: nothing is made for a GUI that cannot start
            print(f"wijkpraat: {no_screen}", file=sys.stderr)
            return EXIT_ERROR
    if args.command not in LEAVE_USER_DATA_ALONE:
        where = paths.resolve(getattr(args, "db", None), getattr(args, "data_dir", None))
        setup_logging(where.log_dir)
        log.info("wijkpraat %s: %s", __version__, args.command or "gui")
    try:
        if args.command is None:
            return _gui(args)
        return commands[args.command](args)
    except WijkpraatError as exc:
        print(f"wijkpraat: {exc.message}", file=sys.stderr)
        _offer_backup(args, exc)
        return EXIT_ERROR
    except BrokenPipeError:  # `wijkpraat content | head`: the reader left, not an error
        sys.stderr.close()
        return EXIT_OK


def _offer_backup(args: argparse.Namespace, exc: WijkpraatError) -> None:
    """For a file that cannot be used, point to the newest good backup, if there is one."""
    if not isinstance(exc, StoreError):
        return
    from app.store.backup import offer_for

    where = paths.resolve(getattr(args, "db", None), getattr(args, "data_dir", None))
    offer = offer_for(exc, where.backup_dir)
    if offer is not None:
        print(
            f"wijkpraat: er is een goede reservekopie van {offer.label}. "
            "Zet die terug met: wijkpraat restore nieuwste",
            file=sys.stderr,
        )


def _gui(args: argparse.Namespace) -> int:
    # Imported here so the CLI sub-commands never load Qt widgets.
    from widgets.gui import run_gui

    return run_gui(paths.resolve(args.db, args.data_dir), quit_after_show=args.quit_after_show)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.store import Store
    from app.system.demo import load_demo

    where = paths.resolve(args.db, args.data_dir)
    named = args.db or os.environ.get("WIJKPRAAT_DB")
    target = where.db if named else paths.demo_db(where)  # never the real file unasked
    with Store.open(target) as store:
        result = load_demo(store)
    if result.added_rows:
        print(f"Voorbeeldgegevens toegevoegd aan {target} ({result.added_rows} regels).")
    else:
        print(f"De voorbeeldgegevens stonden al in {target}; er is niets dubbel toegevoegd.")
    if not named:
        print(f"Bekijk ze met: wijkpraat --db {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    with Store.open_readonly(where.db) as store:
        counts = store.counts()
        integrity = store.integrity()
        version = store.schema_version
    print(f"Database: {where.db}")
    print(f"Schemaversie: {version}")
    print(f"Integriteit: {integrity}")
    width = max(len(t) for t in counts)
    for table, n in counts.items():
        print(f"  {table:<{width}}  {n:>6}")
    if integrity != "ok":
        print("wijkpraat: de database is beschadigd. Zet een reservekopie terug.", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_content(args: argparse.Namespace) -> int:
    from app.content import default_pack, wording

    pack = default_pack()
    if args.json:
        import json

        json.dump(pack.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK

    def say(text: str) -> None:
        print(wording(text, args.soort))

    say(f"{pack.titel} (versie {pack.version})")
    for stap in pack.stappen:
        say(f"Stap {stap.nummer}: {stap.titel}")
    for onderdeel in pack.onderdelen():
        say(f"\n{onderdeel.titel}")
        for vraag in onderdeel.vragen:
            extra = (
                f"  (vanaf {pack.archetype(vraag.min_archetype).titel})"
                if vraag.min_archetype
                else ""
            )
            kern = "  ★" if vraag.kern else ""
            say(f"  {vraag.nummer}  {vraag.tekst}{kern}{extra}")
    say(f"\nInstrumenten: {', '.join(i.naam for i in pack.instrumenten)}")
    return EXIT_OK
