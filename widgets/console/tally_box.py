"""The "Handen tellen" box of the Bespreken page: a spin box per option and a field for
an own option. Every change goes straight to the meeting state (and so to the store)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.meeting.adapter import MeetingState
from widgets import actions


class TallyBox(QGroupBox):
    """The hand counts of the current question (of the chosen tafel, where there are tafels)."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(f"Handen tellen ({actions.TALLY.shown})", parent)
        self.state = state
        self.row = QHBoxLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        self.option_input = QLineEdit()

    def focus_first(self) -> None:
        spins = list(self.spins.values())
        if spins:
            spins[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
            spins[0].selectAll()  # the number typed replaces the count

    def fill(self) -> None:
        counts = self.state.tally_options()
        options = list(counts)
        if options == list(self.spins):
            # Same options: update the numbers in place, so a spin box being typed in
            # keeps its focus.
            for option, spin in self.spins.items():
                if spin.value() != counts[option]:
                    spin.blockSignals(True)
                    spin.setValue(counts[option])
                    spin.blockSignals(False)
            return
        while self.row.count():
            taken = self.row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins = {}
        for option in options:
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(counts[option])
            spin.setAccessibleName(f"Aantal handen: {option}")
            spin.valueChanged.connect(lambda value, o=option: self.state.set_stemming(o, value))
            self.spins[option] = spin
            label = QLabel(f"{option.capitalize()}:")
            label.setBuddy(spin)
            self.row.addWidget(label)
            self.row.addWidget(spin)
            self.row.addSpacing(12)
        self.option_input = QLineEdit()
        self.option_input.setPlaceholderText("Eigen optie + Enter")
        self.option_input.setAccessibleName("Nieuwe optie voor handen tellen")
        self.option_input.returnPressed.connect(self._add_option)
        self.row.addWidget(self.option_input, 1)

    def _add_option(self) -> None:
        option = self.option_input.text().strip()
        if option:
            self.state.set_stemming(option, 0)
            spin = self.spins.get(option)
            if spin is not None:
                spin.setFocus()
