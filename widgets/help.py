"""F1: the help, made from the key registry (`widgets.actions`), so it cannot describe a
key that does nothing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from widgets.actions import ALL, Where

HELP_COLUMNS = (  # three columns: with the keys of the whole meeting, two were too tall
    (Where.OVERZICHT, Where.OVERAL, Where.PROJECTIE),
    (Where.CONSOLE,),
    (Where.INVOERVELD, Where.LIJST),
)


def help_html() -> str:
    """The F1 help: every binding under its heading, in columns to fit a laptop screen."""
    columns = []
    for column in HELP_COLUMNS:
        rows: list[str] = []
        for where in column:
            space = "<br>" if rows else ""
            rows.append(f"<tr><td colspan='2'>{space}<i>{escape(where.value)}</i></td></tr>")
            rows += [
                f"<tr><td><b>{escape(b.shown)}</b></td><td>{escape(b.help)}</td></tr>"
                for b in ALL
                if b.where is where
            ]
        columns.append(f"<table cellspacing='4'>{''.join(rows)}</table>")
    cells = "".join(f"<td valign='top'>{c}</td>" for c in columns)
    return f"<table cellspacing='8'><tr>{cells}</tr></table>"


class HelpDialog(QDialog):
    """F1: the help, wide enough for its three columns to fit a 1366×768 screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sneltoetsen")
        self.label = QLabel(help_html())
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName("Sneltoetsen")
        self.label.setWordWrap(True)  # long rows wrap, so the columns fit a laptop screen
        self.label.setMinimumWidth(1280)
        # A word-wrapped QLabel guesses the height of rich text tables too low and cuts
        # off the last rows: lay the same text out at that width and ask for its height.
        layout_doc = QTextDocument()
        layout_doc.setDefaultFont(self.label.font())
        layout_doc.setHtml(self.label.text())
        layout_doc.setTextWidth(1280)
        self.label.setMinimumHeight(int(layout_doc.size().height()) + 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.label.text()


def show_help(parent: QWidget) -> HelpDialog:
    """Open the help without blocking; returned, so tests can read it."""
    dialog = HelpDialog(parent)
    dialog.open()
    return dialog
