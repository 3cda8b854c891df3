"""CLI sub-commands where residents continue: export-platform, agenda, zoek."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Command, LocationOptions
from app.system import paths


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    """Add this area's sub-parsers to `sub`; return {name: function}."""
    p = sub.add_parser(
        "export-platform",
        help="bestanden voor Decidim of Consul (resultaten, voorstellen, verslag, telling)",
    )
    p.add_argument(
        "--soort",
        required=True,
        choices=("decidim-resultaten", "decidim-voorstellen", "decidim-verslag", "consul-telling"),
    )
    p.add_argument(
        "--bijeenkomst", default="latest", metavar="ID|latest", help="standaard: laatst bewerkt"
    )
    p.add_argument("--out", metavar="BESTAND", help="standaard: een naam die zegt wat het is")
    p.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS=ID",
        help="decidim-resultaten: koppel een status aan een Decidim-status-id, bv. open=1 "
        "(wordt per gebied onthouden)",
    )
    p.add_argument(
        "--inbreng",
        action="append",
        metavar="ID",
        help="decidim-voorstellen: alleen deze inbreng (mag vaker); standaard alles",
    )
    p.add_argument(
        "--min-stippen", type=int, default=0, metavar="N", help="decidim-voorstellen: minstens N"
    )
    p.add_argument("--vraag", metavar="ID", help="consul-telling: alleen deze vraag")
    add_location_options(p)

    p = sub.add_parser("agenda", help="afspraken met een datum als agendabestand (.ics)")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--bijeenkomst", metavar="ID|latest", help="alle afspraken van deze bijeenkomst"
    )
    which.add_argument("--gebied", metavar="ID", help="alle open afspraken van dit gebied")
    p.add_argument("--out", metavar="BESTAND.ics", help="standaard: een naam die zegt wat het is")
    add_location_options(p)

    p = sub.add_parser("zoek", help="zoek in alles wat ooit gezegd en afgesproken is")
    p.add_argument("woorden", nargs="+", metavar="WOORD", help="wat u zoekt, bv. parkeren")
    p.add_argument("--gebied", metavar="ID", help="alleen in dit gebied")
    p.add_argument("--max", type=int, default=50, metavar="N", help="hoeveel (standaard 50)")
    p.add_argument("--met-prive", action="store_true", help="ook privé inbreng (alleen voor uzelf)")
    add_location_options(p)
    return {"export-platform": cmd_export_platform, "agenda": cmd_agenda, "zoek": cmd_zoek}


def _bijeenkomst(store: Any, value: str) -> str:
    from app.errors import InvalidInput

    if value == "latest":
        latest = store.latest_bijeenkomst()
        if latest is None:
            raise InvalidInput("Er staat nog geen bijeenkomst in deze database.")
        return str(latest.id)
    return str(store.bijeenkomst(value).id)


def cmd_export_platform(args: argparse.Namespace) -> int:
    from app.exchange.decidim import parse_status_ids
    from app.exchange.followup import default_name, export_platform
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    mapping = parse_status_ids(args.status)
    # Read-only, unless a status mapping is to be remembered.
    opener = Store.open if mapping else Store.open_readonly
    with opener(where.db) as store:
        bijeenkomst_id = _bijeenkomst(store, args.bijeenkomst)
        out = args.out or default_name(store, args.soort, bijeenkomst_id)
        result = export_platform(
            store,
            args.soort,
            bijeenkomst_id,
            out,
            status_ids=mapping,
            inbreng_ids=args.inbreng,
            min_stippen=args.min_stippen,
            vraag_id=args.vraag,
        )
    for path in result.files:
        print(f"Geschreven: {path}")
    if result.note:
        print(result.note)
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from app.content.labels import count_label
    from app.exchange.calendar import export_calendar
    from app.handouts.output import _slug
    from app.store import Store

    where = paths.resolve(args.db, args.data_dir)
    with Store.open_readonly(where.db) as store:
        if args.gebied:
            g = store.gebied(args.gebied)
            out = args.out or f"open-afspraken-{_slug(g.naam)}.ics"
            result = export_calendar(store, out, gebied_id=g.id)
        else:
            b = store.bijeenkomst(_bijeenkomst(store, args.bijeenkomst or "latest"))
            g = store.gebied(b.gebied_id)
            out = args.out or f"afspraken-{_slug(g.naam)}-{b.datum}.ics"
            result = export_calendar(store, out, bijeenkomst_id=b.id)
    print(f"Geschreven: {out} ({count_label(result.events, 'afspraak', 'afspraken')}).")
    if result.zonder_datum:
        n = count_label(result.zonder_datum, "afspraak", "afspraken")
        print(f"{n} zonder duidelijke datum bij 'wanneer' niet in de agenda.")
    return 0


def cmd_zoek(args: argparse.Namespace) -> int:
    from app.content import default_pack
    from app.content.labels import count_label, datum_lang
    from app.store import Store
    from app.store.search import BRON_LABELS

    where = paths.resolve(args.db, args.data_dir)
    text = " ".join(args.woorden)
    with Store.open_readonly(where.db) as store:
        result = store.search(
            text, gebied_id=args.gebied, include_private=args.met_prive, limit=max(1, args.max)
        )
    if not result.treffers:
        print(f"Niets gevonden voor '{text}'.")
        return 0
    pack = default_pack()
    shown = count_label(len(result.treffers), "treffer", "treffers")
    print(f"{shown} voor '{text}'" + (" (er zijn er meer; zie --max)" if result.meer else ""))
    for _, treffers in result.per_bijeenkomst():
        first = treffers[0]
        print(f"\n{first.gebied_naam} · {first.bijeenkomst_titel} · {datum_lang(first.datum)}")
        for t in treffers:
            where_said = ""
            if t.vraag_id:
                try:
                    where_said = f" (vraag {pack.vraag(t.vraag_id).nummer})"
                except KeyError:
                    where_said = ""
            mark = " [privé]" if t.prive else ""
            label = BRON_LABELS[t.bron]
            print(f"  {label}{where_said}{mark}: {t.tekst}")
    return 0
