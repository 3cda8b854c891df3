"""Content 2027.1 as `wijkpraat content --json` shows it: an evening-sized set of
kernvragen, the opening block, a bron everywhere, and an answer to every review point."""

from __future__ import annotations

import json
import re
from pathlib import Path

import praatplaat_data
from app import cli


def content_json(capsys):
    assert cli.main(["content", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def all_vragen(data):
    for onderdeel in [data["opening"], *data["bouwstenen"], *data["kompas"]]:
        yield from onderdeel["vragen"]


def test_every_question_says_whether_it_is_a_kernvraag(capsys):
    data = content_json(capsys)
    vragen = list(all_vragen(data))
    assert all(isinstance(v["kern"], bool) for v in vragen)
    kern = [v for v in vragen if v["kern"]]
    assert 12 <= len(kern) <= 15
    # across the bouwstenen and the kompas: every bouwsteen and every waarde has one
    for onderdeel in [*data["bouwstenen"], *data["kompas"]]:
        assert any(v["kern"] for v in onderdeel["vragen"]), onderdeel["id"]
    # an evening's question holds for every archetype
    assert not [v["id"] for v in kern if v["min_archetype"]]


def test_the_opening_block_asks_what_seed_004_learned(capsys):
    opening = content_json(capsys)["opening"]
    teksten = " ".join(v["tekst"] for v in opening["vragen"]).lower()
    for words in ("al mee bezig", "trekt", "tempo", "andere bewoners mee"):
        assert words in teksten, words
    assert [v["nummer"] for v in opening["vragen"]] == ["O.1", "O.2", "O.3", "O.4"]
    assert opening["bron"].startswith("004")


def test_no_item_without_a_bron(capsys):
    data = content_json(capsys)
    items = [*all_vragen(data), *data["stappen"], *data["archetypen"], *data["instrumenten"]]
    items += [*data["bouwstenen"], *data["kompas"], *data["congruentie"]]
    missing = [i["id"] for i in items if not str(i.get("bron", "")).strip()]
    assert missing == []


def test_rules_with_our_own_thresholds_say_so(capsys):
    rules = content_json(capsys)["congruentie"]
    for rule in rules:
        if rule["soort"] in ("ambitie", "groei"):
            assert rule["bron"].startswith("eigen uitwerking"), rule["id"]
        if rule["soort"] == "ambitie":
            assert rule["melding"].startswith("Maak een afspraak over"), rule["id"]


def test_every_review_point_is_answered_in_the_changes(capsys):
    changes = (Path(praatplaat_data.FOLDER) / "CHANGES-2027.1.md").read_text(encoding="utf-8")
    answered = {int(n) for n in re.findall(r"^(\d+)\. \*\*", changes, flags=re.M)}
    assert answered == set(range(1, 68))
    assert content_json(capsys)["version"] == "2027.1"


def test_a_yes_no_question_leads_on_to_an_afspraak(capsys):
    open_words = ("Wie", "Wat", "Waar", "Welk", "Welke", "Hoe", "Hoeveel", "Wanneer")
    open_words += ("Waarover", "Van", "Over")
    for v in all_vragen(content_json(capsys)):
        if not v["tekst"].startswith(open_words):
            assert v["vervolg"], v["id"]
