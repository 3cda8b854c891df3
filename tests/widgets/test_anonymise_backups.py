"""Anonymising from the app offers to anonymise the backups made before it too."""

from __future__ import annotations

from app.store.backup import list_backups, make_backup
from widgets.dialogs.exchange import AnonymiseChoice, run_anonymise


def test_anonymise_offers_the_old_backups_and_rebuilds_them(qtbot, demo_store, db_path, tmp_path):
    folder = tmp_path / "backups"
    make_backup(db_path, folder, "start")
    assert b"Anja" in list_backups(folder)[0].path.read_bytes()
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    asked: list[str] = []
    said: list[str] = []
    run_anonymise(
        demo_store,
        ask=lambda gebieden, termijn, parent: AnonymiseChoice(riv.id, None),
        confirm=lambda parent, title, text: asked.append(text) or True,
        inform=lambda parent, title, text: said.append(text),
        backup_dir=folder,
    )
    assert "1 reservekopie van vóór nu heeft de namen nog" in asked[1]
    assert "haalt de namen terug" in asked[1]
    assert said[-1] == "1 reservekopie geanonimiseerd."
    (backup,) = list_backups(folder)
    assert b"Anja" not in backup.path.read_bytes()


def test_declining_keeps_the_backups_as_they_were(qtbot, demo_store, db_path, tmp_path):
    folder = tmp_path / "backups"
    made = make_backup(db_path, folder, "start")
    before = made.read_bytes()
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    run_anonymise(
        demo_store,
        ask=lambda gebieden, termijn, parent: AnonymiseChoice(riv.id, None),
        confirm=lambda parent, title, text: "reservekopie" not in text,
        inform=lambda *a: None,
        backup_dir=folder,
    )
    assert made.read_bytes() == before
