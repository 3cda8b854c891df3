"""Fuzzing with hypothesis: content loader, store writes, import bundles and PDF builders.
No unhandled exception, no corrupt output: known problems raise a WijkpraatError with a
Dutch message, and what was stored reads back intact, also after reopening the file.

The number of examples comes from the hypothesis profile (tests/conftest.py): few in the
edit loop, many in `make test`. Every example that writes gets a database of its own.
"""

from __future__ import annotations

import contextlib
import copy
import io
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import handouts
from app.content import loader
from app.errors import ContentError, InvalidInput, WijkpraatError
from app.exchange.bundle import BUNDLE_TABLES, BundleError, build_bundle, import_bundle
from app.store import Store
from app.system.demo import load_demo

# Text without NUL and lone surrogates: the store's validator accepts both, then SQLite
# fails (a NUL makes length() stop early so a CHECK fails; a surrogate cannot be encoded).
# NUL and lone surrogates are refused with a Dutch message (tests at the end).
STORABLE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
SAFE_TEXT = st.text(alphabet=STORABLE)
FUZZ = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**12) | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
PACK = Path(str(resources.files("praatplaat_data")))


@pytest.fixture(scope="module")
def scratch():
    folder = Path(tempfile.mkdtemp(prefix="wijkpraat-fuzz-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# -- content loader --------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack_copy(scratch):
    target = scratch / "pack"
    shutil.copytree(PACK, target)
    return target


@FUZZ
@given(
    name=st.sampled_from(loader.FILES),
    start=st.integers(0, 4000),
    length=st.integers(0, 40),
    insert=st.text(max_size=40),
)
def test_content_loader_on_damaged_files(pack_copy, name, start, length, insert):
    original = (PACK / name).read_text(encoding="utf-8")
    start = min(start, len(original))
    (pack_copy / name).write_text(original[:start] + insert + original[start + length :], "utf-8")
    try:
        pack = loader.load_pack(pack_copy)
    except ContentError as exc:
        assert exc.file in loader.FILES and exc.message.startswith("Fout in de inhoud")
    else:
        assert pack.version and pack.bouwstenen
    finally:
        (pack_copy / name).write_text(original, "utf-8")


RAW = {name: tomllib.loads((PACK / name).read_text(encoding="utf-8")) for name in loader.FILES}


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*prefix, i))
    return found


PATHS = [(name, *p) for name in loader.FILES for p in _paths(RAW[name])]


@FUZZ
@given(where=st.sampled_from(PATHS), value=JSON_VALUES)
def test_content_validator_on_wrong_values(where, value):
    raw = copy.deepcopy(RAW)
    node: Any = raw
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    try:
        loader._Validator(raw).build()
    except ContentError as exc:
        assert exc.file in loader.FILES


# -- the store's write API ---------------------------------------------------------------


@contextlib.contextmanager
def fresh_meeting() -> Iterator[tuple[Store, str]]:
    """A new database of its own with one gebied and one bijeenkomst: (store, its id)."""
    with (
        tempfile.TemporaryDirectory(prefix="wijkpraat-fuzz-") as folder,
        Store.open(Path(folder) / "fuzz.sqlite") as store,
    ):
        g = store.add_gebied("Fuzzwijk", "wijk")
        b = store.add_bijeenkomst(g.id, "Avond", "2026-01-01")
        yield store, b.id


def content(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table that travels in a bundle."""
    return build_bundle(store, with_labels=True)["tabellen"]


def reopened_content(store: Store) -> dict[str, list[dict[str, Any]]]:
    """What a new process reads from the same file once this store is closed."""
    store.close()
    with Store.open(store.path) as again:
        return content(again)


TEXTS = SAFE_TEXT | st.text(alphabet=" \t\n\ré’👍<>&'\";=") | st.none() | st.integers()


@FUZZ
@given(
    op=st.sampled_from(["inbreng", "afspraak", "kompas", "stemming", "gebied", "bijeenkomst"]),
    tekst=TEXTS,
    soort=st.sampled_from([None, "idee", "zorg", "stad", ""]),
    number=st.integers(-3, 10**9) | st.booleans() | st.none(),
    url=st.sampled_from(["", "https://stem.example.nl/x", "javascript:1", "http://", None])
    | st.text(max_size=30),
)
def test_store_write_api(op, tekst, soort, number, url):
    with fresh_meeting() as (store, bk):
        before = content(store)
        added = None
        try:
            if op == "inbreng":
                row = store.add_inbreng(bk, "dna-trots", tekst, soort, stippen=number)
                assert row.tekst == tekst.strip() and row.stippen == number
                assert store.inbreng(bk, include_deleted=True) == [row]
            elif op == "afspraak":
                added = store.add_afspraak(bk, tekst, wie=soort or "", follow_up_url=url)
                assert store.afspraken(bk) == [added]
                row = store.update_afspraak(added.id, wat=tekst)
                assert row.wat == tekst.strip() and store.afspraken(bk) == [row]
            elif op == "kompas":
                row = store.set_kompas(bk, "zeggenschap", nu=number, toelichting=tekst)
                assert row.nu == number and store.kompas_scores(bk) == [row]
            elif op == "stemming":
                row = store.set_stemming(bk, "v", tekst, number)
                assert row.aantal == number and store.stemmingen(bk) == [row]
            elif op == "gebied":
                row = store.add_gebied(tekst, soort)
                assert row.naam == tekst.strip() and store.gebied(row.id) == row
                assert len(store.gebieden()) == 2
            else:
                row = store.update_bijeenkomst(bk, titel=tekst, follow_up_url=url, stap=number)
                assert row.titel == tekst.strip() and row.stap == number
                assert store.bijeenkomst(bk) == row
        except InvalidInput as exc:
            assert exc.message
            after = content(store)
            if added is not None:  # the afspraak was added; only the update was refused
                assert store.afspraken(bk) == [added]
                after["afspraak"] = []
            assert after == before  # a refused call changed nothing
        assert not store.in_transaction
        assert store.query("PRAGMA quick_check")[0][0] == "ok"
        stored = content(store)
        assert reopened_content(store) == stored


# -- import bundles ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_bundle(scratch):
    with Store.open(scratch / "demo.sqlite") as store:
        load_demo(store)
        return build_bundle(store, with_labels=True)


def _bundle_paths(bundle: dict) -> list[tuple]:
    paths: list[tuple] = [(k,) for k in bundle]
    for table in BUNDLE_TABLES:
        paths.append(("tabellen", table))
        for i, row in enumerate(bundle["tabellen"][table][:2]):
            paths += [("tabellen", table, i, col) for col in row]
    return paths


@FUZZ
@given(data=st.data())
def test_import_bundles(demo_bundle, data):
    bundle = copy.deepcopy(demo_bundle)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(_bundle_paths(demo_bundle)))
        node: Any = bundle
        try:
            for part in where[:-1]:
                node = node[part]
            if data.draw(st.booleans()) and isinstance(node, dict):
                node.pop(where[-1], None)
            else:
                node[where[-1]] = data.draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the parent
    with fresh_meeting() as (target, _):
        before = content(target)
        try:
            result = import_bundle(target, bundle)
        except BundleError as exc:
            assert "Er is niets ingelezen" in exc.message
            assert content(target) == before  # all or nothing
        else:
            assert result.changed > 0  # every mutated bundle that passes adds something
        assert not target.in_transaction
        assert target.integrity() == "ok"
        stored = content(target)
        assert reopened_content(target) == stored


# -- PDF builders ------------------------------------------------------------------------


@FUZZ
@given(
    soort=st.sampled_from(["afspraken", "praatplaat", "kaartjes", "evaluatie"]),
    naam=st.text(STORABLE, min_size=1, max_size=200),
    wat=st.text(STORABLE, min_size=1, max_size=600),
    tekst=st.text(STORABLE, min_size=1, max_size=300),
    url=st.sampled_from([None, "https://stem.example.nl/" + "x" * 150, "http://a.nl"]),
)
def test_pdf_builders(soort, naam, wat, tekst, url):
    with fresh_meeting() as (store, _):
        try:
            g = store.add_gebied(naam, "dorp")
            b = store.add_bijeenkomst(g.id, naam, "2026-02-02", follow_up_url=url, stap=3)
            store.add_inbreng(b.id, "dna-trots", tekst, "kans")
            store.add_afspraak(b.id, wat, wie=tekst[:500], follow_up_url=url)
        except InvalidInput:
            assert not naam.strip() or not wat.strip() or not tekst.strip()
            return  # blank text: the store refuses it before any PDF is made
        try:
            pdf = handouts.build_pdf(store, b.id, soort)
        except WijkpraatError as exc:
            # Only the kaartjes need something: a webadres to put in the QR code.
            assert soort == "kaartjes" and url is None and "webadres" in exc.message
            return
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 1  # a reader opens it


def test_text_with_a_nul_character_gets_a_dutch_message():
    with fresh_meeting() as (store, bk):
        with pytest.raises(InvalidInput):
            store.add_afspraak(bk, "\x00 wijkpanel")
        assert store.afspraken(bk) == []


def test_text_with_a_lone_surrogate_gets_a_dutch_message():
    with fresh_meeting() as (store, bk):
        with pytest.raises(InvalidInput):
            store.add_inbreng(bk, "dna-trots", "\ud800")
        assert store.inbreng(bk, include_deleted=True) == []
