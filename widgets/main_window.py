"""The main window: gebieden on the left, their bijeenkomsten on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.content import ContentPack
from app.formatting import STATUS_LABELS, VORM_LABELS, datum_kort
from app.records import Bijeenkomst, Gebied
from app.store import Store
from widgets.models import Column, RecordTableModel

SOORT_LABELS = {"wijk": "wijk", "dorp": "dorp"}


class MainWindow(QMainWindow):
    """Lists the gebieden (wijken and dorpen) of the store and their bijeenkomsten."""

    def __init__(self, store: Store, pack: ContentPack) -> None:
        super().__init__()
        self.store = store
        self.pack = pack
        self.setWindowTitle(f"Wijkpraat — {store.path.name}")
        self.resize(1100, 680)

        self.gebieden_model: RecordTableModel[Gebied] = RecordTableModel(
            [Column("Gebied", lambda g: f"{g.naam} ({SOORT_LABELS[g.soort]})")], self
        )
        self.bijeenkomsten_model: RecordTableModel[Bijeenkomst] = RecordTableModel(
            [
                Column("Datum", lambda b: datum_kort(b.datum)),
                Column("Titel", lambda b: b.titel),
                Column("Stap", lambda b: f"{b.stap}. {pack.stappen[b.stap - 1].titel}"),
                Column("Vorm", lambda b: VORM_LABELS.get(b.vorm, b.vorm)),
                Column("Status", lambda b: STATUS_LABELS.get(b.status, b.status)),
            ],
            self,
        )
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        self.gebieden_view = QListView()
        self.gebieden_view.setModel(self.gebieden_model)
        self.gebieden_view.setAccessibleName("Gebieden")
        self.gebieden_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.bijeenkomsten_view = QTableView()
        self.bijeenkomsten_view.setModel(self.bijeenkomsten_model)
        self.bijeenkomsten_view.setAccessibleName("Bijeenkomsten")
        self.bijeenkomsten_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bijeenkomsten_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bijeenkomsten_view.verticalHeader().hide()
        header = self.bijeenkomsten_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel(
            "Nog geen gebieden. Probeer de voorbeeldgegevens met "
            "<b>wijkpraat demo</b>, of maak straks een gebied aan."
        )
        self.empty_label.setWordWrap(True)
        self.gebied_title = QLabel()
        self.gebied_title.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        gebieden_label = QLabel("&Gebieden")
        gebieden_label.setBuddy(self.gebieden_view)
        left_layout.addWidget(gebieden_label)
        left_layout.addWidget(self.gebieden_view)
        left_layout.addWidget(self.empty_label)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bijeenkomsten_label = QLabel("&Bijeenkomsten")
        bijeenkomsten_label.setBuddy(self.bijeenkomsten_view)
        right_layout.addWidget(bijeenkomsten_label)
        right_layout.addWidget(self.gebied_title)
        right_layout.addWidget(self.bijeenkomsten_view)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)

        file_menu = self.menuBar().addMenu("&Bestand")
        quit_action = QAction("&Afsluiten", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        self.shortcuts_action = QAction("&Sneltoetsen", self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about_action = QAction("&Over Wijkpraat", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.statusBar().showMessage(f"Alles wordt direct opgeslagen in {self.store.path}")

    def _connect_signals(self) -> None:
        self.gebieden_view.selectionModel().selectionChanged.connect(self._on_gebied_selected)

    def reload(self) -> None:
        """Read the gebieden again from the store, keeping the selection where possible."""
        current = self.selected_gebied()
        gebieden = self.store.gebieden()
        self.gebieden_model.set_rows(gebieden)
        self.empty_label.setVisible(not gebieden)
        ids = [g.id for g in gebieden]
        row = ids.index(current.id) if current and current.id in ids else 0
        if gebieden:
            self.gebieden_view.setCurrentIndex(self.gebieden_model.index(row, 0))
        else:
            self._show_bijeenkomsten(None)

    def selected_gebied(self) -> Gebied | None:
        index = self.gebieden_view.currentIndex()
        return self.gebieden_model.row_record(index.row()) if index.isValid() else None

    def _on_gebied_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_bijeenkomsten(self.selected_gebied())

    def _show_bijeenkomsten(self, gebied: Gebied | None) -> None:
        if gebied is None:
            self.gebied_title.setText("")
            self.bijeenkomsten_model.set_rows([])
            return
        rows = self.store.bijeenkomsten(gebied.id)
        soort = "het dorp" if gebied.soort == "dorp" else "de wijk"
        count = "1 bijeenkomst" if len(rows) == 1 else f"{len(rows)} bijeenkomsten"
        self.gebied_title.setText(f"{count} in {soort} {gebied.naam}")
        self.bijeenkomsten_model.set_rows(rows)

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            "Sneltoetsen",
            "F1 — deze hulp\nAlt+G — naar de gebieden\nAlt+B — naar de bijeenkomsten\n"
            "Pijltjes — kies een gebied of bijeenkomst\nCtrl+Q — afsluiten",
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "Over Wijkpraat",
            f"Wijkpraat {__version__}\nInhoud van de praatplaat: versie {self.pack.version}\n"
            f"Gegevens: {self.store.path}\n\nWerkt zonder internet. Licentie: EUPL-1.2.",
        )
