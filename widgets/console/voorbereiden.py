"""Voorbereiden, before stap 1: the draaiboek of the evening.

Doel, kader and proces (saved as you type), the vorm, and the questions: the opening and
kernvragen are proposed; Space chooses or unchooses, Alt+↑/↓ moves a chosen question in
the evening, the minutes field sets its time. Every edit goes to the meeting at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import VORM_LABELS
from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from app.meeting.plan import PlanRegel
from app.store.schema import MINUTEN_MAX, MINUTEN_MIN, VORMEN
from widgets import actions
from widgets.common.debounce import Debouncer
from widgets.common.when_shown import WhenShown

VRAAG_ROLE = Qt.ItemDataRole.UserRole
TEKSTEN = (
    ("doel", "&Doel", "Wat moet deze avond opleveren? Een paar gewone zinnen."),
    ("kader", "&Kader", "Wat ligt al vast, en waarover kan de groep meebeslissen?"),
    ("proces", "&Proces", "Wat gebeurt er na deze avond met wat er gezegd is?"),
)


class VoorbereidenPage(QWidget):
    """The draaiboek; reads and writes only through MeetingState."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loading = False
        self.teksten: dict[str, QPlainTextEdit] = {}
        self._debouncers: dict[str, Debouncer] = {}
        form = QFormLayout()
        intro = QLabel(
            "Het draaiboek van deze avond. Alles wordt meteen bewaard. Het doel, het kader "
            "en het proces komen op de uitnodiging: schrijf ze voor bewoners."
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for veld, label, placeholder in TEKSTEN:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(placeholder)
            edit.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMaximumHeight(90)
            self.teksten[veld] = edit
            self._debouncers[veld] = Debouncer(partial(self._save_tekst, veld), self)
            form.addRow(f"{label}:", edit)
        self.begintijd = QLineEdit()
        self.begintijd.setPlaceholderText("19:30")
        self.begintijd.setMaximumWidth(90)
        self.begintijd.setAccessibleName("Begintijd van de avond")
        self.begintijd.setToolTip(
            "Staat op de uitnodiging; de tijden in het draaiboek tellen ervan"
        )
        self.begintijd.editingFinished.connect(self._save_begintijd)
        form.addRow("Begin&tijd:", self.begintijd)
        self.vorm = QComboBox()
        for vorm in VORMEN:
            self.vorm.addItem(VORM_LABELS[vorm], vorm)
        self.vorm.setAccessibleName("Vorm van de bijeenkomst")
        form.addRow("&Vorm:", self.vorm)

        self.totaal = QLabel()
        bold = QFont(self.totaal.font())
        bold.setBold(True)
        self.totaal.setFont(bold)
        self.vragen = QTreeWidget()
        self.vragen.setColumnCount(3)
        self.vragen.setHeaderLabels(["Nr", "Vraag", "Minuten"])
        self.vragen.setRootIsDecorated(False)
        self.vragen.setAccessibleName("Vragen van de avond")
        self.totaal.setBuddy(self.vragen)
        self.vragen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.vragen.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.minuten = QSpinBox()
        self.minuten.setRange(MINUTEN_MIN, MINUTEN_MAX)
        self.minuten.setSuffix(" min")
        self.minuten.setAccessibleName("Minuten voor de gekozen vraag")
        hint = QLabel(
            f"Spatie: kiezen of niet · {actions.MOVE_UP.shown} / {actions.MOVE_DOWN.shown}: "
            "eerder of later op de avond"
        )
        hint.setWordWrap(True)
        minutes_row = QHBoxLayout()
        minutes_label = QLabel("&Minuten voor deze vraag:")
        minutes_label.setBuddy(self.minuten)
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.minuten)
        minutes_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.totaal)
        right.addWidget(self.vragen, 1)
        right.addLayout(minutes_row)
        right.addWidget(hint)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(left_box)
        layout.addLayout(right, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        s = self.state
        self._later = WhenShown(self)
        s.bijeenkomst_changed.connect(lambda _b: self._on_bijeenkomst())
        s.archetype_changed.connect(lambda _a: self._later.run("vragen", self._fill_vragen))
        s.data_changed.connect(self._on_data_changed)
        for veld, edit in self.teksten.items():
            edit.textChanged.connect(partial(self._typed, veld))
        self.vorm.currentIndexChanged.connect(self._on_vorm)
        self.vragen.itemChanged.connect(self._on_checked)
        self.vragen.currentItemChanged.connect(lambda _c, _p: self._show_minuten())
        self.minuten.valueChanged.connect(self._on_minuten)
        ctx = Qt.ShortcutContext.WidgetShortcut
        for binding, slot in (
            (actions.DRAAIBOEK_KIEZEN, self.toggle_current),
            (actions.MOVE_UP, lambda: self.move_current(-1)),
            (actions.MOVE_DOWN, lambda: self.move_current(+1)),
        ):
            actions.add_shortcuts(self.vragen, binding, slot, context=ctx)

    # -- loading ---------------------------------------------------------------------------
    def _on_bijeenkomst(self) -> None:
        """What was typed for the last bijeenkomst is saved at once; off screen, the
        draaiboek of the new one loads when the page is shown."""
        self.flush()
        self._later.run("load", self.load)

    def load(self) -> None:
        self.flush()
        self._loading = True
        teksten = self.state.draaiboek_teksten()
        for veld, edit in self.teksten.items():
            edit.setPlainText(getattr(teksten, veld))
        self.begintijd.setText(teksten.begintijd)
        b = self.state.bijeenkomst
        if b is not None:
            self.vorm.setCurrentIndex(max(0, self.vorm.findData(b.vorm)))
        self._loading = False
        self._fill_vragen()

    def _fill_vragen(self, select: str | None = None) -> None:
        if self.state.bijeenkomst is None:
            return
        current = self.vragen.currentItem()
        select = select or (current.data(0, VRAAG_ROLE) if current else None)
        self._loading = True
        self.vragen.clear()
        rows = self.state.plan_rows()
        for row in rows:
            self.vragen.addTopLevelItem(self._item(row))
        self.totaal.setText(f"&Gekozen: {self.state.planned_label()}")  # Alt+G: the list
        self._loading = False
        for i in range(self.vragen.topLevelItemCount()):
            item = self.vragen.topLevelItem(i)
            if item is not None and (select is None or item.data(0, VRAAG_ROLE) == select):
                self.vragen.setCurrentItem(item)
                break
        self._show_minuten()

    def _item(self, row: PlanRegel) -> QTreeWidgetItem:
        tekst = self.state.text(row.vraag.tekst)
        item = QTreeWidgetItem(
            [row.vraag.nummer, tekst, f"{row.minuten} min" if row.gekozen else ""]
        )
        item.setData(0, VRAAG_ROLE, row.vraag.id)
        item.setToolTip(1, tekst)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if row.gekozen else Qt.CheckState.Unchecked)
        if not row.gekozen:
            for column in range(3):
                item.setForeground(column, self.palette().placeholderText())
        return item

    def current_id(self) -> str | None:
        item = self.vragen.currentItem()
        return item.data(0, VRAAG_ROLE) if item else None

    def _show_minuten(self) -> None:
        vraag_id = self.current_id()
        row = next((r for r in self.state.plan_rows() if r.vraag.id == vraag_id), None)
        self._loading = True
        self.minuten.setEnabled(bool(row and row.gekozen))
        if row is not None:
            self.minuten.setValue(row.minuten)
        self._loading = False

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.BIJEENKOMST and not self._loading:
            b = self.state.bijeenkomst
            if b is not None and self.vorm.currentData() != b.vorm:
                self._loading = True
                self.vorm.setCurrentIndex(max(0, self.vorm.findData(b.vorm)))
                self._loading = False

    # -- edits -------------------------------------------------------------------------------
    def _typed(self, veld: str) -> None:
        if not self._loading:
            self._debouncers[veld].poke()

    def _save_tekst(self, veld: str) -> None:
        if self.state.bijeenkomst is not None:
            self.state.set_draaiboek_tekst(veld, self.teksten[veld].toPlainText())

    def _save_begintijd(self) -> None:
        if not self._loading and self.state.bijeenkomst is not None:
            if self.begintijd.text().strip() != self.state.draaiboek_teksten().begintijd:
                self.state.set_draaiboek_tekst("begintijd", self.begintijd.text())
            self.begintijd.setText(self.state.draaiboek_teksten().begintijd)  # as stored

    def _on_vorm(self, _index: int) -> None:
        if not self._loading and self.state.bijeenkomst is not None:
            self.state.update_bijeenkomst(vorm=self.vorm.currentData())

    def _on_checked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        vraag_id = item.data(0, VRAAG_ROLE)
        # Later: storing rebuilds the list, and the item must outlive its own signal.
        QTimer.singleShot(0, lambda: self._toggle(vraag_id))

    def _toggle(self, vraag_id: str) -> None:
        self.state.toggle_plan_vraag(vraag_id)
        self._fill_vragen(vraag_id)

    def toggle_current(self) -> None:
        vraag_id = self.current_id()
        if vraag_id:
            self._toggle(vraag_id)

    def move_current(self, delta: int) -> None:
        vraag_id = self.current_id()
        if vraag_id:
            self.state.move_plan_vraag(vraag_id, delta)
            self._fill_vragen(vraag_id)

    def _on_minuten(self, value: int) -> None:
        vraag_id = self.current_id()
        if not self._loading and vraag_id:
            self.state.set_plan_minuten(vraag_id, value)
            self._fill_vragen(vraag_id)
            self.minuten.setFocus()

    def focus_start(self) -> None:
        """Ctrl+Shift+D: an empty draaiboek starts at its doel (typed text must not land
        in the question list, where a space chooses a question); a written one at the
        questions. Alt+D/K/P/T/V/G/M reach every part."""
        empty = not self.teksten["doel"].toPlainText().strip()
        (self.teksten["doel"] if empty else self.vragen).setFocus()

    def flush(self) -> None:
        for debouncer in self._debouncers.values():
            debouncer.flush()
