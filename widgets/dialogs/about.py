"""The "Over Wijkpraat" dialog: version, content version, where the data is, licence."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.content import ContentPack
from widgets.common.icon import app_icon

LICENCE = "EUPL-1.2"


def about_text(store_path: Path, pack: ContentPack) -> str:
    folder = store_path.parent
    return (
        f"<h3>Wijkpraat {html.escape(__version__)}</h3>"
        "<p>Gesprekken over wijk- en dorpsdemocratie volgens het Gronings model. "
        "Werkt zonder internet.</p>"
        f"<p>Inhoud van de praatplaat: versie {html.escape(pack.version)}</p>"
        f"<p>Gegevens: {html.escape(str(store_path))}<br>"
        f"Map: {html.escape(str(folder))}</p>"
        f"<p>Licentie: {LICENCE} (European Union Public Licence)</p>"
    )


def build_about(parent: QWidget | None, store_path: Path, pack: ContentPack) -> QMessageBox:
    """The dialog, not yet shown; tests and the self-test look at it without exec()."""
    box = QMessageBox(parent)
    box.setWindowTitle("Over Wijkpraat")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(Path(store_path), pack))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_about(parent: QWidget | None, store_path: Path, pack: ContentPack) -> None:
    build_about(parent, store_path, pack).exec()
