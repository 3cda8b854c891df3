"""Exports stream and imports batch (issue 16): memory does not grow with the rows.

Not timing tests. The memory test compares tracemalloc peaks of the same export at two
sizes in one process: Python's own allocations, which is what grew with the rows before
(the whole bundle as one object and one string, about 4.4 KB per row).
"""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest

from app.exchange import bundle as bundle_module
from app.exchange.bundle import (
    BundleError,
    build_bundle,
    bundle_bytes,
    export_file,
    import_file,
)
from app.exchange.csv_export import export_csv, inbreng_rows
from app.store import Store
from tests.memory import peak_bytes

PINNED = "2026-05-01T12:00:00.000+00:00"


def add_inbreng_rows(store: Store, bijeenkomst_id: str, n: int, *, start: int = 0) -> None:
    """n inbreng rows through the store's batch merge (what an import uses)."""
    vragen = ("dna-trots", "dna-wat-werkt", "rol-wie-beslist")
    with store.transaction():
        for first in range(start, start + n, 500):
            rows = [
                {
                    "id": str(uuid.uuid4()),
                    "bijeenkomst_id": bijeenkomst_id,
                    "vraag_id": vragen[i % 3],
                    "tekst": f"Punt {i}: meer groen in de straat en een bankje bij de school",
                    "soort": None,
                    "volgorde": i,
                    "stippen": i % 4,
                    "prive": 0,
                    "verwijderd": None,
                    "aangemaakt": PINNED,
                    "bijgewerkt": PINNED,
                }
                for i in range(first, min(first + 500, start + n))
            ]
            store.merge_rows("inbreng", rows, newer=lambda _a, _b: False)


PRIVACY = ["with_labels", "with_notes", "with_private", "with_deleted"]


@pytest.mark.parametrize(
    "options",
    [{}, {name: True for name in PRIVACY}, {"with_labels": True}, {"with_private": True}],
    ids=["default", "everything", "labels", "private"],
)
def test_the_streamed_export_is_the_same_file_as_the_built_one(
    demo_store, tmp_path, monkeypatch, options
):
    monkeypatch.setattr(bundle_module, "now", lambda: PINNED)
    for gebied in ["all", demo_store.gebieden()[0].id]:
        out = tmp_path / "export.json"
        counts = export_file(demo_store, out, gebied, **options)
        built = build_bundle(demo_store, gebied, **options)
        assert out.read_bytes() == bundle_bytes(built)
        assert counts == {t: len(rows) for t, rows in built["tabellen"].items()}


def test_an_empty_database_exports_a_valid_bundle(store, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "now", lambda: PINNED)
    out = tmp_path / "leeg.json"
    export_file(store, out)
    assert out.read_bytes() == bundle_bytes(build_bundle(store))
    json.loads(out.read_bytes())


def test_the_streamed_csv_is_the_same_as_before(demo_store, tmp_path):
    out = tmp_path / "inbreng.csv"
    n = export_csv(demo_store, out, "inbreng")
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    expected = list(inbreng_rows(demo_store))
    assert n == len(expected) - 1 == len(rows) - 1
    assert rows[0] == list(expected[0])
    assert out.read_bytes().startswith("\ufeff".encode())


@pytest.mark.slow  # seconds, not milliseconds: in make test, not in make test-fast
def test_export_memory_does_not_grow_with_the_rows(tmp_path):
    """tracemalloc peak of exporting 100,000 inbreng vs 10,000: less than 2x (was ~10x)."""
    peaks: dict[str, list[int]] = {"json": [], "csv": []}
    for n in (10_000, 100_000):
        with Store.open(tmp_path / f"{n}.sqlite") as store:
            g = store.add_gebied("Stad", "wijk")
            b = store.add_bijeenkomst(g.id, "Raadpleging", "2026-05-01")
            add_inbreng_rows(store, b.id, n)
            if n == 10_000:  # imports and caches first, outside the measurement
                export_file(store, tmp_path / "warm.json", g.id)
                export_csv(store, tmp_path / "warm.csv", "inbreng", g.id)
            peaks["json"].append(
                peak_bytes(lambda s=store, g=g: export_file(s, tmp_path / "e.json", g.id))
            )
            peaks["csv"].append(
                peak_bytes(lambda s=store, g=g: export_csv(s, tmp_path / "e.csv", "inbreng", g.id))
            )
            assert len(json.loads((tmp_path / "e.json").read_bytes())["tabellen"]["inbreng"]) == n
    for kind, (small, large) in peaks.items():
        assert large < 2 * small, f"{kind}: {small} bytes at 10,000 rows, {large} at 100,000"


def test_import_checks_the_bundle_before_it_waits_for_the_write_lock(demo_store, db_path, tmp_path):
    """A broken bundle is refused at once, even while another writer holds the lock:
    checking never needs the lock (it would otherwise fail as 'bezet' after 5 s)."""
    bad = tmp_path / "kapot.json"
    data = build_bundle(demo_store)
    data["tabellen"]["inbreng"][0]["bijeenkomst_id"] = str(uuid.uuid4())
    bad.write_bytes(bundle_bytes(data))
    with (
        Store.open(db_path) as other,
        other.transaction(),
        pytest.raises(BundleError, match="verwijst naar een bijeenkomst"),
    ):
        import_file(demo_store, bad)


def test_a_batched_import_merges_like_one_row_at_a_time(tmp_path):
    """Thousands of new rows, some rows newer and some older than what is there."""
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Stad", "wijk")
        m = a.add_bijeenkomst(g.id, "Raadpleging", "2026-05-01")
        add_inbreng_rows(a, m.id, 1_234)
        export_file(a, tmp_path / "a.json", g.id)
        assert import_file(b, tmp_path / "a.json").added["inbreng"] == 1_234
        first = a.inbreng(m.id)[0]
        a.update_inbreng(first.id, tekst="Nieuwer op laptop A")
        a.set_stemming(m.id, "dna-trots", "eens", 4)
        export_file(a, tmp_path / "a2.json", g.id)
        result = import_file(b, tmp_path / "a2.json")
        assert result.updated["inbreng"] == 1
        assert result.added["stemming"] == 1
        assert import_file(b, tmp_path / "a2.json").changed == 0  # twice adds nothing
        assert [i.tekst for i in b.inbreng(m.id)] == [i.tekst for i in a.inbreng(m.id)]
        b.set_stemming(m.id, "dna-trots", "eens", 9)  # newer on B: A's older count loses
        assert import_file(b, tmp_path / "a2.json").changed == 0
        assert b.stemmingen(m.id)[0].aantal == 9
