"""Issue 14a's acceptance: a bijeenkomst is prepared on the Voorbereiden tab with the
keyboard (6 questions, own order, own minutes, a doel), then run in the console: the
navigator lists the draaiboek first, the timer takes each question's minutes, the header
shows the evening's time; the draaiboek and uitnodiging carry the plan (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.content import default_pack, wording
from app.handouts import build_pdf
from app.store.draaiboek import avond_vragen
from tests.test_handouts_support import decode_qr_codes, pdf_text, squash

PACK = default_pack()
CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
URL = "https://buurtpraat.example.nl/paddepoel/avond"
DOEL = "We kiezen samen drie dingen die de buurt zelf gaat doen."


def press(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def select(page, vraag_id):
    for i in range(page.vragen.topLevelItemCount()):
        item = page.vragen.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == vraag_id:
            page.vragen.setCurrentItem(item)
            page.vragen.setFocus()
            return
    raise AssertionError(f"{vraag_id} not in the list")


def test_prepare_six_questions_then_run_the_evening(qtbot, window, store):
    g = store.add_gebied("Paddepoel", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond Paddepoel", "2027-05-01", follow_up_url=URL)
    window.open_bijeenkomst(b.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    state, console = window.state, window.console
    page = console.voorbereiden

    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert state.view == "voorbereiden"
    # An empty draaiboek starts at the doel: text typed straight away goes there, never
    # into the question list (where a space would choose a question).
    assert page.teksten["doel"].hasFocus()
    press(qtbot, Qt.Key.Key_G, ALT)  # "Gekozen": the questions
    assert page.vragen.hasFocus()
    # The proposal: the opening and the kernvragen, chosen.
    kern = [v.id for v in PACK.avond()]
    assert [r.vraag.id for r in state.plan_rows() if r.gekozen] == kern

    # Unchoose the proposal with Space, then choose six of our own, each with its minutes.
    for vraag_id in kern:
        select(page, vraag_id)
        press(qtbot, Qt.Key.Key_Space)
    alle = [v.id for v in PACK.vragen()]
    picks = [alle[-1], alle[3], alle[10], alle[0], alle[20], alle[15]]
    minutes = [5, 12, 8, 20, 15, 10]
    for vraag_id, m in zip(picks, minutes, strict=True):
        select(page, vraag_id)
        press(qtbot, Qt.Key.Key_Space)
        page.minuten.setFocus()
        qtbot.keyClick(page.minuten, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(page.minuten, str(m))
    # The last one asked earlier: Alt+↑ twice.
    select(page, picks[5])
    press(qtbot, Qt.Key.Key_Up, ALT)
    press(qtbot, Qt.Key.Key_Up, ALT)
    order = [picks[0], picks[1], picks[2], picks[5], picks[3], picks[4]]
    planned = dict(zip(picks, minutes, strict=True))
    # The doel, typed: stored without pressing anything else.
    page.teksten["doel"].setFocus()
    qtbot.keyClicks(page.teksten["doel"], DOEL)
    qtbot.waitUntil(lambda: (store.draaiboek(b.id) or None) is not None)
    qtbot.waitUntil(lambda: store.draaiboek(b.id).doel == DOEL)
    assert [(a.vraag.id, a.minuten) for a in avond_vragen(store, b.id)] == [
        (i, planned[i]) for i in order
    ]
    assert page.totaal.text().replace("&", "") == "Gekozen: 6 vragen · 1 uur 10 min"

    # The evening: Ctrl+1 to Bespreken; the navigator holds the draaiboek first.
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert state.view == "bespreken"
    bespreken = console.bespreken
    shown = [item.data(0, Qt.ItemDataRole.UserRole) for item in bespreken._question_items()]
    assert shown == order
    assert console.avond_label.text() == "Avond: 1:10 over"

    for n, vraag_id in enumerate(order):
        assert state.vraag.id == vraag_id
        assert console.limit.value() == planned[vraag_id]
        press(qtbot, Qt.Key.Key_T, CTRL)  # start: counts down from the question's minutes
        assert state.timer.status().limit_s == planned[vraag_id] * 60
        assert console.timer_label.text() in (
            f"{planned[vraag_id]:02d}:00",
            f"{planned[vraag_id] - 1:02d}:59",
        )
        press(qtbot, Qt.Key.Key_T, CTRL)  # pause
        if n < len(order) - 1:
            bespreken.inbreng_input.setFocus()
            press(qtbot, Qt.Key.Key_Right, ALT)
    assert state.avond_status().planned_s == 70 * 60
    assert console.avond_label.text().startswith("Avond: 1:")  # a few seconds were used

    # "Alle vragen" adds the rest after the draaiboek.
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    shown = [item.data(0, Qt.ItemDataRole.UserRole) for item in bespreken._question_items()]
    assert shown[:6] == order and len(shown) > 6

    # The handouts of the plan made in the window.
    for soort in ("draaiboek", "uitnodiging"):
        pdf = build_pdf(store, b.id, soort)
        text = squash(pdf_text(pdf))
        assert squash(DOEL) in text, soort
        for vraag_id in order:
            assert squash(wording(PACK.vraag(vraag_id).tekst, "wijk")) in text, soort
    assert decode_qr_codes(build_pdf(store, b.id, "uitnodiging")) == [URL]


def test_a_bijeenkomst_without_draaiboek_runs_as_before(qtbot, window, store):
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Buurtavond", "2027-05-01")
    window.open_bijeenkomst(b.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.console)
    shown = [
        item.data(0, Qt.ItemDataRole.UserRole)
        for item in window.console.bespreken._question_items()
    ]
    assert shown == [v.id for v in PACK.avond()]
    assert window.console.avond_label.text() == ""
    # Looking at the Voorbereiden tab stores nothing.
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert store.draaiboek_vragen(b.id) == [] and store.draaiboek(b.id) is None
