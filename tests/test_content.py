"""The content pack: complete per the issue, faithful to its rules, and strict on errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.content import PLACEHOLDERS, default_pack, load_pack, wording
from app.errors import ContentError

PACK_DIR = Path(__file__).resolve().parent.parent / "praatplaat_data"


def test_pack_has_the_whole_praatplaat():
    pack = default_pack()
    assert [s.nummer for s in pack.stappen] == [1, 2, 3]
    assert [a.id for a in pack.archetypen] == [
        "adviseren-inspreken",
        "aanjagen-initieren",
        "verdelen-besluiten",
    ]
    assert len(pack.bouwstenen) == 5
    assert all(len(b.vragen) >= 4 for b in pack.bouwstenen)
    assert [w.id for w in pack.kompas] == [
        "ieders-stem-telt",
        "transparantie",
        "zeggenschap",
        "het-goede-gesprek",
    ]
    assert all(len(w.vragen) >= 5 for w in pack.kompas)
    assert len(pack.instrumenten) >= 12
    assert {d.archetype for d in pack.dekking} == {a.id for a in pack.archetypen}
    assert pack.version


def test_instruments_named_in_the_seeds_are_offered():
    ids = {i.id for i in default_pack().instrumenten}
    names = " ".join(i.naam.lower() for i in default_pack().instrumenten)
    for needed in (
        "wijkpanel",
        "loting",
        "kampvuurbijeenkomst",
        "inloopmarkt",
        "buurtbudget",
        "burgerbegroting",
        "wijkdeal",
        "right-to-challenge",
        "wijkkrant",
    ):
        assert needed in ids
    assert "openbare vergadering" in names
    assert "stem van groningen" in names  # the online participatieplatform


def test_kompas_points_group_the_national_values_as_the_gronings_model_does():
    """Seed 003, "3. Democratische Waarden": the six national values become four points."""
    assert {w.id: set(w.democratische_waarden) for w in default_pack().kompas} == {
        "ieders-stem-telt": {"inclusie", "democratische vaardigheden"},
        "transparantie": {"transparantie"},
        "zeggenschap": {"zeggenschap"},
        "het-goede-gesprek": {"deliberatie", "efficiency"},
    }


def test_higher_zeggenschap_asks_more_questions():
    pack = default_pack()
    asked = [sum(pack.asks(v, a.id) for v in pack.vragen()) for a in pack.archetypen]
    assert asked[0] < asked[1] < asked[2]
    assert asked[2] == len(list(pack.vragen()))
    # even at the lowest archetype every kompas waarde keeps enough to talk about
    for waarde in pack.kompas:
        assert sum(pack.asks(v, "adviseren-inspreken") for v in waarde.vragen) >= 5


def test_more_zeggenschap_needs_a_stronger_process():
    pack = default_pack()
    rules = {d.archetype: set(d.waarden) for d in pack.dekking}
    low, mid, high = (rules[a.id] for a in pack.archetypen)
    assert low <= mid <= high
    assert high == {w.id for w in pack.kompas}


def test_questions_are_plain_questions_with_wording_for_wijk_and_dorp():
    pack = default_pack()
    for vraag in pack.vragen():
        assert vraag.tekst.endswith("?"), vraag.id
        assert len(vraag.tekst.split()) <= 25, f"{vraag.id} is too long for B1"
        for soort in ("wijk", "dorp"):
            filled = wording(vraag.tekst, soort)
            assert "{" not in filled and "}" not in filled
    dorp = [wording(v.tekst, "dorp") for v in pack.vragen()]
    assert not any(re.search(r"\bwijk\b", t) for t in dorp)


def test_wording_follows_the_soort():
    assert wording("Wat maakt {deze_wijk} bijzonder?", "dorp") == "Wat maakt dit dorp bijzonder?"
    assert wording("{De_wijk} en de {wijkagenda}", "wijk") == "De wijk en de wijkagenda"
    assert set(PLACEHOLDERS) >= {"wijk", "de_wijk", "deze_wijk"}


def test_question_numbers_are_unique_and_ordered():
    nummers = [v.nummer for v in default_pack().vragen()]
    assert len(nummers) == len(set(nummers))
    assert nummers[0] == "O.1"  # the opening block comes first
    assert default_pack().bouwstenen[0].vragen[0].nummer == "B1.1"
    assert default_pack().kompas[0].vragen[0].nummer == "K1.1"


# -- broken packs ---------------------------------------------------------------------


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(PACK_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def _edit(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {name}: {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_item(folder: Path, name: str) -> str:
    text = (folder / name).read_text(encoding="utf-8")
    return re.search(r'^id = "([^"]+)"', text, re.M).group(1)


def test_copied_pack_loads(pack_copy):
    assert load_pack(pack_copy).version == default_pack().version


def test_missing_field_names_file_item_and_field(pack_copy):
    item = _first_item(pack_copy, "instrumenten.toml")
    text = (pack_copy / "instrumenten.toml").read_text(encoding="utf-8")
    block = text.split("[[instrument]]")[1]
    naam_line = next(line for line in block.splitlines() if line.startswith("naam"))
    _edit(pack_copy, "instrumenten.toml", naam_line + "\n", "")
    with pytest.raises(ContentError) as err:
        load_pack(pack_copy)
    assert (err.value.file, err.value.item_id, err.value.field) == (
        "instrumenten.toml",
        item,
        "naam",
    )
    assert "instrumenten.toml" in err.value.message and item in err.value.message


def test_duplicate_id_is_refused(pack_copy):
    first = _first_item(pack_copy, "kompas.toml")
    second = _first_item(pack_copy, "instrumenten.toml")
    _edit(pack_copy, "instrumenten.toml", f'id = "{second}"', f'id = "{first}"')
    with pytest.raises(ContentError) as err:
        load_pack(pack_copy)
    assert err.value.item_id == first and err.value.field == "id"
    assert "twee keer" in err.value.message


def test_unknown_reference_is_refused(pack_copy):
    _edit(
        pack_copy, "congruentie.toml", 'archetype = "verdelen-besluiten"', 'archetype = "alles-mag"'
    )
    with pytest.raises(ContentError) as err:
        load_pack(pack_copy)
    assert err.value.file == "congruentie.toml" and err.value.field == "archetype"
    assert "alles-mag" in err.value.message


def test_unknown_placeholder_is_refused(pack_copy):
    text = (pack_copy / "bouwstenen.toml").read_text(encoding="utf-8")
    assert "{deze_wijk}" in text
    _edit(pack_copy, "bouwstenen.toml", "{deze_wijk}", "{deze_stad}")
    with pytest.raises(ContentError) as err:
        load_pack(pack_copy)
    assert "{deze_stad}" in err.value.message


def test_invalid_toml_and_missing_file(pack_copy):
    (pack_copy / "stappen.toml").write_text("[[stap]\nid = ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"stappen\.toml"):
        load_pack(pack_copy)
    (pack_copy / "stappen.toml").unlink()
    with pytest.raises(ContentError, match="ontbreekt"):
        load_pack(pack_copy)


def test_lower_archetype_may_not_need_more_than_higher(pack_copy):
    text = (pack_copy / "congruentie.toml").read_text(encoding="utf-8")
    high = re.search(r'archetype = "verdelen-besluiten"\nwaarden = \[[^\]]*\]', text).group(0)
    _edit(
        pack_copy,
        "congruentie.toml",
        high,
        'archetype = "verdelen-besluiten"\nwaarden = ["zeggenschap"]',
    )
    with pytest.raises(ContentError, match="lagere archetype"):
        load_pack(pack_copy)
