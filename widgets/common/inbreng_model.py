"""The inbreng of the current question as a Qt list model that changes one row per edit.

`set_rows` fills it when the question changes (a model reset); after that every edit
arrives as a `RowEdit` from `MeetingState.rows_changed` and becomes one row insert,
removal, move or `dataChanged` on one index, so an Enter or a dot vote costs the same
with 10 items as with 20,000. `InbrengListView` is the list on the console: a one-column
table view, because QListView lays out every row again on each insert (40,000 calls into
Python at 20,000 rows, ~100 ms) where QTableView only moves its header's section count.
A short list wraps long text into taller rows; a long one gives every row one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.content.labels import count_label, inbreng_soort_label
from app.meeting.rows import RowEdit, RowOp
from app.store.records import Inbreng

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole
# From this many rows on, every row is one line high: measuring every row's wrapped
# height is what made a long list slow. The tooltip and the accessible text stay whole.
# Measuring costs ~0.06 ms a row per measurement; 100 rows keep an opening cheap.
UNIFORM_FROM = 100
_DISPLAY, _RECORD = int(Qt.ItemDataRole.DisplayRole), int(RECORD_ROLE)
_FONT = int(Qt.ItemDataRole.FontRole)  # privé items are in italics (and say so in words)
_ROLES = frozenset(
    {
        _DISPLAY,
        _RECORD,
        _FONT,
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
    }
)


# The privé mark in words, so it does not hang on colour (or italics) alone.
PRIVE_MARK = "[privé]"


def label(item: Inbreng) -> str:
    parts = [PRIVE_MARK, item.tekst] if item.prive else [item.tekst]
    if item.soort:
        parts.append(f"[{inbreng_soort_label(item.soort).lower()}]")
    if item.stippen:
        parts.append(
            "●" * min(item.stippen, 10) + (f" {item.stippen}" if item.stippen > 10 else "")
        )
    return "  ".join(parts)


def describe(item: Inbreng) -> str:
    soort = f", {inbreng_soort_label(item.soort).lower()}" if item.soort else ""
    prive = "Privé, niet op de projectie: " if item.prive else ""
    return f"{prive}{item.tekst}{soort}, {count_label(item.stippen, 'stip', 'stippen')}"


class InbrengModel(QAbstractListModel):
    """One row per visible inbreng of the current question; the record is under UserRole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Inbreng] = []
        self._tafels: dict[str, str] = {}  # tafel id -> titel, shown before each item

    def set_tafels(self, titels: dict[str, str]) -> None:
        """The names of the tafels, so each row says where it was said ("Tafel 2 · …")."""
        if titels != self._tafels:
            self._tafels = dict(titels)
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

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
        # Painting one row asks for about ten roles; most are answered by the first line,
        # comparing plain ints (an enum comparison costs ten times as much).
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        if role == _RECORD:
            return item
        if role == _FONT:
            if not item.prive:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        tafel = self._tafels.get(item.tafel_id or "")
        if role == _DISPLAY:
            return f"{tafel} · {label(item)}" if tafel else label(item)
        return f"{describe(item)}, aan {tafel}" if tafel else describe(item)


class InbrengListView(QTableView):
    """The console's inbreng list: a one-column view of an InbrengModel that paints only
    the rows in sight and costs the same per edit at 10 or 20,000 rows."""

    def __init__(self, model: InbrengModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it did
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._uniform: bool | None = None
        model.modelReset.connect(self._fit_rows)
        model.rowsInserted.connect(self._fit_inserted)
        model.dataChanged.connect(self._fit_changed)
        self._fit_rows()

    def inbreng_model(self) -> InbrengModel:
        model = self.model()
        assert isinstance(model, InbrengModel)
        return model

    def uniform_rows(self) -> bool:
        """Whether every row is one line high (a long list) rather than fitted to its text."""
        return bool(self._uniform)

    def _fit_rows(self) -> None:
        uniform = self.inbreng_model().rowCount() >= UNIFORM_FROM
        if uniform != self._uniform:
            self._uniform = uniform
            self.setWordWrap(not uniform)
            mode = QHeaderView.ResizeMode.Fixed if uniform else QHeaderView.ResizeMode.Interactive
            self.verticalHeader().setSectionResizeMode(mode)
            # One line of text, as a short list's rows have (not Qt's roomier default).
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2)
        if not uniform:
            self.resizeRowsToContents()  # a short list: wrapped text, few rows to measure

    def _fit_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._uniform is False and self.inbreng_model().rowCount() < UNIFORM_FROM:
            for row in range(first, last + 1):  # only the new rows: an Enter stays O(1)
                self.resizeRowToContents(row)
        else:
            self._fit_rows()

    def _fit_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        if not self._uniform:
            for row in range(first.row(), last.row() + 1):
                self.resizeRowToContents(row)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._uniform and event.size().width() != event.oldSize().width():
            self.resizeRowsToContents()  # wrapped heights follow the width

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
