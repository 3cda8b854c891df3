"""The speaking round panel: the circle, whose turn it is, and the round summary."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from app.meeting.speaking_round import RoundStatus, RoundSummary
from app.meeting.timer import mmss


class SpeakingRoundPanel(QWidget):
    """Add people by first name or seat number; N = next, P = pass (buttons' mnemonics)."""

    def showEvent(self, event: QShowEvent) -> None:
        """F7: the cursor goes to the name field, to add the first people straight away."""
        super().showEvent(event)
        self.label_input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.label_input = QLineEdit()
        self.label_input.setPlaceholderText("Voornaam of stoelnummer + Enter")
        self.label_input.setAccessibleName("Deelnemer toevoegen")
        self.people = QListWidget()
        self.people.setAccessibleName("Deelnemers in de kring")
        self.limit = QSpinBox()
        self.limit.setRange(0, 600)
        self.limit.setSingleStep(30)
        self.limit.setSuffix(" s")
        self.limit.setSpecialValueText("geen limiet")
        self.limit.setAccessibleName("Spreektijd per beurt")
        self.start_button = QPushButton("&Start ronde")
        self.next_button = QPushButton("&Volgende")
        self.pass_button = QPushButton("&Past")
        self.give_button = QPushButton("Beurt aan &gekozen persoon")
        self.stop_button = QPushButton("Ronde s&toppen")
        for b in (
            self.start_button,
            self.next_button,
            self.pass_button,
            self.give_button,
            self.stop_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
        self.current = QLabel()
        self.current.setObjectName("roundCurrent")
        font = self.current.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.current.setFont(font)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Fixed room for the changing texts, so the buttons never jump between clicks.
        line = self.fontMetrics().height()
        self.current.setFixedHeight(int(self.current.fontMetrics().height() * 2.4))
        self.current.setWordWrap(True)
        self.waiting.setFixedHeight(line * 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        add_row = QHBoxLayout()
        add_row.addWidget(self.label_input, 1)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel("Per beurt:"))
        limit_row.addWidget(self.limit)
        buttons = QHBoxLayout()
        for b in (self.start_button, self.next_button, self.pass_button):
            buttons.addWidget(b)
        buttons2 = QHBoxLayout()
        buttons2.addWidget(self.give_button)
        buttons2.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.people, 1)
        layout.addLayout(limit_row)
        layout.addLayout(buttons)
        layout.addLayout(buttons2)
        layout.addWidget(self.current)
        layout.addWidget(self.waiting)
        layout.addWidget(self.summary)

        self.label_input.returnPressed.connect(self._add)
        self.start_button.clicked.connect(lambda: state.start_round(self.limit.value() or None))
        self.next_button.clicked.connect(lambda: state.next_speaker())
        self.pass_button.clicked.connect(state.pass_turn)
        self.give_button.clicked.connect(self._give)
        self.stop_button.clicked.connect(state.stop_round)
        self.people.itemActivated.connect(lambda _i: self._give())
        state.bijeenkomst_changed.connect(lambda _b: self.load())
        state.data_changed.connect(self._on_data_changed)
        state.round_changed.connect(self.show_status)
        state.round_finished.connect(self.show_summary)
        self.load()

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.DEELNEMER:
            self.load()

    def load(self) -> None:
        self.people.clear()
        for d in self.state.deelnemers():
            item = QListWidgetItem(d.label)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.people.addItem(item)
        self.summary.clear()
        self.show_status(self.state.round.status() if self.state.round else None)

    def _add(self) -> None:
        if self.state.bijeenkomst is None:
            return
        if self.state.add_deelnemer(self.label_input.text()) is not None:
            self.label_input.clear()

    def _give(self) -> None:
        item = self.people.currentItem()
        if item is not None and self.state.round is not None:
            self.state.next_speaker(item.data(Qt.ItemDataRole.UserRole))

    def show_status(self, status: RoundStatus | None) -> None:
        running = status is not None
        for b in (self.next_button, self.pass_button, self.give_button, self.stop_button):
            b.setEnabled(running)
        open_meeting = self.state.bijeenkomst is not None
        self.start_button.setEnabled(not running and open_meeting)
        self.label_input.setEnabled(open_meeting)
        if status is None:
            self.current.setText("Geen ronde bezig")
            self.waiting.setText("")
            return
        if status.current_label is None:
            self.current.setText("Iedereen is aan de beurt geweest")
        else:
            limit = f" / {mmss(status.limit_s)}" if status.limit_s else ""
            over = "  — tijd is om" if status.turn_over else ""
            self.current.setText(
                f"{status.current_label}: {mmss(status.turn_elapsed_s)}{limit}{over}"
            )
        names = ", ".join(status.not_spoken_labels) or "niemand"
        self.waiting.setText(f"Nog niet aan het woord geweest ({status.not_spoken_count}): {names}")

    def show_summary(self, summary: RoundSummary) -> None:
        rows = "".join(
            f"<tr><td>{escape(p.label)}</td><td align='right'>{p.turns}</td>"
            f"<td align='right'>{mmss(p.seconds)}</td><td align='right'>{p.passes or ''}</td></tr>"
            for p in summary.people
        )
        not_spoken = ", ".join(escape(x) for x in summary.not_spoken) or "niemand"
        top3 = (
            f"De drie langste sprekers hadden {summary.top3_share:.0%} van de spreektijd.<br>"
            if summary.top3_meaningful
            else ""
        )
        self.summary.setText(
            "<b>Samenvatting van de ronde</b>"
            "<table cellspacing='4'><tr><th align='left'>Wie</th><th>Beurten</th>"
            "<th>Tijd</th><th>Gepast</th></tr>"
            f"{rows}</table>"
            f"<p>{top3}Nog niet aan het woord geweest: {not_spoken}</p>"
        )
