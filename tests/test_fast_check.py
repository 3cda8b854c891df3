"""The compiled bundle check says "valid" exactly when the schema interpreter finds nothing.

validate_bundle trusts the compiled check for valid bundles and asks the interpreter
(bundle._check) for the message otherwise, so the two must agree on every value.
"""

from __future__ import annotations

import copy
import json
import uuid

import pytest

from app.exchange.bundle import BundleError, _check, _schema, build_bundle, read_bundle
from app.exchange.fast_check import raw_texts_clean, schema_valid

ODD_VALUES = [
    None, "", " ", "x", "x" * 20_001, 0, 1, 2, 6, -1, 1.5, True, False, [], {},
    "2026-05-01", "2026-13-01", "2026-05-01T12:00:00+00:00", "gisteren",
    str(uuid.uuid4()), str(uuid.uuid4()).upper(), "{" + str(uuid.uuid4()) + "}",
    "sterkte", "open", "wijk", "dorp", "tafel", "bewoners",
]  # fmt: skip


def agree(bundle) -> bool:
    return schema_valid(_schema(), bundle) == (_check(bundle, _schema(), "") is None)


def test_a_good_bundle_is_valid_for_both(demo_store):
    bundle = build_bundle(demo_store, with_labels=True)
    assert schema_valid(_schema(), bundle)
    assert _check(bundle, _schema(), "") is None


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_both_agree_on_every_field_of_every_table(demo_store, value):
    base = build_bundle(demo_store, with_labels=True)
    for table, rows in base["tabellen"].items():
        if not rows:
            continue
        for column in rows[0]:
            bundle = copy.deepcopy(base)
            bundle["tabellen"][table][0][column] = value
            assert agree(bundle), (table, column, value)


def test_both_agree_on_missing_extra_and_top_level_fields(demo_store):
    base = build_bundle(demo_store, with_labels=True)
    for table, rows in base["tabellen"].items():
        if rows:
            bundle = copy.deepcopy(base)
            del bundle["tabellen"][table][0]["id"]
            assert agree(bundle) and not schema_valid(_schema(), bundle)
            bundle = copy.deepcopy(base)
            bundle["tabellen"][table][0]["onbekend"] = 1
            assert agree(bundle) and not schema_valid(_schema(), bundle)
    for key in list(base):
        for value in (None, "x", 3, [], {}):
            bundle = copy.deepcopy(base)
            bundle[key] = value
            assert agree(bundle), (key, value)
        bundle = copy.deepcopy(base)
        del bundle[key]
        assert agree(bundle), key


@pytest.mark.parametrize("text", ["Meer\x00groen", "Wijk \udc00", "\ud83d kapot"])
@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_bundle_file_with_a_nul_or_half_a_character_is_refused(
    demo_store, tmp_path, text, ascii_only
):
    """read_bundle asks the JSON text whether any text is clean (raw_texts_clean) instead
    of json.dumps of the parsed bundle: such a file is still refused, however written."""
    bundle = build_bundle(demo_store, with_labels=True)
    bundle["tabellen"]["inbreng"][0]["tekst"] = text
    raw = json.dumps(bundle, ensure_ascii=ascii_only)
    path = tmp_path / "bundel.json"
    path.write_bytes(raw.encode("utf-8", "surrogatepass"))
    with pytest.raises(BundleError) as info:
        read_bundle(path)
    assert "inbreng[0].tekst" in info.value.message or "UTF-8" in info.value.message
    assert not raw_texts_clean(raw) or not ascii_only


@pytest.mark.parametrize("text", ["Meer groen 🌳 en één bankje", "C:\\udata\\u0000"])
def test_a_clean_bundle_file_is_read(demo_store, tmp_path, text):
    bundle = build_bundle(demo_store, with_labels=True)
    bundle["tabellen"]["inbreng"][0]["tekst"] = text
    for ascii_only in (False, True):
        path = tmp_path / "bundel.json"
        path.write_text(json.dumps(bundle, ensure_ascii=ascii_only), encoding="utf-8")
        assert read_bundle(path)["tabellen"]["inbreng"][0]["tekst"] == text
