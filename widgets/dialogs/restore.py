"""Dialogs about the database file: a start-up problem, choosing a backup, a crash report.

Each dialog has a classmethod `ask()` (or `show_report()`) that tests replace, so no test
needs a real modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import WijkpraatError
from app.store import Store
from app.store.backup import BackupInfo, is_good, list_backups


class StartupProblemDialog(QMessageBox):
    """The database cannot be opened: say why, and offer the newest good backup."""

    def __init__(self, message: str, backup: BackupInfo | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Wijkpraat kan de gegevens niet openen")
        text = message
        if backup is not None:
            text += (
                f"\n\nDe nieuwste goede reservekopie is van {backup.label}. "
                "Het huidige bestand wordt eerst onveranderd apart gezet."
            )
        self.setText(text)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = self.addButton(
                "Reservekopie terugzetten", QMessageBox.ButtonRole.AcceptRole
            )
        self.quit_button = self.addButton("Stoppen", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)

    @classmethod
    def ask(cls, message: str, backup: BackupInfo | None, parent: QWidget | None = None) -> bool:
        """True if the user chose to restore the offered backup."""
        box = cls(message, backup, parent)
        box.exec()
        return box.restore_button is not None and box.clickedButton() is box.restore_button


class RestoreDialog(QDialog):
    """Lists the backups by date, newest first; the user picks one to put back."""

    def __init__(self, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reservekopie terugzetten")
        self.list = QListWidget()
        self.list.setAccessibleName("Reservekopieën")
        for backup in list_backups(backup_dir):
            good = is_good(backup.path)
            item = QListWidgetItem(backup.label + ("" if good else " (beschadigd)"))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            if not good:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        intro = QLabel(
            "Kies de reservekopie die u wilt terugzetten. Wat er nu in Wijkpraat staat, "
            "wordt eerst zelf als reservekopie bewaard."
            if self.list.count()
            else "Er zijn nog geen reservekopieën. Wijkpraat maakt er een bij elke start."
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            "&Terugzetten", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._update_button)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        first_good = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            None,
        )
        if first_good is not None:
            self.list.setCurrentRow(first_good)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, backup_dir: Path, parent: QWidget | None = None) -> BackupInfo | None:
        dialog = cls(backup_dir, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReportDialog(QDialog):
    """A report the user can copy: a crash (excepthook) or last run's crash log."""

    def __init__(self, title: str, intro: str, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Verslag")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("&Kopiëren", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    @classmethod
    def show_report(
        cls, title: str, intro: str, report: str, parent: QWidget | None = None
    ) -> None:
        cls(title, intro, report, parent).exec()


def run_restore(
    store: Store,
    backup_dir: Path,
    parent: QWidget | None = None,
    *,
    ask: Callable[[Path, QWidget | None], BackupInfo | None] = RestoreDialog.ask,
    inform: Callable[[QWidget | None, str, str], object] = QMessageBox.information,
    warn: Callable[[QWidget | None, str, str], object] = QMessageBox.warning,
) -> Store:
    """Choose a backup and put it back; returns the store to use from now on.

    The open store is closed first (a restore refuses a file that is still open), and a
    store on the same path is always returned, also when the restore did not happen.
    """
    from app.store.backup import restore_backup

    chosen = ask(backup_dir, parent)
    if chosen is None:
        return store
    path = store.path
    store.close()
    try:
        result = restore_backup(path, chosen.path, backup_dir)
    except WijkpraatError as exc:
        warn(parent, "Terugzetten is niet gelukt", exc.message)
    else:
        saved = (
            f" Wat er eerst stond, is bewaard als {result.safety_copy.name}."
            if (result.safety_copy)
            else ""
        )
        inform(parent, "Teruggezet", f"De reservekopie van {chosen.label} is teruggezet.{saved}")
    return Store.open(path)
