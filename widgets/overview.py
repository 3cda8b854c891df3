"""The overview the app starts with: gebieden on the left, their bijeenkomsten on the right.

Shows what MainWindow reads from the store and forwards the buttons as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.content import ContentPack, wording
from app.content.labels import STATUS_LABELS, VORM_LABELS, count_label, datum_kort
from app.store.records import Bijeenkomst, Gebied
from widgets.common.models import Column, RecordTableModel


def _stap_label(pack: ContentPack, stap: int) -> str:
    """The Stap column's text; its width is that of the widest of them."""
    return f"{stap}. {pack.stappen[stap - 1].titel}"


class OverviewPage(QSplitter):
    """Gebieden and the bijeenkomsten of the selected one.

    Signals:
        gebied_selected(object): the selected Gebied, or None
        open_requested(): open the selected bijeenkomst (Enter, double-click, button)
        new_gebied_requested(), new_bijeenkomst_requested(): the two buttons
    """

    gebied_selected = Signal(object)
    open_requested = Signal()
    new_gebied_requested = Signal()
    new_bijeenkomst_requested = Signal()

    def __init__(self, pack: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self.gebieden_model: RecordTableModel[Gebied] = RecordTableModel(
            [Column("Gebied", lambda g: f"{g.naam} ({g.soort})")], self
        )
        self.bijeenkomsten_model: RecordTableModel[Bijeenkomst] = RecordTableModel(
            [
                Column("Datum", lambda b: datum_kort(b.datum)),
                Column("Titel", lambda b: b.titel),
                Column("Stap", lambda b: _stap_label(pack, b.stap)),
                Column("Vorm", lambda b: VORM_LABELS.get(b.vorm, b.vorm)),
                Column("Status", lambda b: STATUS_LABELS.get(b.status, b.status)),
            ],
            self,
        )
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.gebieden_view = QListView()
        self.gebieden_view.setModel(self.gebieden_model)
        self.gebieden_view.setAccessibleName("Gebieden")
        self.gebieden_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gebieden_view.setUniformItemSizes(True)  # one line each: sized from one row

        self.bijeenkomsten_view = QTableView()
        self.bijeenkomsten_view.setModel(self.bijeenkomsten_model)
        self.bijeenkomsten_view.setAccessibleName("Bijeenkomsten")
        self.bijeenkomsten_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bijeenkomsten_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bijeenkomsten_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bijeenkomsten_view.setTabKeyNavigation(False)
        self.bijeenkomsten_view.verticalHeader().hide()
        header = self.bijeenkomsten_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

        self.empty_label = QLabel(
            "Nog geen gebieden. Maak er een met <b>Nieuw gebied</b> (Ctrl+G), "
            "of bekijk eerst een voorbeeld: <b>wijkpraat demo</b> maakt er een in een "
            "eigen bestand en zegt hoe u dat opent."
        )
        self.empty_label.setWordWrap(True)
        self.gebied_title = QLabel()
        self.gebied_title.setTextFormat(Qt.TextFormat.PlainText)

        self.new_gebied_button = QPushButton("Nieuw &gebied… (Ctrl+G)")
        self.new_bijeenkomst_button = QPushButton("Nieuwe bij&eenkomst… (Ctrl+N)")
        self.open_button = QPushButton("&Openen (Enter)")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        gebieden_label = QLabel("Gebie&den")
        gebieden_label.setBuddy(self.gebieden_view)
        left_layout.addWidget(gebieden_label)
        left_layout.addWidget(self.gebieden_view)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.new_gebied_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bijeenkomsten_label = QLabel("&Bijeenkomsten")
        bijeenkomsten_label.setBuddy(self.bijeenkomsten_view)
        right_layout.addWidget(bijeenkomsten_label)
        right_layout.addWidget(self.gebied_title)
        right_layout.addWidget(self.bijeenkomsten_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_bijeenkomst_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)

        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(1, 3)

    def _fit_columns(self) -> None:
        """Datum, stap, vorm and status as wide as their widest possible text (the titel
        takes the rest): known from the content pack and the labels, so a gebied of 150
        bijeenkomsten is not measured row by row (19,000 model calls before the first
        paint of an archive) and the columns never jump while scrolling."""
        view, header = self.bijeenkomsten_view, self.bijeenkomsten_view.horizontalHeader()
        metrics = view.fontMetrics()
        margin = 3 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 8
        months = [datum_kort(f"2026-{month:02d}-28") for month in range(1, 13)]
        stappen = [_stap_label(self._pack, s.nummer) for s in self._pack.stappen]
        possible = {0: months, 2: stappen, 3: VORM_LABELS.values(), 4: STATUS_LABELS.values()}
        for column, texts in possible.items():
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, max(widest + margin, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.gebieden_view.selectionModel().selectionChanged.connect(
            lambda _s, _d: self.gebied_selected.emit(self.selected_gebied())
        )
        self.bijeenkomsten_view.activated.connect(lambda _i: self.open_requested.emit())
        self.new_gebied_button.clicked.connect(self.new_gebied_requested)
        self.new_bijeenkomst_button.clicked.connect(self.new_bijeenkomst_requested)
        self.open_button.clicked.connect(self.open_requested)

    def show_gebieden(self, gebieden: list[Gebied], select: str | None = None) -> None:
        """Fill the list, selecting `select` (an id), else what was selected, else the first."""
        current = self.selected_gebied()
        keep = select or (current.id if current else None)
        self.gebieden_model.set_rows(gebieden)
        self.empty_label.setVisible(not gebieden)
        ids = [g.id for g in gebieden]
        if gebieden:
            self.gebieden_view.setCurrentIndex(
                self.gebieden_model.index(ids.index(keep) if keep in ids else 0, 0)
            )

    def show_bijeenkomsten(self, gebied: Gebied | None, rows: list[Bijeenkomst]) -> None:
        if gebied is None:
            self.gebied_title.setText("")
            self.bijeenkomsten_model.set_rows([])
            return
        count = count_label(len(rows), "bijeenkomst", "bijeenkomsten")
        self.gebied_title.setText(f"{count} in {wording('{de_wijk}', gebied.soort)} {gebied.naam}")
        # The same rows again (start-up shows the first gebied twice) keep the model: a
        # reset makes the table size its columns from every row (25 ms for an archive).
        if rows != self.bijeenkomsten_model.rows():
            self.bijeenkomsten_model.set_rows(rows)
        if rows:
            self.bijeenkomsten_view.setCurrentIndex(self.bijeenkomsten_model.index(0, 0))

    def selected_gebied(self) -> Gebied | None:
        index = self.gebieden_view.currentIndex()
        return self.gebieden_model.row_record(index.row()) if index.isValid() else None

    def selected_bijeenkomst(self) -> Bijeenkomst | None:
        index = self.bijeenkomsten_view.currentIndex()
        return self.bijeenkomsten_model.row_record(index.row()) if index.isValid() else None
