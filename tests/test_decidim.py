"""Decidim files, read back the way Decidim reads them: Ruby's own CSV library."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app import cli
from app.errors import InvalidInput
from app.exchange import decidim
from app.exchange.followup import export_platform
from app.store import Store

RUBY = shutil.which("ruby")
needs_ruby = pytest.mark.skipif(RUBY is None, reason="ruby is not installed (make sysdeps-test)")
# Exactly how Decidim's importer opens the file; prints headers and rows as JSON.
RUBY_READER = r"""
require "csv"
require "json"
data = File.read(ARGV[0], mode: "rb").force_encoding("UTF-8")
raise "not UTF-8" unless data.valid_encoding?
csv = CSV.new(data, headers: true, col_sep: ";")
rows = csv.map(&:to_h)
# Decidim's generic admin importer reads the file itself: CSV.read(file, col_sep: ";")
plain = CSV.read(ARGV[0], col_sep: ";")
puts JSON.generate({"headers" => csv.headers, "rows" => rows, "plain" => plain})
"""
NASTY = 'Bankje; "groot" genoeg\nvoor twee — kost € 250'
NASTY_WIE = 'Wijkraad "Oost"; en buren'


def ruby_read(path: Path) -> dict:
    assert RUBY is not None
    done = subprocess.run(
        [RUBY, "-e", RUBY_READER, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.fixture
def meeting(store: Store) -> tuple[Store, str]:
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Afspraken", "2026-04-16")
    store.add_afspraak(b.id, NASTY, wie=NASTY_WIE, wanneer="voor 1 juni", waarde_id="transparantie")
    store.add_afspraak(b.id, "Wijkkrant elke maand", wanneer="september", status="loopt")
    store.add_afspraak(b.id, "Schoolplein", wanneer="als er geld is", status="gedaan")
    store.add_afspraak(b.id, "Panel", wanneer="zomer", status="gestopt")
    return store, b.id


@needs_ruby
def test_results_csv_as_decidim_reads_it(meeting, tmp_path):
    store, b = meeting
    out = tmp_path / "r.csv"
    export_platform(
        store, "decidim-resultaten", b, out, status_ids={"open": "7", "loopt": "8", "gedaan": "9"}
    )
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    parsed = ruby_read(out)
    assert parsed["headers"][0] == "id"
    assert {"title/nl", "start_date", "end_date", "status/id", "progress"} <= set(parsed["headers"])
    rows = parsed["rows"]
    assert parsed["plain"][0] == parsed["headers"] and len(parsed["plain"]) == len(rows) + 1
    assert parsed["plain"][1][1] == NASTY
    assert [r["title/nl"] for r in rows] == [NASTY, "Wijkkrant elke maand", "Schoolplein", "Panel"]
    for r in rows:
        assert r["title/nl"]
        for key in ("start_date", "end_date"):
            assert r[key] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[key]), r
        assert r["progress"] is None or 0 <= int(r["progress"]) <= 100
        assert r["id"] is None  # new results
    assert [(r["start_date"], r["end_date"]) for r in rows] == [
        (None, "2026-06-01"),
        ("2026-09-01", "2026-09-30"),
        (None, None),
        ("2026-06-01", "2026-08-31"),
    ]
    assert [r["progress"] for r in rows] == ["0", "50", "100", None]
    assert [r["status/id"] for r in rows] == ["7", "8", "9", None]
    # the description is HTML for Decidim's rich text; the text in it as typed
    assert NASTY_WIE in html.unescape(rows[0]["description/nl"])


@needs_ruby
def test_status_mapping_is_remembered_per_gebied(meeting, tmp_path):
    store, b = meeting
    export_platform(store, "decidim-resultaten", b, tmp_path / "a.csv", status_ids={"open": "3"})
    export_platform(store, "decidim-resultaten", b, tmp_path / "b.csv")
    rows = ruby_read(tmp_path / "b.csv")["rows"]
    assert rows[0]["status/id"] == "3"
    other = store.add_gebied("Paddepoel", "wijk")
    assert decidim.status_ids(store, other.id) == {}


@pytest.mark.parametrize("pair", ["open", "open=x", "klaar=1", "=3"])
def test_a_bad_status_pair_is_a_dutch_message(pair):
    with pytest.raises(InvalidInput, match="koppeling"):
        decidim.parse_status_ids([pair])


@needs_ruby
def test_proposals_never_carry_private_inbreng(store, tmp_path):
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-03-01")
    shared = store.add_inbreng(b.id, "dna-1", NASTY, stippen=4)
    secret = store.add_inbreng(b.id, "dna-1", "Naam van de buurman die klaagt", stippen=9)
    store.update_inbreng(secret.id, prive=True)
    few = store.add_inbreng(b.id, "dna-1", "Iets met weinig stippen", stippen=1)
    out = tmp_path / "v.csv"
    # even when asked for by id, the private item stays out
    export_platform(store, "decidim-voorstellen", b.id, out, inbreng_ids=[shared.id, secret.id])
    parsed = ruby_read(out)
    assert parsed["headers"] == ["title/nl", "body/nl"]
    assert [r["title/nl"] for r in parsed["rows"]] == [" ".join(NASTY.split())]
    assert NASTY in html.unescape(parsed["rows"][0]["body/nl"])
    export_platform(store, "decidim-voorstellen", b.id, out, min_stippen=2)
    titles = [r["title/nl"] for r in ruby_read(out)["rows"]]
    assert "Naam van de buurman die klaagt" not in titles and few.tekst not in titles


def test_closing_report_has_the_counts_and_no_private_words(store, tmp_path):
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(
        g.id, "Avond <over> & groen", "2026-03-01", aantal_deelnemers=23, locatie="Buurthuis"
    )
    store.add_inbreng(b.id, "dna-1", "Meer bomen")
    secret = store.add_inbreng(b.id, "dna-1", "Geheim")
    store.update_inbreng(secret.id, prive=True)
    store.add_afspraak(b.id, "Tien bomen planten", wie="Werkgroep", wanneer="najaar")
    written = export_platform(store, "decidim-verslag", b.id, tmp_path / "verslag.html")
    page, text = (p.read_text("utf-8") for p in written.files)
    assert [p.suffix for p in written.files] == [".html", ".txt"]
    assert "Avond &lt;over&gt; &amp; groen" in page and "<over>" not in page
    assert "Er waren 23 deelnemers." in text and "Er kwam 1 bijdrage." in text
    assert "Tien bomen planten (Werkgroep, najaar, open)" in text
    assert "Geheim" not in page and "Geheim" not in text
    v = decidim.verslag(store, b.id)
    assert (v.aantal_deelnemers, v.aantal_bijdragen) == (23, 1)


def test_cli_writes_a_file_named_for_what_it_is(capsys, tmp_path, monkeypatch, demo_store):
    demo_store.close()
    monkeypatch.chdir(tmp_path)
    code = cli.main(
        ["export-platform", "--db", str(demo_store.path), "--soort", "decidim-resultaten"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert (tmp_path / "decidim-resultaten-rivierenbuurt-2026-04-16.csv").exists(), out
