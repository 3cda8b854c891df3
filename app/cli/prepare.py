"""`wijkpraat voorbereiden`: the draaiboek of a bijeenkomst from the command line.

Sets doel, kader, proces, the vorm and the questions of the evening with their minutes
(each option only when given), prints the plan, and writes the draaiboek and the
uitnodiging as PDF when asked.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Command, LocationOptions
from app.system import paths

VORMEN = ("kampvuur", "projectie", "tafel")  # app.store.schema.VORMEN (a test checks)


def add_commands(sub: Any, add_location_options: LocationOptions) -> dict[str, Command]:
    p = sub.add_parser(
        "voorbereiden",
        help="het draaiboek van een bijeenkomst: doel, kader, proces, vragen met minuten; "
        "draaiboek en uitnodiging als PDF",
        description=(
            "Zonder opties laat dit het draaiboek zien. Met --vraag kiest u de vragen van "
            "de avond, in deze volgorde (de lijst vervangt de vorige keuze)."
        ),
    )
    add_location_options(p)
    p.add_argument(
        "--bijeenkomst", default="latest", metavar="ID|latest", help="standaard: laatst bewerkt"
    )
    p.add_argument("--doel", metavar="TEKST", help="wat de avond moet opleveren")
    p.add_argument("--kader", metavar="TEKST", help="wat al vastligt, en waarover men meebeslist")
    p.add_argument("--proces", metavar="TEKST", help="wat er na de avond gebeurt")
    p.add_argument("--begintijd", metavar="UU:MM", help="wanneer de avond begint, bv. 19:30")
    p.add_argument("--vorm", choices=VORMEN, help="kampvuur, projectie of tafel (tafels)")
    p.add_argument(
        "--vraag",
        action="append",
        metavar="ID[=MINUTEN]",
        help="een vraag voor de avond, met zijn id of nummer (bv. K2.3=15); mag vaker, in "
        "de volgorde van de avond; zonder minuten 10",
    )
    p.add_argument("--draaiboek", metavar="BESTAND.pdf", help="schrijf het draaiboek (A4)")
    p.add_argument("--uitnodiging", metavar="BESTAND.pdf", help="schrijf de uitnodiging (A4)")
    return {"voorbereiden": cmd_voorbereiden}


def parse_vragen(values: list[str], pack: Any) -> list[tuple[str, int]]:
    """'K2.3=15' or 'dna-cijfers' -> (vraag id, minutes); a Dutch error for a wrong one."""
    from app.errors import InvalidInput
    from app.store.draaiboek import DEFAULT_MINUTEN

    by_nummer = {v.nummer.lower(): v for v in pack.vragen()}
    keuze = []
    for value in values:
        name, _, minutes = value.partition("=")
        name = name.strip()
        vraag = by_nummer.get(name.lower())
        if vraag is None:
            try:
                vraag = pack.vraag(name)
            except KeyError:
                raise InvalidInput(
                    f"De vraag '{name}' bestaat niet. Gebruik een nummer zoals K2.3 of een id; "
                    "'wijkpraat content' laat alle vragen zien."
                ) from None
        if minutes.strip() and not minutes.strip().isdigit():
            raise InvalidInput(f"'{minutes}' bij vraag {name} is geen aantal minuten.")
        keuze.append((vraag.id, int(minutes) if minutes.strip() else DEFAULT_MINUTEN))
    return keuze


def cmd_voorbereiden(args: argparse.Namespace) -> int:
    from app.cli.followup import _bijeenkomst
    from app.content import default_pack, wording
    from app.content.labels import VORM_LABELS, count_label, datum_lang, duur_label
    from app.store import Store
    from app.store.draaiboek import avond_vragen, draaiboek_teksten

    pack = default_pack()
    where = paths.resolve(args.db, args.data_dir)
    velden = ("doel", "kader", "proces", "begintijd")
    teksten = {k: getattr(args, k) for k in velden if getattr(args, k)}
    keuze = parse_vragen(args.vraag, pack) if args.vraag else None
    edits = bool(teksten or keuze or args.vorm)
    opener = Store.open if edits else Store.open_readonly
    with opener(where.db) as store:
        bijeenkomst_id = _bijeenkomst(store, args.bijeenkomst)
        if edits:
            with store.transaction():
                if teksten:
                    store.set_draaiboek(bijeenkomst_id, **teksten)
                if keuze is not None:
                    store.set_draaiboek_vragen(bijeenkomst_id, keuze)
                if args.vorm:
                    store.update_bijeenkomst(bijeenkomst_id, vorm=args.vorm)
        b = store.bijeenkomst(bijeenkomst_id)
        soort = store.gebied(b.gebied_id).soort
        plan = draaiboek_teksten(store, b.id)
        avond = avond_vragen(store, b.id, pack)
        pdfs = {
            soort_pdf: _pdf(store, b.id, soort_pdf)
            for soort_pdf in ("draaiboek", "uitnodiging")
            if getattr(args, soort_pdf)
        }
    print(f"Draaiboek: {b.titel} · {datum_lang(b.datum)} · {VORM_LABELS[b.vorm]}")
    for label, tekst in (
        ("Doel", plan.doel),
        ("Kader", plan.kader),
        ("Proces", plan.proces),
        ("Begintijd", plan.begintijd),
    ):
        print(f"{label}: {tekst or '(nog niet ingevuld)'}")
    gepland = any(a.minuten is not None for a in avond)
    if not gepland:
        print("Nog geen vragen gekozen; de avond volgt de opening en de kernvragen:")
    begin = 0
    for a in avond:
        tijd = f"{begin // 60}:{begin % 60:02d}  " if gepland else ""
        minuten = f"  ({a.minuten} min)" if a.minuten else ""
        print(f"  {tijd}{a.vraag.nummer:6} {wording(a.vraag.tekst, soort)}{minuten}")
        begin += a.minuten or 0
    if gepland:
        print(f"Totaal: {count_label(len(avond), 'vraag', 'vragen')}, {duur_label(begin)}.")
    for soort_pdf, pdf in pdfs.items():
        from app.store.files import write_atomic

        out = Path(getattr(args, soort_pdf))
        write_atomic(out, pdf)
        print(f"PDF opgeslagen: {out}")
    return 0


def _pdf(store: Any, bijeenkomst_id: str, soort: str) -> bytes:
    from app.handouts import build_pdf

    return build_pdf(store, bijeenkomst_id, soort)
