"""The inbreng of the current question as a Qt list model that changes one row per edit.

`set_rows` fills it when the question changes (a model reset); after that every edit
arrives as a `RowEdit` from `MeetingState.rows_changed` and becomes one row insert,
removal, move or `dataChanged` on one index, so an Enter or a dot vote costs the same
with 10 items as with 20,000. `InbrengListView` is the list on the console: with a long
list every row gets the height of the first (no word-wrap layout of every item).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.content.labels import count_label, inbreng_soort_label
from app.meeting.rows import RowEdit, RowOp
from app.store.records import Inbreng

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole
# Above this many rows the list stops wrapping long text: laying out every row's wrapped
# height is what made a long list slow. The tooltip and the accessible text stay whole.
UNIFORM_FROM = 500


def label(item: Inbreng) -> str:
    parts = [item.tekst]
    if item.soort:
        parts.append(f"[{inbreng_soort_label(item.soort).lower()}]")
    if item.stippen:
        parts.append(
            "●" * min(item.stippen, 10) + (f" {item.stippen}" if item.stippen > 10 else "")
        )
    return "  ".join(parts)


def describe(item: Inbreng) -> str:
    soort = f", {inbreng_soort_label(item.soort).lower()}" if item.soort else ""
    return f"{item.tekst}{soort}, {count_label(item.stippen, 'stip', 'stippen')}"


class InbrengModel(QAbstractListModel):
    """One row per visible inbreng of the current question; the record is under UserRole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Inbreng] = []

    def set_rows(self, rows: Sequence[Inbreng]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def apply(self, edit: RowEdit) -> None:
        """Change the one row an edit names; a RESET is left to set_rows."""
        item, row = edit.item, edit.row
        if item is None or edit.op == RowOp.RESET:
            return
        if edit.op == RowOp.INSERT:
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, item)
            self.endInsertRows()
        elif edit.op == RowOp.UPDATE:
            self._rows[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)
        elif edit.op == RowOp.REMOVE:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        elif edit.op == RowOp.MOVE:
            to = edit.to_row
            # Qt counts the destination before the move: one further when moving down.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
            del self._rows[row]
            self._rows.insert(to, item)
            self.endMoveRows()

    def record(self, row: int) -> Inbreng:
        return self._rows[row]

    def row_of(self, item_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(item)
        if role == RECORD_ROLE:
            return item
        return None


class InbrengListView(QListView):
    """The console's inbreng list: a view of an InbrengModel, virtualised when long."""

    def __init__(self, model: InbrengModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        model.modelReset.connect(self._fit_layout)
        model.rowsInserted.connect(self._fit_layout)

    def inbreng_model(self) -> InbrengModel:
        model = self.model()
        assert isinstance(model, InbrengModel)
        return model

    def _fit_layout(self) -> None:
        uniform = self.inbreng_model().rowCount() >= UNIFORM_FROM
        if uniform != self.uniformItemSizes():
            self.setUniformItemSizes(uniform)
            self.setWordWrap(not uniform)

    def count(self) -> int:
        return self.inbreng_model().rowCount()

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.inbreng_model().index(row))

    def current_record(self) -> Inbreng | None:
        index = self.currentIndex()
        return self.inbreng_model().record(index.row()) if index.isValid() else None

    def select_record(self, item_id: str | None) -> None:
        row = self.inbreng_model().row_of(item_id) if item_id else None
        if row is not None:
            self.setCurrentRow(row)
            self.scrollTo(self.currentIndex())
