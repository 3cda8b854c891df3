"""The compiled bundle check says "valid" exactly when the schema interpreter finds nothing.

validate_bundle trusts the compiled check for valid bundles and asks the interpreter
(bundle._check) for the message otherwise, so the two must agree on every value.
"""

from __future__ import annotations

import copy
import uuid

import pytest

from app.exchange.bundle import _check, _schema, build_bundle
from app.exchange.fast_check import schema_valid

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
