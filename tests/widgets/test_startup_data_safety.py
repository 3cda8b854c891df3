"""Start-up data safety: the offer to restore a backup, the start-up backup, crash reports."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

from app.errors import NotADatabase
from app.store import Store
from app.store.backup import list_backups, make_backup
from app.system import crashlog
from app.system.paths import resolve
from tests.conftest import sha256
from widgets import gui
from widgets.dialogs.restore import ReportDialog, RestoreDialog, StartupProblemDialog


def _where(tmp_path):
    return resolve(tmp_path / "wijkpraat.sqlite", str(tmp_path / "data"))


def test_refused_file_offers_the_newest_good_backup_and_restores_it(qtbot, tmp_path, monkeypatch):
    where = _where(tmp_path)
    with Store.open(where.db) as store:
        store.add_gebied("Oosterpark", "wijk")
    good = make_backup(where.db, where.backup_dir, "afgesloten")
    where.db.write_bytes(os.urandom(8192))
    for suffix in ("-wal", "-shm"):
        where.db.with_name(where.db.name + suffix).unlink(missing_ok=True)
    before = sha256(where.db)
    asked = []

    def choose_restore(message, backup, parent=None):
        asked.append((message, backup))
        return True

    monkeypatch.setattr(StartupProblemDialog, "ask", choose_restore)
    try:
        Store.open(where.db)
    except NotADatabase as exc:
        store = gui.open_with_recovery(where, exc)
    ((message, offered),) = asked
    assert "geen Wijkpraat-database" in message and offered.path == good
    assert [g.naam for g in store.gebieden()] == ["Oosterpark"]
    store.close()
    aside = list((where.backup_dir / "apart").iterdir())
    assert [sha256(p) for p in aside] == [before]  # the bad file, byte for byte


def test_stopping_leaves_the_refused_file_untouched(qtbot, tmp_path, monkeypatch):
    where = _where(tmp_path)
    where.db.write_bytes(b"x" * 5000)
    before = sha256(where.db)
    monkeypatch.setattr(StartupProblemDialog, "ask", lambda message, backup, parent=None: False)
    assert gui.open_with_recovery(where, NotADatabase("kapot")) is None
    assert sha256(where.db) == before


def test_startup_problem_dialog_has_the_restore_button_only_with_a_backup(qtbot, tmp_path):
    where = _where(tmp_path)
    with Store.open(where.db):
        pass
    backup = list_backups(where.backup_dir)
    assert backup == []
    without = StartupProblemDialog("Het bestand is beschadigd.", None)
    qtbot.addWidget(without)
    assert without.restore_button is None
    make_backup(where.db, where.backup_dir, "start")
    offered = list_backups(where.backup_dir)[0]
    box = StartupProblemDialog("Het bestand is beschadigd.", offered)
    qtbot.addWidget(box)
    assert box.restore_button.text() == "Reservekopie terugzetten"
    assert offered.label.split(" — ")[0] in box.text()


def test_a_backup_is_made_at_start_up(qtbot, tmp_path):
    where = _where(tmp_path)
    with Store.open(where.db) as store:
        gui.startup_backup(store, where)
    (made,) = list_backups(where.backup_dir)
    assert made.reason == "start"


def test_restore_dialog_lists_backups_newest_first(qtbot, tmp_path):
    where = _where(tmp_path)
    with Store.open(where.db):
        pass
    older = make_backup(where.db, where.backup_dir, "start")
    newer = make_backup(where.db, where.backup_dir, "afgesloten")
    damaged = make_backup(where.db, where.backup_dir, "handmatig")
    damaged.write_bytes(b"kapot")
    dialog = RestoreDialog(where.backup_dir)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "beschadigd" in texts[0] and "bijeenkomst afgesloten" in texts[1]
    assert dialog.chosen().path == newer  # the newest good one is chosen
    assert [dialog.list.item(i).data(0x0100).path for i in range(3)] == [damaged, newer, older]


def test_crash_log_is_offered_once_then_rotated(qtbot, tmp_path, monkeypatch):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / crashlog.CRASH_FILE).write_text("Fatal Python error: Segmentation fault\n")
    report = crashlog.take_previous_crash(logs)
    assert "Segmentation fault" in report
    assert crashlog.take_previous_crash(logs) is None  # offered once
    assert len(list(logs.glob("crash-*.log"))) == 1
    shown = []
    monkeypatch.setattr(ReportDialog, "show_report", lambda *a, **k: shown.append(a))
    gui.offer_crash_log(report)
    assert "vorige keer" in shown[0][0] and shown[0][2] == report


def test_report_dialog_copies_the_report(qtbot):
    dialog = ReportDialog("Fout", "Kopieer dit.", "Traceback: boem")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: boem"


def test_excepthook_shows_a_copyable_report_for_a_bug(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(ReportDialog, "show_report", lambda *a, **k: shown.append(a))
    try:
        raise ValueError("een bug")
    except ValueError as exc:
        gui._excepthook(ValueError, exc, exc.__traceback__)
    title, _, report = shown[0][:3]
    assert "Er ging iets mis" in title and "Wijkpraat 0" in report and "een bug" in report


def test_excepthook_shows_a_known_problem_as_its_dutch_message(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.errors import DatabaseLocked

    warned, reports = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(ReportDialog, "show_report", lambda *a, **k: reports.append(a))
    error = DatabaseLocked("De database is bezet. Probeer het opnieuw.")
    gui._excepthook(DatabaseLocked, error, None)
    assert warned == ["De database is bezet. Probeer het opnieuw."] and reports == []
