"""A bundle with content ids this praatplaat does not know never makes the GUI raise.

Such a bundle used to pass the import; reopening its bijeenkomst then showed error
dialogs and closed the app at every start. Now the import refuses it with the row and
field named, and the open window keeps working on the data it had.
"""

from __future__ import annotations

import json

from app.content import default_pack
from app.exchange.bundle import build_bundle
from app.store import Store
from app.system.demo import load_demo
from widgets.dialogs import exchange as exchange_dialogs
from widgets.main_window import MainWindow


def test_gui_import_of_unknown_kompaswaarde_is_refused_and_the_window_keeps_working(
    qtbot, tmp_path
):
    with Store.open(tmp_path / "bron.sqlite") as source:
        load_demo(source)
        bundle = build_bundle(source, with_labels=True)
    afspraak = bundle["tabellen"]["afspraak"][0]
    afspraak["waarde_id"] = "geluk"
    afspraak["bijgewerkt"] = "2026-12-01T00:00:00+00:00"
    path = tmp_path / "vreemd.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    db = tmp_path / "doel.sqlite"
    with Store.open(db) as store:
        load_demo(store)
    warned: list[str] = []
    with Store.open(db) as store:
        window = MainWindow(store, default_pack(), backup_dir=tmp_path / "backups")
        qtbot.addWidget(window)
        window.show()
        before = [a.waarde_id for b in store.bijeenkomsten() for a in store.afspraken(b.id)]
        changed = exchange_dialogs.run_import(
            store,
            tmp_path / "backups",
            window,
            ask_path=lambda *a: str(path),
            warn=lambda parent, title, text: warned.append(text),
        )
        assert not changed
        assert len(warned) == 1
        assert "tabellen.afspraak[0].waarde_id" in warned[0] and "geluk" in warned[0]
        assert "onbekende kompaswaarde" in warned[0]
        # Opening the bijeenkomst of that afspraak shows its agreements as they were.
        window.open_bijeenkomst(afspraak["bijeenkomst_id"])
        after = [a.waarde_id for b in store.bijeenkomsten() for a in store.afspraken(b.id)]
        assert after == before and "geluk" not in after
        window.close()
    assert not list((tmp_path / "backups").glob("*voor-import*"))  # checked before backup
