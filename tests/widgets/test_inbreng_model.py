"""The inbreng list changes one row per edit, whatever the size of the question (issue 16).

Not timing tests: they count the signals the model emits. A model reset means every view
lays out the whole list again, which is what made each Enter cost a second at 20,000
items; an insert, a dataChanged on one index, a removal or a move does not.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from app.content import default_pack
from app.meeting.adapter import MeetingState
from widgets.console.bespreken import BesprekenPage

PACK = default_pack()


def fill(store, bijeenkomst_id, vraag_id, n):
    with store.transaction():  # one commit for the lot
        for i in range(n):
            store.add_inbreng(bijeenkomst_id, vraag_id, f"Punt {i}")


@pytest.fixture
def page(qtbot, store):
    g = store.add_gebied("Hoogkerk", "dorp")
    b = store.add_bijeenkomst(g.id, "Avond", "2026-05-01", archetype="adviseren-inspreken")
    fill(store, b.id, PACK.bouwstenen[0].vragen[0].id, 1000)
    state = MeetingState(store, PACK)
    page = BesprekenPage(state)
    qtbot.addWidget(page)
    state.open_bijeenkomst(b.id)
    state.set_question(PACK.bouwstenen[0].vragen[0].id)  # the evening opens elsewhere
    page.show()
    qtbot.waitExposed(page)
    return page


class Signals:
    """What the model told its views since it was made."""

    def __init__(self, model):
        self.seen = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.seen.append(("layout",)))
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("remove", a, b)))
        model.rowsMoved.connect(lambda _p, a, b, _d, to: self.seen.append(("move", a, b, to)))
        model.dataChanged.connect(
            lambda tl, br, *_: self.seen.append(("changed", tl.row(), br.row()))
        )


def test_adding_one_inbreng_to_1000_items_is_one_row_insert_and_no_reset(qtbot, page):
    model = page.inbreng_model
    assert model.rowCount() == 1000
    signals = Signals(model)
    page.inbreng_input.setFocus()
    qtbot.keyClicks(page.inbreng_input, "Meer bankjes")
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_Return)
    assert signals.seen == [("insert", 1000, 1000)]
    assert model.rowCount() == 1001
    assert model.record(1000).tekst == "Meer bankjes"
    assert page.inbreng_list.uniform_rows()  # a long list is laid out as one height


def test_dot_vote_delete_undo_and_move_each_touch_one_row(qtbot, page):
    model, view = page.inbreng_model, page.inbreng_list
    signals = Signals(model)
    view.setFocus()
    view.setCurrentRow(500)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert signals.seen == [("changed", 500, 500)]
    assert model.record(500).stippen == 1
    signals.seen.clear()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert signals.seen == [("remove", 500, 500)]
    signals.seen.clear()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert signals.seen == [("insert", 500, 500)]
    assert model.record(500).tekst == "Punt 500"
    signals.seen.clear()
    view.setCurrentRow(500)
    page.down_button.click()
    # Qt's destination is "before row 502"; the neighbour only got its new number.
    assert signals.seen == [("move", 500, 500, 502), ("changed", 500, 500)]
    assert model.record(501).tekst == "Punt 500"
    assert view.current_record().tekst == "Punt 500"  # the selection follows the item
    assert ("reset",) not in signals.seen


def test_the_model_is_the_store_after_many_edits(qtbot, qtmodeltester, page):
    """Whatever the order of edits, the rows shown are the rows stored, in order."""
    state, model = page.state, page.inbreng_model
    rng = random.Random(16)
    for step in range(60):
        ids = [i.id for i in state.inbreng()]
        op = rng.choice(("add", "dot", "delete", "undo", "move", "private"))
        target = rng.choice(ids)
        if op == "add":
            state.add_inbreng(f"Nieuw {step}")
        elif op == "dot":
            state.update_inbreng(target, stippen=rng.randint(0, 12))
        elif op == "delete":
            state.delete_inbreng(target)
        elif op == "undo":
            state.undo_delete()
        elif op == "move":
            state.move_inbreng(target, rng.choice((-1, 1)))
        else:
            state.update_inbreng(target, prive=rng.random() < 0.5)
    stored = state._store.inbreng(state.bijeenkomst.id, state.vraag.id)
    assert [model.record(r) for r in range(model.rowCount())] == stored
    assert state.inbreng() == stored
    qtmodeltester.check(model, force_py=True)


def test_another_question_reads_its_own_list(qtbot, page):
    state, model = page.state, page.inbreng_model
    signals = Signals(model)
    state.next_question()
    assert ("reset",) in signals.seen
    assert model.rowCount() == 0
    state.add_inbreng("Eerste punt hier")
    state.previous_question()
    assert model.rowCount() == 1000
    assert page.inbreng_list.uniform_rows()
