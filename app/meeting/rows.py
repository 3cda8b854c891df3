"""The inbreng of the current question, kept in memory and changed one row at a time.

A question may hold 20,000 items (a city-wide consultation typed in afterwards). Reading
them all again after every Enter or dot vote made each edit cost as much as the whole
list. `InbrengRows` is read once per question; each write hands it the stored record and
it answers with a `RowEdit` (insert, update, remove or move of one row) that views apply
to their models. No Qt here: widgets/common/inbreng_model.py turns edits into Qt signals.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from app.store.records import Inbreng


class RowOp(enum.StrEnum):
    RESET = "reset"  # a new list (another question or bijeenkomst): read `rows` again
    INSERT = "insert"  # `item` is now at `row`
    UPDATE = "update"  # `item` at `row` has new values
    REMOVE = "remove"  # the item at `row` is gone (deleted; undo brings it back)
    MOVE = "move"  # the item at `row` is now at `to_row`


@dataclass(frozen=True)
class RowEdit:
    """One change to the list of the current question."""

    op: RowOp
    row: int = -1
    item: Inbreng | None = None
    to_row: int = -1


def _order(item: Inbreng) -> tuple[int, str]:
    """The store's order within a question: volgorde, then when it was made."""
    return (item.volgorde, item.aangemaakt)


class InbrengRows:
    """The visible (not deleted) inbreng of one question, in the store's order."""

    def __init__(self) -> None:
        self.key: tuple[str, str] | None = None  # (bijeenkomst_id, vraag_id)
        self._items: list[Inbreng] = []
        self._pos: dict[str, int] | None = {}
        self.private_count = 0

    def load(self, key: tuple[str, str] | None, items: Sequence[Inbreng]) -> RowEdit:
        self.key = key
        self._items = list(items)
        self._pos = None
        self.private_count = sum(1 for i in self._items if i.prive)
        return RowEdit(RowOp.RESET)

    def forget(self) -> None:
        """Read the list again on next use (the store was replaced or changed outside)."""
        self.load(None, [])

    @property
    def items(self) -> list[Inbreng]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def tail(self, n: int, *, public: bool) -> list[Inbreng]:
        """The last `n` items (only those not marked private, with `public`), in order."""
        if not public:
            return self._items[-n:] if n else []
        found: list[Inbreng] = []
        for item in reversed(self._items):
            if len(found) >= n:
                break
            if not item.prive:
                found.append(item)
        return found[::-1]

    def position(self, item_id: str) -> int | None:
        if self._pos is None:
            self._pos = {item.id: i for i, item in enumerate(self._items)}
        return self._pos.get(item_id)

    def apply(self, item: Inbreng) -> RowEdit | None:
        """Take in the stored version of one item; None when it is not on this list."""
        if self.key != (item.bijeenkomst_id, item.vraag_id):
            return None
        pos = self.position(item.id)
        visible = item.verwijderd is None
        if pos is None:
            if not visible:
                return None
            return self._insert(item)
        old = self._items[pos]
        self.private_count -= int(bool(old.prive))
        if not visible:
            del self._items[pos]
            self._pos = None
            return RowEdit(RowOp.REMOVE, pos, item)
        self.private_count += int(bool(item.prive))
        if _order(old) == _order(item):
            self._items[pos] = item
            return RowEdit(RowOp.UPDATE, pos, item)
        del self._items[pos]
        to = bisect.bisect_right(self._items, _order(item), key=_order)
        self._items.insert(to, item)
        self._pos = None
        return RowEdit(RowOp.MOVE, pos, item, to)

    def _insert(self, item: Inbreng) -> RowEdit:
        self.private_count += int(bool(item.prive))
        at = bisect.bisect_right(self._items, _order(item), key=_order)
        self._items.insert(at, item)
        if at == len(self._items) - 1 and self._pos is not None:
            self._pos[item.id] = at  # the usual case: a new item at the end
        else:
            self._pos = None
        return RowEdit(RowOp.INSERT, at, item)

    def moved(self, item_id: str, changed: Sequence[Inbreng]) -> list[RowEdit]:
        """After a move: the item and the neighbour it swapped places with become one
        MOVE and one UPDATE; a question that was renumbered as a whole is read again."""
        if not changed or self.key != (changed[0].bijeenkomst_id, changed[0].vraag_id):
            return []
        if len(changed) != 2:
            self.load(self.key, changed)
            return [RowEdit(RowOp.RESET)]
        item, other = changed if changed[0].id == item_id else changed[::-1]
        old, new = self.position(item.id), self.position(other.id)
        if old is None or new is None:
            self.forget()
            return [RowEdit(RowOp.RESET)]
        self._items[new], self._items[old] = item, other
        self._pos = None
        return [RowEdit(RowOp.MOVE, old, item, new), RowEdit(RowOp.UPDATE, old, other)]
