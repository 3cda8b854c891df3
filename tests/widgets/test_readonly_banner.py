"""A database opened read-only says so in the window, for as long as it is open."""

from __future__ import annotations

from app.content import default_pack
from app.store import Store
from widgets.main_window import MainWindow


def test_read_only_database_shows_a_lasting_notice(qtbot, demo_store, db_path):
    demo_store.close()
    store = Store.open_readonly(db_path)
    window = MainWindow(store, default_pack())
    qtbot.addWidget(window)
    window.show()
    label = window.unsaved.label
    assert label.isVisible() and "Alleen-lezen geopend" in label.text()
    window.statusBar().showMessage("Iets anders", 1000)  # other messages come and go
    assert label.isVisible()
    window.close()
    store.close()


def test_a_writable_database_shows_no_notice(qtbot, demo_store):
    window = MainWindow(demo_store, default_pack())
    qtbot.addWidget(window)
    window.show()
    assert not window.unsaved.label.isVisible()
