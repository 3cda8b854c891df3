"""The kompas: per waarde 'hoe staat het nu' and 'waar willen we heen', and the radar."""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import KOMPAS_TITEL
from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from widgets.common.debounce import Debouncer
from widgets.common.kompas_radar import KompasRadar

NOT_SET = 0  # the spin box's special value: not scored yet


class KompasPage(QWidget):
    """Scores on the left (keyboard: Tab through the spin boxes), the drawing on the right."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loading = False
        grid = QGridLayout()
        heads = ("Waarde", "Hoe staat<br>het nu?", "Waar willen<br>we heen?", "Toelichting")
        for col, head in enumerate(heads):
            grid.addWidget(QLabel(f"<b>{head}</b>"), 0, col)
        self.nu: dict[str, QSpinBox] = {}
        self.doel: dict[str, QSpinBox] = {}
        self.toelichting: dict[str, QLineEdit] = {}
        self._debouncers: dict[str, Debouncer] = {}
        for row, waarde in enumerate(state.pack.kompas, start=1):
            label = QLabel(waarde.titel)
            label.setToolTip(waarde.uitleg)
            grid.addWidget(label, row, 0)
            for kind, store_in in (("nu", self.nu), ("doel", self.doel)):
                spin = QSpinBox()
                spin.setRange(NOT_SET, 5)
                spin.setSpecialValueText("–")
                spin.setMaximumWidth(90)
                spin.installEventFilter(self)  # select the value on focus, so typing replaces it
                spin.setAccessibleName(f"{waarde.titel}: {'nu' if kind == 'nu' else 'doel'}")
                spin.valueChanged.connect(lambda _v, w=waarde.id: self._save(w))
                store_in[waarde.id] = spin
                grid.addWidget(spin, row, 1 if kind == "nu" else 2)
            edit = QLineEdit()
            edit.setMinimumWidth(160)
            edit.setAccessibleName(f"{waarde.titel}: toelichting")
            debouncer = Debouncer(functools.partial(self._save, waarde.id), self)
            edit.textEdited.connect(lambda _t, d=debouncer: d.poke())
            edit.editingFinished.connect(debouncer.flush)
            self._debouncers[waarde.id] = debouncer
            self.toelichting[waarde.id] = edit
            grid.addWidget(edit, row, 3)
        grid.setColumnStretch(3, 1)
        self.radar = KompasRadar(state.text(KOMPAS_TITEL))
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.radar, 3)
        state.bijeenkomst_changed.connect(lambda _b: self.load())
        state.data_changed.connect(self._on_data_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QSpinBox):
            QTimer.singleShot(0, watched.selectAll)
        return super().eventFilter(watched, event)

    def load(self) -> None:
        scores = self.state.kompas_scores()
        self._loading = True
        for waarde in self.state.pack.kompas:
            score = scores.get(waarde.id)
            self.nu[waarde.id].setValue((score.nu if score else None) or NOT_SET)
            self.doel[waarde.id].setValue((score.doel if score else None) or NOT_SET)
            self.toelichting[waarde.id].setText(score.toelichting if score else "")
        self._loading = False
        self.radar.title = self.state.text(KOMPAS_TITEL)
        self._redraw()

    def flush(self) -> None:
        for debouncer in self._debouncers.values():
            debouncer.flush()

    def _save(self, waarde_id: str) -> None:
        if self._loading or self.state.bijeenkomst is None:
            return
        self._debouncers[waarde_id].cancel()
        self.state.set_kompas(
            waarde_id,
            nu=self.nu[waarde_id].value() or None,
            doel=self.doel[waarde_id].value() or None,
            toelichting=self.toelichting[waarde_id].text(),
        )

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.KOMPAS:
            self._redraw()

    def _redraw(self) -> None:
        self.radar.set_points(self.state.radar_points())
