"""GUI bootstrap in named stages (after the CLI has set up logging): excepthook, database,
QApplication, window.

Data safety at start-up: a hard crash of the last run is offered as a copyable report; a
database that cannot be opened gets its Dutch message and, where it helps, the newest good
backup ("Reservekopie terugzetten"); once the window is shown, a backup is made.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app.content import default_pack
from app.errors import CorruptDatabase, StoreError, WijkpraatError
from app.store import Store
from app.system.crashlog import enable_faulthandler, format_report, take_previous_crash
from app.system.paths import APP_NAME, Paths

log = logging.getLogger(__name__)


def run_gui(where: Paths, *, quit_after_show: bool = False) -> int:
    """Start the app; returns the process exit code."""
    sys.excepthook = _excepthook
    previous_crash = take_previous_crash(where.log_dir)
    enable_faulthandler(where.log_dir)
    pack = default_pack()
    try:
        store = _open(where.db)
    except WijkpraatError as exc:
        log.warning("start-up refused: %s", exc.message)
        if quit_after_show:
            print(f"wijkpraat: {exc.message}", file=sys.stderr)
            return 1
        _application()
        recovered = open_with_recovery(where, exc)
        if recovered is None:
            return 1
        store = recovered

    app = _application()
    from widgets.main_window import MainWindow  # after QApplication: it builds widgets

    window = MainWindow(store, pack, backup_dir=where.backup_dir)
    show_main_window(window)
    if quit_after_show:
        # Once the window has painted itself it is on screen. What follows the window
        # (logging, the backup) comes after the line the start-up benchmark waits for, as
        # it comes after the first paint for a user.

        def shown() -> None:
            print("wijkpraat: venster getoond", flush=True)
            startup_backup(store, where)
            app.quit()

        after_first_paint(window, shown)
    else:
        QTimer.singleShot(0, lambda: startup_backup(store, where))
        if previous_crash:
            QTimer.singleShot(0, lambda: offer_crash_log(previous_crash))
        QTimer.singleShot(0, lambda: _offer_bewaartermijn(store, window))
    try:
        return app.exec()
    finally:
        store.close()


LAPTOP_WIDTH = 1440  # px: up to this the main window opens maximised


def show_main_window(window: QWidget) -> None:
    """Maximised on a laptop screen (a 1280×720 window left a 1366×768 screen's edges
    unused and the console cramped); on a larger screen a normal window."""
    screen = window.screen()
    if screen is not None and screen.availableGeometry().width() <= LAPTOP_WIDTH:
        window.showMaximized()
    else:
        window.show()


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint has finished
        return False


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Call `then` once `window` has painted itself for the first time (smoke tests and
    the start-up benchmark, which measures the bare PySide6 window the same way)."""
    _FirstPaint(window, then)


def open_with_recovery(where: Paths, error: WijkpraatError) -> Store | None:
    """Show why the database cannot be opened; restore the newest good backup if asked.

    The refused file is never changed: a restore copies it aside byte-for-byte first.
    Returns the opened store, or None when the user stops.
    """
    from app.store.backup import BackupError, offer_for, restore_backup
    from widgets.dialogs.restore import StartupProblemDialog

    while True:
        offer = offer_for(error, where.backup_dir) if isinstance(error, StoreError) else None
        if not StartupProblemDialog.ask(error.message, offer) or offer is None:
            return None
        try:
            restore_backup(where.db, offer.path, where.backup_dir)
            return Store.open(where.db)
        except (BackupError, StoreError) as exc:
            log.warning("restore at start-up failed: %s", exc.message)
            error = exc


def _open(db: Path) -> Store:
    """The database, read-only (the window says so) when this user may not change it."""
    writable = os.access(db, os.W_OK) and os.access(db.parent, os.W_OK)
    if db.is_file() and not writable:
        log.warning("database opened read-only: no write permission")
        return Store.open_readonly(db)
    return Store.open(db)


def startup_backup(store: Store, where: Paths) -> None:
    """Housekeeping, then a rotating backup of the database as it was opened; never
    stops the app."""
    from app.store.backup import backup_store
    from app.store.backup_care import clean_stale

    clean_stale(where.backup_dir, where.db)  # what a killed backup or restore left
    try:
        # A big file's full check first (app.store.integrity), then the copy in steps,
        # handling the window's events in between: a large file takes seconds.
        backup_store(store, where.backup_dir, "start", between_steps=_handle_events)
    except CorruptDatabase as exc:
        log.warning("the full check after opening found damage; no backup made")
        warn_damaged(exc.message)
    except WijkpraatError as exc:
        log.warning("start-up backup failed: %s", exc.message)


def warn_damaged(message: str) -> None:
    """Say at once that the file just opened is damaged (tests patch this)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(QApplication.activeWindow(), "Bestand beschadigd", message)


def _handle_events() -> None:
    """Between backup steps the window repaints and takes input; an edit made meanwhile
    goes through the same connection, and SQLite carries it into the copy."""
    QApplication.processEvents()


def _offer_bewaartermijn(store: Store, window: QWidget) -> None:
    from widgets.dialogs.exchange import offer_bewaartermijn

    offer_bewaartermijn(store, window)


def offer_crash_log(report: str) -> None:
    from widgets.dialogs.restore import ReportDialog

    ReportDialog.show_report(
        "Wijkpraat is de vorige keer vastgelopen",
        "Wijkpraat stopte de vorige keer onverwacht. Wat al was ingevoerd, is bewaard. "
        "Kopieer het verslag hieronder en stuur het naar de beheerder.",
        report,
    )


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("wijkpraat")
    from widgets.common.icon import app_icon  # the icon files are read once, here

    app.setWindowIcon(app_icon())
    _load_qt_translation(app)
    return app


def _load_qt_translation(app: QApplication) -> None:
    """Standard buttons (OK, Annuleren) in Dutch."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
        app.installTranslator(translator)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Known problems get their Dutch message; a bug is logged and shown as a copyable report."""
    if isinstance(value, WijkpraatError) and QApplication.instance() is not None:
        log.warning("known problem reached the event loop: %s", value.message)
        from PySide6.QtWidgets import QMessageBox  # lazily, as are all dialogs

        QMessageBox.warning(None, "Wijkpraat", value.message)
        return
    report = format_report(kind, value, tb)
    log.error("unhandled exception\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    from widgets.dialogs.restore import ReportDialog

    ReportDialog.show_report(
        "Er ging iets mis in Wijkpraat",
        "Er ging iets mis in Wijkpraat. Alles wat al was ingevoerd is opgeslagen.\n"
        "Kopieer het verslag hieronder en stuur het naar de beheerder.",
        report,
    )
