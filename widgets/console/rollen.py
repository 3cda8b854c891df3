"""Rolverdeling: per thema, who regisseert, organiseert, beslist and voert uit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import ACTOR_LABELS, TAAK_LABELS
from app.meeting.adapter import MeetingState
from app.store.schema import ACTOREN, TAKEN


class RollenPage(QWidget):
    """A grid: rows thema × taak, one check box column per actor (Space toggles)."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loading = False
        self.table = QTableWidget(0, len(ACTOREN))
        self.table.setHorizontalHeaderLabels([ACTOR_LABELS[a] for a in ACTOREN])
        self.table.setAccessibleName("Rolverdeling")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_changed)
        self.thema_input = QLineEdit()
        self.thema_input.setPlaceholderText("Nieuw thema, bijvoorbeeld Groen of Verkeer + Enter")
        self.thema_input.setAccessibleName("Nieuw thema")
        self.thema_input.returnPressed.connect(self._add_theme)
        label = QLabel("&Thema:")
        label.setBuddy(self.thema_input)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.thema_input, 1)
        intro = QLabel(
            "Wie doet wat? Vink per thema aan wie regisseert, organiseert, beslist en uitvoert. "
            "Met de pijltjes naar een vakje, met de spatiebalk aan- of uitvinken."
        )
        intro.setWordWrap(True)
        # Zeggenschap per thema (seed 003: "kan per thema en fase van een proces verschillen")
        self.zeggenschap_box = QGroupBox("Hoeveel zeggenschap per thema?")
        self.zeggenschap_form = QFormLayout(self.zeggenschap_box)
        self.zeggenschap: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.zeggenschap_box)
        layout.addWidget(self.table, 1)
        state.data_changed.connect(self._on_data)
        state.archetype_changed.connect(lambda _a: self._fill_zeggenschap())
        state.bijeenkomst_changed.connect(lambda _b: self.load())

    def load(self) -> None:
        cells = {(r.thema, r.taak, r.actor) for r in self.state.rollen()}
        self._loading = True
        rows = [(thema, taak) for thema in self.state.themes() for taak in TAKEN]
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels(
            [f"{thema}: {TAAK_LABELS[taak].lower()}" for thema, taak in rows]
        )
        for r, (thema, taak) in enumerate(rows):
            for c, actor in enumerate(ACTOREN):
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                checked = (thema, taak, actor) in cells
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (thema, taak))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{thema}, {TAAK_LABELS[taak].lower()}, {ACTOR_LABELS[actor]}",
                )
                self.table.setItem(r, c, item)
        self._loading = False

        self._fill_zeggenschap()

    def _on_data(self, kind: str) -> None:
        if kind == "rollen":
            self._fill_zeggenschap()

    def _fill_zeggenschap(self) -> None:
        """One choice per thema: the bijeenkomst's archetype, or its own."""
        pack = self.state.pack
        b = self.state.bijeenkomst
        keuzes = self.state.thema_keuzes()
        default = pack.archetype(b.archetype).titel if b and b.archetype else "nog niet gekozen"
        wanted = [(k.naam, k.archetype if k.eigen else None) for k in keuzes]
        current = [(naam, combo.currentData()) for naam, combo in self.zeggenschap.items()]
        if wanted == current and all(
            combo.itemText(0).endswith(f"({default})") for combo in self.zeggenschap.values()
        ):
            return
        while self.zeggenschap_form.rowCount():
            self.zeggenschap_form.removeRow(0)
        self.zeggenschap = {}
        for naam, eigen in wanted:
            combo = QComboBox()
            combo.addItem(f"Zoals de bijeenkomst ({default})", None)
            for a in pack.archetypen:
                combo.addItem(f"{a.nummer}. {a.titel}", a.id)
            combo.setCurrentIndex(max(combo.findData(eigen), 0))
            combo.setAccessibleName(f"Zeggenschap voor {naam}")
            combo.currentIndexChanged.connect(
                lambda _i, n=naam, c=combo: self.state.set_thema_archetype(n, c.currentData())
            )
            self.zeggenschap[naam] = combo
            self.zeggenschap_form.addRow(f"{naam}:", combo)
        self.zeggenschap_box.setVisible(bool(wanted))

    def _add_theme(self) -> None:
        if self.state.add_theme(self.thema_input.text()):
            self.thema_input.clear()
            self.load()

    def _on_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        thema, taak = item.data(Qt.ItemDataRole.UserRole)
        row = item.row()
        chosen = [
            actor
            for c, actor in enumerate(ACTOREN)
            if (cell := self.table.item(row, c)) and cell.checkState() == Qt.CheckState.Checked
        ]
        self.state.set_rol(thema, taak, chosen)
