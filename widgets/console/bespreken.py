"""Stap 1, bespreken: the question navigator and the question card with inbreng and tallies."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content import Vraag
from app.content.labels import inbreng_soort_label
from app.meeting.adapter import MeetingState
from app.meeting.rows import RowEdit, RowOp
from app.store.records import Inbreng
from app.store.schema import INBRENG_SOORTEN
from widgets import actions
from widgets.actions import Binding
from widgets.common.inbreng_model import InbrengListView, InbrengModel
from widgets.console.draaiboek_nav import draaiboek_group
from widgets.console.plenair import PlenairPanel
from widgets.console.private_panel import PrivatePanel, PriveMark
from widgets.console.tafels import TafelBar
from widgets.console.tally_box import TallyBox

VRAAG_ROLE = Qt.ItemDataRole.UserRole


class BesprekenPage(QWidget):
    """Navigator on the left, the current question on the right."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loading = False
        self._build()
        self._connect_signals()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName("Vragen van de praatplaat")
        self.navigator.setMinimumWidth(300)

        self.onderdeel_label = QLabel()
        self.vraag_label = QLabel()
        self.vraag_label.setWordWrap(True)
        self.vraag_label.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.vraag_label.setFont(big)
        self.vraag_label.setAccessibleName("Huidige vraag")

        self.inbreng_model = InbrengModel(self)
        self.inbreng_list = InbrengListView(self.inbreng_model)
        self.inbreng_list.setAccessibleName("Inbreng bij deze vraag")
        self.inbreng_input = QLineEdit()
        self.inbreng_input.setPlaceholderText("Typ wat er gezegd wordt en druk op Enter")
        self.inbreng_input.setAccessibleName("Nieuwe inbreng")
        self.soort_box = QComboBox()
        self.soort_box.setAccessibleName("Soort inbreng")
        self.soort_box.setToolTip(actions.SOORT.help.capitalize())
        self.input_label = QLabel("&Inbreng:")
        self.input_label.setBuddy(self.inbreng_input)
        self._editing: Inbreng | None = None
        self.prive = PriveMark(self)  # Ctrl+Shift+P and the switch beside the field
        self.private_panel = PrivatePanel(self.state)  # notes and photos, below the questions

        self.up_button = QPushButton("Omhoog")
        self.down_button = QPushButton("Omlaag")
        self.dot_button = QPushButton("Stip +1")
        self.undot_button = QPushButton("Stip −1")
        self.edit_button = QPushButton("Bewerken")
        self.delete_button = QPushButton("Verwijderen")
        self.undo_button = QPushButton("Ongedaan maken")
        for button, tip in (
            (self.up_button, "Alt+Omhoog"),
            (self.down_button, "Alt+Omlaag"),
            (self.dot_button, "+"),
            (self.undot_button, "−"),
            (self.edit_button, "F2"),
            (self.delete_button, "Delete"),
            (self.undo_button, "Ctrl+Z"),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(button.text())

        self.tally_box = TallyBox(self.state)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.onderdeel_label)
        card_layout.addWidget(self.vraag_label)
        self.tafel_bar = TafelBar(self.state, self.inbreng_model)  # where inbreng is from
        card_layout.addWidget(self.tafel_bar)
        row = QHBoxLayout()
        row.addWidget(self.input_label)
        row.addWidget(self.inbreng_input, 1)
        row.addWidget(self.soort_box)
        row.addWidget(self.prive.button)
        card_layout.addLayout(row)
        card_layout.addWidget(self.inbreng_list, 1)
        buttons = QHBoxLayout()
        for b in (
            self.up_button,
            self.down_button,
            self.dot_button,
            self.undot_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        card_layout.addLayout(buttons)
        card_layout.addWidget(self.tally_box)

        # The plenaire terugkoppeling (Ctrl+Shift+R) takes the card's place.
        self.plenair = PlenairPanel(self.state)
        self.card_stack = QStackedWidget()
        self.card_stack.addWidget(card)
        self.card_stack.addWidget(self.plenair)
        # Left: where we are (the questions) above what is only the facilitator's.
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.navigator)
        left.addWidget(self.private_panel)
        left.setSizes([320, 420])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.card_stack)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.inbreng_input, self.soort_box)
        self.setTabOrder(self.soort_box, self.prive.button)
        self.setTabOrder(self.prive.button, self.inbreng_list)

        for binding, slot in (
            (actions.MOVE_UP, lambda: self._move(-1)),
            (actions.MOVE_DOWN, lambda: self._move(+1)),
            (actions.UNDO_DELETE, self.state.undo_delete),
        ):
            actions.add_shortcuts(self, binding, slot)
        # Keys on the list itself: an event filter, so they work however focus arrived.
        self.list_keys: dict[Binding, Callable[[], object]] = {
            actions.DELETE_INBRENG: self._delete,
            actions.EDIT_INBRENG: self._start_edit,
            actions.DOT_UP: lambda: self._dots(+1),
            actions.DOT_DOWN: lambda: self._dots(-1),
            actions.UNDO_DELETE: self.state.undo_delete,
        }
        self.inbreng_list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.inbreng_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            action = next((a for b, a in self.list_keys.items() if b.matches(event)), None)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.state.bijeenkomst_changed.connect(lambda _b: self.rebuild_navigator())
        self.state.archetype_changed.connect(lambda _a: self.rebuild_navigator())
        self.state.question_changed.connect(self._show_question)
        self.state.data_changed.connect(self._on_data_changed)
        self.state.rows_changed.connect(self._on_row_edit)
        self.state.projection_changed.connect(
            lambda p: self.card_stack.setCurrentIndex(1 if p.show_plenair else 0)
        )
        self.navigator.currentItemChanged.connect(self._on_navigator)
        self.inbreng_input.returnPressed.connect(self._add)
        self.edit_button.clicked.connect(self._start_edit)
        actions.add_shortcuts(
            self.inbreng_input,
            actions.CANCEL_EDIT,
            self._cancel_edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        # The soort from the keyboard without leaving the field (Alt+1 sterkte, …).
        for key, soort in zip(actions.SOORT.keys, (*INBRENG_SOORTEN, None), strict=True):
            actions.add_shortcuts(
                self.inbreng_input,
                actions.SOORT,
                partial(self._choose_soort, soort),
                keys=[key],
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        actions.add_shortcuts(self, actions.TALLY, self._to_tallies)
        # Esc cancels an edit only while there is one; otherwise Esc stops the projection.
        self._esc_shortcuts = [
            shortcut
            for shortcut in self.inbreng_input.findChildren(QShortcut)
            if shortcut.property(actions.BINDING_PROPERTY) == actions.CANCEL_EDIT.name
        ]
        self._esc_cancels_edit(False)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.dot_button.clicked.connect(lambda: self._dots(+1))
        self.undot_button.clicked.connect(lambda: self._dots(-1))
        self.delete_button.clicked.connect(self._delete)
        self.undo_button.clicked.connect(self.state.undo_delete)

    # -- navigator ---------------------------------------------------------------------
    def rebuild_navigator(self) -> None:
        """The bouwstenen and kompas waarden with the questions for this archetype."""
        self._loading = True
        self.navigator.clear()
        pack, state = self.state.pack, self.state
        planned = state.planned_questions()  # the draaiboek first, in its order
        if planned:
            self.navigator.addTopLevelItem(draaiboek_group(state, planned, VRAAG_ROLE))
        asked = {v.id for v in state.questions()} - {v.id for v in planned}
        groups = (
            ("Opening", (pack.opening,) if pack.opening else ()),
            ("Bouwstenen", pack.bouwstenen),
            ("Kompas", pack.kompas),
        )
        for group_title, onderdelen in groups:
            if planned and not any(v.id in asked for o in onderdelen for v in o.vragen):
                continue  # with a draaiboek only the groups that still hold a question
            group = QTreeWidgetItem([group_title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.navigator.addTopLevelItem(group)
            for onderdeel in onderdelen:
                node = QTreeWidgetItem([state.text(onderdeel.titel)])
                node.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.addChild(node)
                for vraag in onderdeel.vragen:
                    if vraag.id not in asked:
                        continue
                    item = QTreeWidgetItem([f"{vraag.nummer}  {state.text(vraag.tekst)}"])
                    item.setData(0, VRAAG_ROLE, vraag.id)
                    item.setToolTip(0, state.text(vraag.tekst))
                    node.addChild(item)
        self.navigator.expandAll()
        self._loading = False
        self._select_in_navigator(state.vraag)

    def _select_in_navigator(self, vraag: Vraag | None) -> None:
        if vraag is None:
            return
        for item in self._question_items():
            if item.data(0, VRAAG_ROLE) == vraag.id:
                self._loading = True
                self.navigator.setCurrentItem(item)
                self.navigator.scrollToItem(item)
                self._loading = False
                return

    def _question_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.navigator.topLevelItemCount()):
            group = self.navigator.topLevelItem(i)
            nodes = [group.child(j) for j in range(group.childCount())] if group else []
            for node in filter(None, nodes):
                items += filter(None, (node.child(k) for k in range(node.childCount())))
        return items

    def _on_navigator(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._loading or current is None:
            return
        vraag_id = current.data(0, VRAAG_ROLE)
        if vraag_id:
            self.state.set_question(vraag_id)

    # -- the question card -------------------------------------------------------------
    def _show_question(self, vraag: Vraag | None) -> None:
        self._cancel_edit()
        self._select_in_navigator(vraag)
        if vraag is None:
            self.vraag_label.setText("Kies een vraag in de lijst links.")
            self.onderdeel_label.setText("")
            self._fill_inbreng()
            self.tally_box.fill()
            return
        onderdeel = self.state.pack.onderdeel(vraag.onderdeel_id)
        kern = " · kernvraag" if vraag.kern else ""
        self.onderdeel_label.setText(f"{vraag.nummer} · {self.state.text(onderdeel.titel)}{kern}")
        # A yes/no question leads on to an afspraak (review point 27).
        vervolg = f"\nDaarna: {self.state.text(vraag.vervolg)}" if vraag.vervolg else ""
        self.vraag_label.setText(self.state.text(vraag.tekst) + vervolg)
        soorten = self.state.soorten_for_question(vraag)
        self.soort_box.clear()
        for soort in soorten:
            self.soort_box.addItem(inbreng_soort_label(soort), soort)
        self.soort_box.setCurrentIndex(soorten.index(self.state.default_soort(vraag)))
        self._fill_inbreng()
        self.tally_box.fill()
        if self.isVisible() and not self.navigator.hasFocus():
            # A new question: typing goes into the inbreng field again (the widget that
            # had focus may even have been rebuilt), never into presenter keys by accident.
            # Not while the facilitator browses the question list with the arrows.
            self.inbreng_input.setFocus()

    def _on_data_changed(self, kind: str) -> None:
        if kind == "inbreng":
            # The rows themselves arrived one by one through rows_changed.
            self.undo_button.setEnabled(self.state.can_undo())
        elif kind == "stemming":
            self.tally_box.fill()

    def _on_row_edit(self, edit: RowEdit) -> None:
        if edit.op == RowOp.RESET:
            self._fill_inbreng()
            return
        self.inbreng_model.apply(edit)
        if edit.op == RowOp.INSERT and edit.row == self.inbreng_model.rowCount() - 1:
            self.inbreng_list.scrollToBottom()  # what was just typed stays in sight

    def _fill_inbreng(self, select_id: str | None = None) -> None:
        """The whole list again: only when the question (or bijeenkomst) changes."""
        current = self.selected_inbreng()
        keep = select_id or (current.id if current else None)
        self._loading = True
        self.inbreng_model.set_rows(self.state.inbreng())
        self.inbreng_list.select_record(keep)
        self._loading = False
        self.undo_button.setEnabled(self.state.can_undo())

    def selected_inbreng(self) -> Inbreng | None:
        return self.inbreng_list.current_record()

    def _add(self) -> None:
        """Enter in the input: a new inbreng, or the edited text of the one being edited."""
        text = self.inbreng_input.text()
        if not text.strip():
            return
        soort, prive = self.soort_box.currentData(), self.prive.on()
        if self._editing is not None:
            done = self.state.update_inbreng(self._editing.id, tekst=text, soort=soort, prive=prive)
            if done is not None:
                self._cancel_edit()
                self.inbreng_list.select_record(done.id)
            return
        if self.state.add_inbreng(text, soort, prive=prive) is not None:
            self.inbreng_input.clear()
            self.prive.set(False)  # each item is marked on its own

    def _start_edit(self) -> None:
        """Put the selected inbreng in the input line; Enter saves, Esc cancels."""
        item = self.selected_inbreng()
        if item is None:
            return
        self._editing = item
        self._esc_cancels_edit(True)
        self.input_label.setText("Bewerk &inbreng:")  # Alt+I, as ever; Alt+B is Bestand
        self.inbreng_input.setText(item.tekst)
        index = self.soort_box.findData(item.soort)
        if index >= 0:
            self.soort_box.setCurrentIndex(index)
        self.prive.set(bool(item.prive))
        self.inbreng_input.setFocus()
        self.inbreng_input.selectAll()

    def _cancel_edit(self) -> None:
        if self._editing is not None:
            self._editing = None
            self._esc_cancels_edit(False)
            self.input_label.setText("&Inbreng:")
            self.inbreng_input.clear()
            self.prive.set(False)

    def _choose_soort(self, soort: str | None) -> None:
        index = self.soort_box.findData(soort)
        if index >= 0:  # a soort this question does not offer: nothing changes
            self.soort_box.setCurrentIndex(index)

    def _to_tallies(self) -> None:
        self.tally_box.focus_first()

    @property
    def tally_spins(self) -> dict[str, QSpinBox]:
        return self.tally_box.spins

    def _esc_cancels_edit(self, on: bool) -> None:
        for shortcut in self._esc_shortcuts:
            shortcut.setEnabled(on)

    def _move(self, delta: int) -> None:
        item = self.selected_inbreng()
        if item:
            self.state.move_inbreng(item.id, delta)
            self.inbreng_list.select_record(item.id)

    def _dots(self, delta: int) -> None:
        item = self.selected_inbreng()
        if item:
            self.state.update_inbreng(item.id, stippen=max(0, item.stippen + delta))

    def _delete(self) -> None:
        item = self.selected_inbreng()
        if item:
            self.state.delete_inbreng(item.id)
