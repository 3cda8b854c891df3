"""The plenaire terugkoppeling on the projector: the current question, one column per tafel
with what it said, and the hand counts of all tafels together. It lays out what
app.meeting.room_view.plenair_view decided the room may see, and nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.meeting.room_view import PlenairRoom

if TYPE_CHECKING:
    from widgets.projector.window import Bars

# Up to this many tafels side by side; more go on a second row.
COLUMNS = 4


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class PlenairScreen(QWidget):
    """Heading, question, a column per tafel and the summed tally (`bars`, given by the
    projector window so both screens draw counts the same way)."""

    def __init__(self, bars: Bars, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plenair")
        self.heading = _label("small", wrap=False)
        self.question = _label("title")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(36)
        self.grid.setVerticalSpacing(18)
        self.bars = bars
        self.bars_title = _label("small", wrap=False)
        self.bars_title.setText("Handen opgestoken, alle tafels samen")
        self.columns: list[tuple[QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addSpacing(12)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.bars_title)
        layout.addWidget(self.bars)

    def show_view(self, view: PlenairRoom) -> None:
        self.heading.setText(view.heading)
        self.question.setText(view.question)
        while len(self.columns) < len(view.tafels):
            kop, items = _label("tafelkop"), _label("body")
            column = QFrame()
            column.setObjectName("tafelkolom")
            # Equal columns; a long item wraps inside its column instead of widening it.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            inner = QVBoxLayout(column)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(kop)
            inner.addWidget(items, 1)
            index = len(self.columns)
            self.grid.addWidget(column, index // COLUMNS, index % COLUMNS)
            self.grid.setColumnStretch(index % COLUMNS, 1)
            self.columns.append((kop, items))
        for index, (kop, items) in enumerate(self.columns):
            shown = index < len(view.tafels)
            parent = kop.parentWidget()
            if parent is not None:
                parent.setVisible(shown)
            if shown:
                title, lines = view.tafels[index]
                kop.setText(title)
                items.setText("\n".join(lines))
        self.bars.set_rows(list(view.tallies))
        self.bars.setVisible(bool(view.tallies))
        self.bars_title.setVisible(bool(view.tallies))
