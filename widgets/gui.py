"""GUI bootstrap in named stages: logging, excepthook, database, QApplication, window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.content import default_pack
from app.errors import WijkpraatError
from app.logs import setup_logging
from app.paths import APP_NAME, Paths
from app.store import Store

log = logging.getLogger(__name__)


def run_gui(where: Paths, *, quit_after_show: bool = False) -> int:
    """Start the app; returns the process exit code."""
    sys.excepthook = _excepthook
    try:
        pack = default_pack()
        store = Store.open(where.db)
    except WijkpraatError as exc:
        setup_logging(where.log_dir)
        log.warning("start-up refused: %s", exc.message)
        if quit_after_show:
            print(f"wijkpraat: {exc.message}", file=sys.stderr)
        else:
            _application()
            QMessageBox.critical(None, "Wijkpraat kan niet starten", exc.message)
        return 1

    app = _application()
    from widgets.main_window import MainWindow  # after QApplication: it builds widgets

    window = MainWindow(store, pack)
    window.show()
    # Logging waits for the first event-loop turn: the window matters more at start-up.
    QTimer.singleShot(0, lambda: setup_logging(where.log_dir))
    if quit_after_show:
        # Runs once the event loop has processed the show: the window is on screen.
        QTimer.singleShot(0, lambda: (print("wijkpraat: venster getoond", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        store.close()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("wijkpraat")
    _load_qt_translation(app)
    return app


def _load_qt_translation(app: QApplication) -> None:
    """Standard buttons (OK, Annuleren) in Dutch."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
        app.installTranslator(translator)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log a bug and show a copyable report; the data is already saved."""
    report = "".join(traceback.format_exception(kind, value, tb))
    log.error("unhandled exception\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Er ging iets mis in Wijkpraat")
    box.setText(
        "Er ging iets mis in Wijkpraat. Alles wat al was ingevoerd is opgeslagen.\n"
        "Kopieer het verslag hieronder en stuur het naar de beheerder."
    )
    box.setDetailedText(report)
    box.exec()
