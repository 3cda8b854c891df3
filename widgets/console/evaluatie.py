"""Stap 3, uitvoeren en evalueren: earlier afspraken with status and reflection, and the
kompas then and now side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import STATUS_AFSPRAAK_LABELS, count_label, datum_kort
from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from app.store.schema import STATUS_AFSPRAAK
from widgets.common.debounce import Debouncer
from widgets.common.kompas_radar import KompasRadar
from widgets.common.when_shown import WhenShown


class EvaluatiePage(QWidget):
    """One row per earlier afspraak of this gebied: status and a reflection, saved as you go."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            ["Afspraak", "Van", "Status", "Wat ging er goed of mis?"]
        )
        self.table.setAccessibleName("Eerdere afspraken")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.earlier_radar = KompasRadar("Eerder")
        self.now_radar = KompasRadar("Nu")
        radars = QHBoxLayout()
        radars.addWidget(self.earlier_radar)
        radars.addWidget(self.now_radar)
        radar_box = QWidget()
        radar_box.setLayout(radars)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(radar_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self._debouncers: list[Debouncer] = []
        # Off screen the table loads when shown: in an archive a gebied has hundreds of
        # earlier afspraken, a row of four widgets each (170 ms at every opening).
        self._later = WhenShown(self)
        state.bijeenkomst_changed.connect(lambda _b: self._on_bijeenkomst())
        state.data_changed.connect(self._on_data_changed)

    def _on_bijeenkomst(self) -> None:
        self.flush()  # what was typed belongs to the bijeenkomst that was open
        self._later.run("load", self.load)

    def load(self) -> None:
        for d in self._debouncers:
            d.flush()
        self._debouncers = []
        earlier = self.state.earlier_afspraken()
        evaluaties = self.state.evaluaties()
        dates = self.state.earlier_dates()
        self.intro.setText(
            self.state.text(
                f"{count_label(len(earlier), 'afspraak', 'afspraken')} uit eerdere "
                "bijeenkomsten van {deze_wijk}. Kies per afspraak de status en schrijf op wat "
                "jullie ervan leren."
                if earlier
                else "Er zijn nog geen afspraken uit eerdere bijeenkomsten van {deze_wijk}."
            )
        )
        self.table.setRowCount(len(earlier))
        for row, afspraak in enumerate(earlier):
            evaluatie = evaluaties.get(afspraak.id)
            wat = QLabel(afspraak.wat)
            wat.setWordWrap(True)
            wat.setTextFormat(Qt.TextFormat.PlainText)
            self.table.setCellWidget(row, 0, wat)
            self.table.setCellWidget(
                row, 1, QLabel(datum_kort(dates.get(afspraak.bijeenkomst_id, "")))
            )
            status = QComboBox()
            for s in STATUS_AFSPRAAK:
                status.addItem(STATUS_AFSPRAAK_LABELS[s], s)
            status.setCurrentIndex(
                STATUS_AFSPRAAK.index(evaluatie.status if evaluatie else afspraak.status)
            )
            status.setAccessibleName(f"Status van: {afspraak.wat}")
            reflectie = QLineEdit(evaluatie.reflectie if evaluatie else "")
            reflectie.setAccessibleName(f"Reflectie op: {afspraak.wat}")

            def save(
                a_id: str = afspraak.id, s: QComboBox = status, r: QLineEdit = reflectie
            ) -> None:
                self.state.set_evaluatie(a_id, s.currentData(), r.text())

            debouncer = Debouncer(save, self)
            self._debouncers.append(debouncer)
            status.currentIndexChanged.connect(lambda _i, f=save: f())
            reflectie.textEdited.connect(lambda _t, d=debouncer: d.poke())
            reflectie.editingFinished.connect(debouncer.flush)
            self.table.setCellWidget(row, 2, status)
            self.table.setCellWidget(row, 3, reflectie)
        self.table.resizeRowsToContents()
        self.draw_kompas()

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.KOMPAS and not self._later.waiting("load"):
            self.draw_kompas()

    def draw_kompas(self) -> None:
        b = self.state.bijeenkomst
        if b is None:
            return
        baseline = self.state.kompas_baseline()
        if baseline is not None:
            self.earlier_radar.set_points(
                self.state.radar_points(baseline.id), f"Eerder: {datum_kort(baseline.datum)}"
            )
        else:
            self.earlier_radar.set_points([], "Eerder: nog geen kompas")
        self.now_radar.set_points(self.state.radar_points(), f"Nu: {datum_kort(b.datum)}")

    def flush(self) -> None:
        for d in self._debouncers:
            d.flush()
