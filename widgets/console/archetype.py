"""Choose the archetype: the three descriptions side by side."""

from __future__ import annotations

import functools
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.meeting.adapter import MeetingState
from widgets.common.when_shown import WhenShown


class ArchetypePage(QWidget):
    """Three columns, one per archetype; Alt+1/2/3 or the radio buttons choose."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.texts: dict[str, QLabel] = {}
        row = QHBoxLayout()
        for archetype in state.pack.archetypen:
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            # "&&": a literal ampersand, so Alt+1/2/3 stay the only mnemonics
            button = QRadioButton(f"&{archetype.nummer}. {archetype.titel.replace('&', '&&')}")
            button.setAccessibleName(archetype.titel)
            self.group.addButton(button)
            self.buttons[archetype.id] = button
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.texts[archetype.id] = text
            box_layout.addWidget(button)
            box_layout.addWidget(text, 1)
            row.addWidget(box, 1)
            button.toggled.connect(functools.partial(self._on_toggled, archetype.id))
        inner = QWidget()
        inner.setLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName("Archetypen")  # it takes focus, so it needs a name
        intro = QLabel(
            "Hoeveel zeggenschap wil de groep? Kies wat het best past; per thema kan het "
            "anders (bij Rolverdeling). Bij meer zeggenschap horen meer vragen en stevigere "
            "afspraken. Let op: dit is een voorstel. De keuze, de rolverdeling en de afspraken "
            "gaan naar de gemeenteraad; de raad besluit over het overdragen van taken."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        state.archetype_changed.connect(self._show)
        # The rich-text columns are laid out when the page is shown, not at every open.
        later = WhenShown(self)
        state.bijeenkomst_changed.connect(lambda _b: later.run("texts", self._fill_texts))

    def _fill_texts(self) -> None:
        for archetype in self.state.pack.archetypen:
            t = self.state.text
            points = "".join(f"<li>{escape(t(p))}</li>" for p in archetype.vraagt)
            self.texts[archetype.id].setText(
                f"<p><b>{escape(t(archetype.kort))}</b></p><p>{escape(t(archetype.beschrijving))}</p>"
                f"<p>Dit vraagt:</p><ul>{points}</ul>"
            )

    def _show(self, archetype_id: str | None) -> None:
        self.group.setExclusive(False)
        for a_id, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(a_id == archetype_id)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def _on_toggled(self, archetype_id: str, on: bool) -> None:
        if on:
            self._choose(archetype_id)

    def _choose(self, archetype_id: str) -> None:
        b = self.state.bijeenkomst
        if b is not None and b.archetype != archetype_id:
            self.state.set_archetype(archetype_id)
