"""Export, import, anonymise and restore from the app, driven without modal loops."""

from __future__ import annotations

import json

from app.exchange.privacy import bewaartermijn, set_bewaartermijn
from app.store import Store
from app.store.backup import list_backups, make_backup
from widgets.dialogs.exchange import (
    AnonymiseChoice,
    AnonymiseDialog,
    ExportChoice,
    ExportDialog,
    offer_bewaartermijn,
    run_anonymise,
    run_export,
    run_import,
)
from widgets.dialogs.restore import run_restore


def _labels(store):
    return sorted(d.label for b in store.bijeenkomsten() for d in store.deelnemers(b.id))


def test_export_dialog_offers_names_only_for_the_bundle(qtbot, demo_store):
    dialog = ExportDialog(demo_store.gebieden())
    qtbot.addWidget(dialog)
    assert dialog.gebied.itemText(0) == "Alle gebieden"
    assert dialog.choice() == ExportChoice("bundel", "all", False)
    dialog.labels.setChecked(True)
    assert dialog.choice().with_labels
    dialog.soort.setCurrentIndex(dialog.soort.findData("afspraken"))
    assert not dialog.labels.isEnabled() and not dialog.choice().with_labels


def test_export_then_import_on_another_laptop(qtbot, demo_store, tmp_path):
    out = tmp_path / "rivierenbuurt.json"
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    said = []
    written = run_export(
        demo_store,
        ask=lambda gebieden, parent: ExportChoice("bundel", riv.id, False),
        ask_path=lambda *a: str(out),
        inform=lambda parent, title, text: said.append(text),
    )
    assert written == out and "1 gebied en 3 bijeenkomsten" in said[0]
    assert "Anja" not in out.read_text(encoding="utf-8")
    with Store.open(tmp_path / "andere.sqlite") as other:
        changed = run_import(
            other,
            tmp_path / "backups",
            ask_path=lambda *a: str(out),
            inform=lambda parent, title, text: said.append(text),
        )
        assert changed and [g.naam for g in other.gebieden()] == ["Rivierenbuurt"]
        assert not run_import(
            other, tmp_path / "backups", ask_path=lambda *a: str(out), inform=lambda *a: None
        )
    # The first import went into an empty database: nothing to back up; the second did.
    assert [b.reason for b in list_backups(tmp_path / "backups")] == ["voor-import"]


def test_import_of_a_bad_bundle_shows_the_problem(qtbot, store, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps({"formaat": "wijkpraat-bundel", "versie": 1}), encoding="utf-8")
    warned = []
    assert not run_import(
        store,
        tmp_path / "backups",
        ask_path=lambda *a: str(bad),
        warn=lambda parent, title, text: warned.append(text),
    )
    assert "mist het veld" in warned[0] and "niets ingelezen" in warned[0]


def test_csv_export_from_the_app(qtbot, demo_store, tmp_path):
    out = tmp_path / "afspraken.csv"
    run_export(
        demo_store,
        ask=lambda gebieden, parent: ExportChoice("afspraken", "all", False),
        ask_path=lambda *a: str(out),
        inform=lambda *a: None,
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbfGebied;Bijeenkomst;Datum")


def test_anonymise_gebied_and_bewaartermijn(qtbot, demo_store):
    dialog = AnonymiseDialog(demo_store.gebieden(), 365)
    qtbot.addWidget(dialog)
    assert dialog.choice() == AnonymiseChoice(None, 365)
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    replaced = run_anonymise(
        demo_store,
        ask=lambda gebieden, termijn, parent: AnonymiseChoice(riv.id, 90),
        confirm=lambda *a: True,
        inform=lambda *a: None,
    )
    assert replaced == 2 and _labels(demo_store) == [f"Stoel {n}" for n in range(1, 5)]
    assert bewaartermijn(demo_store) == 90


def test_bewaartermijn_offer_at_start_up(qtbot, demo_store):
    assert offer_bewaartermijn(demo_store, confirm=lambda *a: True) == 0  # no termijn set
    set_bewaartermijn(demo_store, 1)
    asked = []
    assert offer_bewaartermijn(demo_store, confirm=lambda *a: asked.append(a[2]) or False) == 0
    assert "Anja" in _labels(demo_store)
    assert offer_bewaartermijn(demo_store, confirm=lambda *a: True) == 2
    assert "1 bijeenkomst van meer dan 1 dag geleden" in asked[0]


def test_restore_from_the_app_reopens_the_store(qtbot, demo_store, db_path, tmp_path):
    folder = tmp_path / "backups"
    make_backup(db_path, folder, "afgesloten")
    demo_store.add_gebied("Na de reservekopie", "wijk")
    said = []
    store = run_restore(
        demo_store,
        folder,
        ask=lambda backup_dir, parent: list_backups(backup_dir)[0],
        inform=lambda parent, title, text: said.append(text),
    )
    try:
        assert "Na de reservekopie" not in {g.naam for g in store.gebieden()}
        assert "bewaard als" in said[0]
        store.add_gebied("Verder werken", "dorp")  # the new store writes
    finally:
        store.close()
