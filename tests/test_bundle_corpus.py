"""A corpus of malformed bundles, each imported with the real `wijkpraat import`.

Every one must be refused with a Dutch message that names the row and the field, leave
the database byte-identical (no backup made either), and print no traceback. The
classes: the shape (what the hypothesis fuzz test mutates), content ids that this
praatplaat does not know, clocks that are wrong or have no zone, references that leave
their bijeenkomst or gebied, webadressen, numbers (NaN, Infinity, huge) and text with
NUL or half a character.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.exchange.bundle import build_bundle
from app.store import Store
from app.system.demo import load_demo
from tests.conftest import sha256

Bundle = dict[str, Any]


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Bundle:
    """The demo (two gebieden), with two deelnemers in another bijeenkomst and a turn."""
    with Store.open(tmp_path_factory.mktemp("bron") / "bron.sqlite") as store:
        load_demo(store)
        stap1 = next(b for b in store.bijeenkomsten() if store.deelnemers(b.id))
        d = store.deelnemers(stap1.id)[0]
        store.add_spreekbeurt(
            stap1.id, d.id, vraag_id="dna-trots", start="2026-03-01T19:00:00+00:00", duur_s=42
        )
        other = next(b for b in store.bijeenkomsten() if b.id != stap1.id)
        store.add_deelnemer(other.id, "Ellen")
        return build_bundle(store, with_labels=True)


def _rows(b: Bundle, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = b["tabellen"][table]
    return rows


def _set(table: str, column: str, value: Any, index: int = 0) -> Callable[[Bundle], None]:
    def edit(b: Bundle) -> None:
        _rows(b, table)[index][column] = value

    return edit


def _future(days: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).isoformat()


def _cross_gebied_afspraak(b: Bundle) -> None:
    """An evaluatie of an afspraak made in another gebied."""
    gebied = {x["id"]: x["gebied_id"] for x in _rows(b, "bijeenkomst")}
    ev = _rows(b, "evaluatie")[0]
    far = next(x for x in _rows(b, "bijeenkomst") if x["gebied_id"] != gebied[ev["bijeenkomst_id"]])
    a = copy.deepcopy(_rows(b, "afspraak")[1])
    a["id"], a["bijeenkomst_id"], a["witte_vlek_id"] = (
        "00000000-0000-4000-8000-00000000a001",
        far["id"],
        None,
    )
    _rows(b, "afspraak").append(a)
    ev["afspraak_id"] = a["id"]


def _cross_gebied_witte_vlek(b: Bundle) -> None:
    gebied = {x["id"]: x["gebied_id"] for x in _rows(b, "bijeenkomst")}
    a = _rows(b, "afspraak")[0]
    far = next(x for x in _rows(b, "bijeenkomst") if x["gebied_id"] != gebied[a["bijeenkomst_id"]])
    _rows(b, "witte_vlek")[0]["bijeenkomst_id"] = far["id"]


def _turn_of_someone_elsewhere(b: Bundle) -> None:
    turn = _rows(b, "spreekbeurt")[0]
    elsewhere = next(
        d for d in _rows(b, "deelnemer") if d["bijeenkomst_id"] != turn["bijeenkomst_id"]
    )
    turn["deelnemer_id"] = elsewhere["id"]


def _duplicate_inbreng(b: Bundle) -> None:
    _rows(b, "inbreng").append(copy.deepcopy(_rows(b, "inbreng")[0]))


def _drop(table: str, column: str) -> Callable[[Bundle], None]:
    def edit(b: Bundle) -> None:
        del _rows(b, table)[0][column]

    return edit


def _top(key: str, value: Any) -> Callable[[Bundle], None]:
    def edit(b: Bundle) -> None:
        if value is _DELETE:
            del b[key]
        else:
            b[key] = value

    return edit


def _newer_content(b: Bundle) -> None:
    _rows(b, "bijeenkomst")[0]["content_versie"] = "2099.1"
    _rows(b, "bijeenkomst")[0]["huidige_vraag"] = "vraag-uit-de-toekomst"


_DELETE = object()
N = "tabellen"
# (name, edit of the parsed bundle, or text replacements in the JSON; what the message names)
CASES: list[tuple[str, Callable[[Bundle], None] | tuple[str, str], str]] = [
    # -- shape (the classes the hypothesis fuzz test mutates) --
    ("formaat", _top("formaat", "iets-anders"), "'formaat'"),
    ("versie-nieuwer", _top("versie", 2), "nieuwere Wijkpraat"),
    ("veld-ontbreekt", _top("met_labels", _DELETE), "'met_labels'"),
    ("onbekend-veld", _top("extra", 1), "'extra'"),
    ("soort", _set("gebied", "soort", "stad"), f"{N}.gebied[0].soort"),
    ("naam-leeg", _set("gebied", "naam", "   "), f"{N}.gebied[0].naam"),
    ("id-geen-uuid", _set("gebied", "id", "geen-uuid"), f"{N}.gebied[0].id"),
    ("datum", _set("bijeenkomst", "datum", "12-03-2026"), f"{N}.bijeenkomst[0].datum"),
    ("stap", _set("bijeenkomst", "stap", 4), f"{N}.bijeenkomst[0].stap"),
    ("stippen-negatief", _set("inbreng", "stippen", -1), f"{N}.inbreng[0].stippen"),
    ("stippen-tekst", _set("inbreng", "stippen", "3"), f"{N}.inbreng[0].stippen"),
    ("prive-2", _set("inbreng", "prive", 2), f"{N}.inbreng[0].prive"),
    ("tekst-getal", _set("inbreng", "tekst", 12), f"{N}.inbreng[0].tekst"),
    ("kolom-extra", _set("inbreng", "kleur", "rood"), "'kleur'"),
    ("kolom-mist", _drop("afspraak", "wie"), "'wie'"),
    ("kompas-6", _set("kompas_score", "nu", 6), f"{N}.kompas_score[0].nu"),
    ("tabel-geen-lijst", _top("tabellen", {"gebied": 7}), f"{N}"),
    ("dubbel-id", _duplicate_inbreng, "komt twee keer voor"),
    (
        "verwijzing-los",
        _set("inbreng", "bijeenkomst_id", "00000000-0000-4000-8000-000000000000"),
        f"{N}.inbreng[0].bijeenkomst_id",
    ),
    # -- content ids --
    ("archetype-onbekend", _set("bijeenkomst", "archetype", "anarchie"), ".archetype"),
    (
        "archetype-als-titel",
        _set("bijeenkomst", "archetype", "Adviseren & inspreken"),
        ".archetype",
    ),
    ("huidige-vraag", _set("bijeenkomst", "huidige_vraag", "vraag-99"), ".huidige_vraag"),
    ("inbreng-vraag", _set("inbreng", "vraag_id", "vraag-99"), f"{N}.inbreng[0].vraag_id"),
    ("stemming-vraag", _set("stemming", "vraag_id", "v1"), f"{N}.stemming[0].vraag_id"),
    ("kompaswaarde", _set("kompas_score", "waarde_id", "geluk"), f"{N}.kompas_score[0].waarde_id"),
    ("afspraak-waarde", _set("afspraak", "waarde_id", "geluk"), f"{N}.afspraak[0].waarde_id"),
    (
        "instrument",
        _set("afspraak", "instrument_id", "telepathie"),
        f"{N}.afspraak[0].instrument_id",
    ),
    ("bouwsteen", _set("afspraak", "bouwsteen_id", "fundament"), f"{N}.afspraak[0].bouwsteen_id"),
    (
        "witte-vlek-bouwsteen",
        _set("witte_vlek", "bouwsteen_id", "fundament"),
        f"{N}.witte_vlek[0].bouwsteen_id",
    ),
    (
        "spreekbeurt-vraag",
        _set("spreekbeurt", "vraag_id", "vraag-99"),
        f"{N}.spreekbeurt[0].vraag_id",
    ),
    ("nieuwere-inhoud", _newer_content, "installeer de nieuwste"),
    # -- the clock --
    (
        "jaar-9999",
        _set("bijeenkomst", "bijgewerkt", "9999-01-01T00:00:00+00:00"),
        f"{N}.bijeenkomst[0].bijgewerkt",
    ),
    ("twee-dagen-vooruit", _set("inbreng", "aangemaakt", _future(2)), f"{N}.inbreng[0].aangemaakt"),
    ("gemaakt-toekomst", _top("gemaakt", _future(3)), "'gemaakt'"),
    (
        "zonder-zone",
        _set("afspraak", "bijgewerkt", "2026-03-01T19:00:00"),
        f"{N}.afspraak[0].bijgewerkt",
    ),
    (
        "verwijderd-zonder-zone",
        _set("inbreng", "verwijderd", "2026-03-01T19:00:00"),
        f"{N}.inbreng[0].verwijderd",
    ),
    (
        "start-zonder-zone",
        _set("spreekbeurt", "start", "2026-03-01 19:00"),
        f"{N}.spreekbeurt[0].start",
    ),
    # -- references stay inside their bijeenkomst or gebied --
    ("spreker-elders", _turn_of_someone_elsewhere, f"{N}.spreekbeurt[0].deelnemer_id"),
    ("witte-vlek-ander-gebied", _cross_gebied_witte_vlek, f"{N}.afspraak[0].witte_vlek_id"),
    ("evaluatie-ander-gebied", _cross_gebied_afspraak, f"{N}.evaluatie[0].afspraak_id"),
    # -- webadressen, as when typed --
    (
        "url-kapot",
        _set("afspraak", "follow_up_url", "http://[::1"),
        f"{N}.afspraak[0].follow_up_url",
    ),
    ("url-zonder-http", _set("bijeenkomst", "follow_up_url", "www.example.nl"), ".follow_up_url"),
    (
        "url-javascript",
        _set("bijeenkomst", "follow_up_url", "javascript:alert(1)"),
        f"{N}.bijeenkomst[0].follow_up_url",
    ),
    # -- numbers --
    ("nan", ('"duur_s": 42.0', '"duur_s": NaN'), f"{N}.spreekbeurt[0].duur_s"),
    ("infinity", ('"duur_s": 42.0', '"duur_s": Infinity'), f"{N}.spreekbeurt[0].duur_s"),
    ("1e999", ('"duur_s": 42.0', '"duur_s": 1e999'), f"{N}.spreekbeurt[0].duur_s"),
    ("groot-geheel-getal", _set("inbreng", "stippen", 10**30), f"{N}.inbreng[0].stippen"),
    ("aantal-deelnemers", _set("bijeenkomst", "aantal_deelnemers", 10**12), ".aantal_deelnemers"),
    # -- text --
    ("nul-teken", _set("inbreng", "tekst", "Meer\x00groen"), f"{N}.inbreng[0].tekst"),
    ("half-teken-wie", ('"wie": "Bewonersorganisatie"', '"wie": "Bewoners\\ud800"'), ".wie"),
    ("half-teken-naam", _set("gebied", "naam", "Wijk \udc00"), f"{N}.gebied[0].naam"),
]


def _write(base: Bundle, change: Any, path: Path) -> None:
    bundle = copy.deepcopy(base)
    if callable(change):
        change(bundle)
        text = json.dumps(bundle, ensure_ascii=True, indent=1)
    else:
        text = json.dumps(bundle, ensure_ascii=True, indent=1)
        old, new = change
        assert old in text, f"the corpus case expects {old!r} in the base bundle"
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40
    assert len({name for name, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("name", "change", "names"), CASES, ids=[c[0] for c in CASES])
def test_malformed_bundle_is_refused_in_dutch_and_changes_nothing(
    base, tmp_path, capsys, name, change, names
):
    db, data = tmp_path / "doel.sqlite", tmp_path / "data"
    with Store.open(db) as store:
        store.add_gebied("Al aanwezig", "wijk")
    before = sha256(db)
    bundle = tmp_path / f"{name}.json"
    _write(base, change, bundle)

    code = main(["import", str(bundle), "--db", str(db), "--data-dir", str(data)])
    said = capsys.readouterr()

    assert code == 1
    assert "Traceback" not in said.err + said.out
    assert "is geen geldige Wijkpraat-bundel" in said.err and "Er is niets ingelezen" in said.err
    assert names in said.err, said.err
    assert sha256(db) == before
    assert not (data / "backups").exists() or not any((data / "backups").rglob("*.sqlite"))


def test_the_base_bundle_itself_imports(base, tmp_path, capsys):
    """So every refusal above is caused by its one change."""
    bundle = tmp_path / "goed.json"
    _write(base, lambda b: None, bundle)
    assert main(["import", str(bundle), "--db", str(tmp_path / "doel.sqlite")]) == 0


def test_an_integer_of_thousands_of_digits_is_refused_in_dutch(base, tmp_path, capsys):
    bundle = tmp_path / "cijfers.json"
    _write(base, ('"duur_s": 42.0', '"duur_s": ' + "9" * 5000), bundle)
    assert main(["import", str(bundle), "--db", str(tmp_path / "doel.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "veel te groot" in err and "niets ingelezen" in err
