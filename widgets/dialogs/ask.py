"""The standard questions and messages the data dialogs use; tests pass their own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget


def save_path(parent: QWidget | None, title: str, name: str, filter_: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, name, filter_)[0]


def open_path(parent: QWidget | None, title: str, name: str, filter_: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, name, filter_)[0]


def inform(parent: QWidget | None, title: str, text: str) -> object:
    return QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> object:
    return QMessageBox.warning(parent, title, text)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Annuleren, wired to accept and reject the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
