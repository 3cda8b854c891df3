"""No quiet surprises: a speaking-round summary that only speaks of a top three when that
says something, and a main window that uses a laptop's screen (pytest-qt, offscreen)."""

from __future__ import annotations

from app.content import default_pack
from app.meeting.speaking_round import SpeakingRound
from app.store.records import Deelnemer
from widgets.console.speaking_round import SpeakingRoundPanel
from widgets.gui import show_main_window
from widgets.main_window import MainWindow

PACK = default_pack()


class Clock:
    t = 100.0

    def __call__(self) -> float:
        return self.t


def round_with(n: int):
    clock = Clock()
    people = [Deelnemer(f"id-{i}", "b", f"Stoel {i}", "", "", None, "") for i in range(n)]
    r = SpeakingRound(people, clock=clock, on_turn=lambda _t: None)
    r.give_turn("id-0")
    for i in range(1, n):
        clock.t += 10 + i
        r.next_speaker()
    clock.t += 30
    return r.stop()


def test_a_top_three_only_with_more_than_five_speakers(qtbot, demo_store):
    from app.meeting.adapter import MeetingState

    state = MeetingState(demo_store, PACK)
    panel = SpeakingRoundPanel(state)
    qtbot.addWidget(panel)
    panel.show_summary(round_with(3))
    assert "Stoel 2" in panel.summary.text()
    assert "drie langste" not in panel.summary.text()  # three speakers: always 100%
    panel.show_summary(round_with(6))
    assert "De drie langste sprekers hadden" in panel.summary.text()


def test_the_main_window_opens_maximised_on_a_laptop_screen(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    assert win.screen().availableGeometry().width() <= 1440  # offscreen: 800×600
    show_main_window(win)
    qtbot.waitExposed(win)
    assert win.isMaximized()


def test_the_next_bijeenkomst_starts_with_the_archetype_of_the_last(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    riv = next(g for g in demo_store.gebieden() if g.naam == "Rivierenbuurt")
    last = demo_store.bijeenkomsten(riv.id)[0]  # newest first
    assert last.archetype
    win.reload(select_gebied=riv.id)
    dialog = win.ask_new_bijeenkomst()
    qtbot.addWidget(dialog)
    assert dialog.archetype.currentData() == last.archetype  # shown, and can be changed
    label = dialog.form.labelForField(dialog.archetype).text()
    assert "vorige keer" in label
    dialog.titel.setText("Een jaar later")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: win.state.bijeenkomst is not None)
    assert win.state.bijeenkomst.titel == "Een jaar later"
    assert win.state.bijeenkomst.archetype == last.archetype
