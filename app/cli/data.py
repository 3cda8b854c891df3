"""CLI sub-commands for data safety: backup, restore, export, import, csv, anonimiseer."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Command, LocationOptions
from app.system import paths


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    """Add this area's sub-parsers to `sub`; return {name: function}."""
    p = sub.add_parser("backup", help="maak nu een reservekopie van de database")
    add_location_options(p)

    p = sub.add_parser(
        "restore",
        help="zonder naam: toon de reservekopieën; met naam of 'nieuwste': zet er een terug",
    )
    p.add_argument("backup", nargs="?", metavar="RESERVEKOPIE", help="bestand of 'nieuwste'")
    add_location_options(p)

    p = sub.add_parser("export", help="schrijf één gebied of alle gebieden naar een JSON-bundel")
    p.add_argument("--gebied", default="all", metavar="ID", help="id van het gebied, of 'all'")
    p.add_argument("--out", required=True, metavar="BESTAND", help="het JSON-bestand")
    p.add_argument(
        "--met-labels", action="store_true", help="neem de namen van deelnemers mee (AVG!)"
    )
    p.add_argument(
        "--met-notities", action="store_true", help="neem de eigen notities van de begeleider mee"
    )
    p.add_argument("--met-prive", action="store_true", help="neem inbreng mee die privé is")
    p.add_argument("--met-verwijderd", action="store_true", help="neem verwijderde inbreng mee")
    add_location_options(p)

    p = sub.add_parser("import", help="lees een JSON-bundel in (twee keer inlezen is veilig)")
    p.add_argument("file", metavar="BESTAND", help="de JSON-bundel")
    add_location_options(p)

    p = sub.add_parser("csv", help="afspraken of inbreng als CSV voor Excel of LibreOffice")
    p.add_argument("--soort", required=True, choices=("afspraken", "inbreng"))
    p.add_argument("--out", required=True, metavar="BESTAND", help="het CSV-bestand")
    p.add_argument("--gebied", default="all", metavar="ID", help="id van het gebied, of 'all'")
    p.add_argument("--met-prive", action="store_true", help="ook inbreng die privé is")
    add_location_options(p)

    p = sub.add_parser("anonimiseer", help="vervang namen van deelnemers door stoelnummers")
    p.add_argument("--gebied", metavar="ID", help="alle bijeenkomsten van dit gebied")
    p.add_argument("--ouder-dan", type=int, metavar="DAGEN", help="bijeenkomsten ouder dan dit")
    p.add_argument(
        "--reservekopieen",
        choices=("herbouw", "verwijder"),
        help="de reservekopieën van vóór nu hebben de namen nog: anonimiseer ze ook "
        "(herbouw) of verwijder ze",
    )
    add_location_options(p)
    return {
        "backup": cmd_backup,
        "restore": cmd_restore,
        "export": cmd_export,
        "import": cmd_import,
        "csv": cmd_csv,
        "anonimiseer": cmd_anonimiseer,
    }


def cmd_backup(args: argparse.Namespace) -> int:
    from app.store.backup import make_backup
    from app.store.backup_care import clean_stale

    where = paths.resolve(args.db, args.data_dir)
    clean_stale(where.backup_dir, where.db)
    made = make_backup(where.db, where.backup_dir, "handmatig")
    print(f"Reservekopie gemaakt: {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.store.backup import is_good, list_backups, resolve_backup, restore_backup

    where = paths.resolve(args.db, args.data_dir)
    if not args.backup:
        backups = list_backups(where.backup_dir)
        if not backups:
            print(f"Er zijn nog geen reservekopieën in {where.backup_dir}.")
            return 0
        print(f"Reservekopieën in {where.backup_dir} (nieuwste eerst):")
        for b in backups:
            mark = "" if is_good(b.path) else "  [beschadigd, niet bruikbaar]"
            print(f"  {b.path.name}  {b.label}{mark}")
        print("Terugzetten: wijkpraat restore BESTAND  of  wijkpraat restore nieuwste")
        return 0
    chosen = resolve_backup(where.backup_dir, args.backup)
    result = restore_backup(where.db, chosen.path, where.backup_dir)
    print(f"Teruggezet: {chosen.path.name} ({chosen.label}) is nu {where.db}.")
    if result.safety_copy:
        print(f"Het vorige bestand is bewaard als {result.safety_copy}.")
    if result.set_aside:
        print(f"Het onbruikbare bestand is onveranderd apart gezet: {result.set_aside}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.content.labels import count_label
    from app.exchange.bundle import export_file
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    with Store.open_readonly(where.db) as store:
        counts = export_file(
            store,
            args.out,
            args.gebied,
            with_labels=args.met_labels,
            with_notes=args.met_notities,
            with_private=args.met_prive,
            with_deleted=args.met_verwijderd,
        )
    print(
        f"Geëxporteerd naar {args.out}: {count_label(counts['gebied'], 'gebied', 'gebieden')}, "
        f"{count_label(counts['bijeenkomst'], 'bijeenkomst', 'bijeenkomsten')}, "
        f"{count_label(sum(counts.values()), 'regel', 'regels')}."
    )
    if not args.met_labels and counts["deelnemer"]:
        print("Namen van deelnemers zijn vervangen door stoelnummers.")
    left_out = [
        what
        for what, kept in (
            ("de notities van de begeleider", args.met_notities),
            ("privé inbreng", args.met_prive),
            ("verwijderde inbreng", args.met_verwijderd),
        )
        if not kept
    ]
    if left_out:
        print(f"Niet meegenomen: {', '.join(left_out)}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.bundle import import_with_backup, read_bundle
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    bundle = read_bundle(args.file)  # checked completely before the database is opened
    with Store.open(where.db) as store:
        result = import_with_backup(store, args.file, where.backup_dir, bundle=bundle)
    print(f"Ingelezen in {where.db}: {result.summary()}")
    return 0


def cmd_csv(args: argparse.Namespace) -> int:
    from app.content.labels import count_label
    from app.exchange.csv_export import export_csv
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    with Store.open_readonly(where.db) as store:
        n = export_csv(store, args.out, args.soort, args.gebied, include_private=args.met_prive)
    rows = count_label(n, "regel", "regels")
    print(f"{rows} {args.soort} geschreven naar {args.out} (voor Excel en LibreOffice).")
    return 0


def cmd_anonimiseer(args: argparse.Namespace) -> int:
    from app.content.labels import count_label
    from app.errors import InvalidInput
    from app.exchange.privacy import (
        AnonymiseResult,
        anonymise_gebied,
        anonymise_older_than,
        scrub_backups,
    )
    from app.store import Store
    from app.store.backup import list_backups

    if args.gebied is None and args.ouder_dan is None:
        raise InvalidInput("Geef --gebied ID en/of --ouder-dan DAGEN op.")
    where = paths.resolve(args.db, args.data_dir)
    with Store.open(where.db) as store:
        results = []
        if args.gebied:
            results.append(anonymise_gebied(store, args.gebied))
        if args.ouder_dan is not None:
            results.append(anonymise_older_than(store, args.ouder_dan))
    total = AnonymiseResult(
        sum(r.bijeenkomsten for r in results),
        sum(r.labels for r in results),
        sum(r.wie for r in results),
        sum(r.free_text for r in results),
    )
    print(total.summary())
    backups = list_backups(where.backup_dir)
    if args.reservekopieen:
        n = scrub_backups(
            where.backup_dir, args.reservekopieen, gebied=args.gebied, days=args.ouder_dan
        )
        done = "geanonimiseerd" if args.reservekopieen == "herbouw" else "verwijderd"
        print(f"{count_label(n, 'reservekopie', 'reservekopieën')} {done}.")
    elif backups:
        print(
            f"Let op: {count_label(len(backups), 'reservekopie', 'reservekopieën')} van vóór nu "
            f"{'heeft' if len(backups) == 1 else 'hebben'} de namen nog; wie er een terugzet, "
            "haalt de namen terug. Anonimiseer ze ook met --reservekopieen herbouw, of "
            "verwijder ze met --reservekopieen verwijder (dan is er geen oudere versie meer)."
        )
    return 0
