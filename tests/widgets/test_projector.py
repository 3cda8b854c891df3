"""The projector window: placement, mirroring the console, privacy, presenter keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.content import default_pack
from widgets.main_window import MainWindow
from widgets.projector.window import body_px

PACK = default_pack()


@pytest.fixture
def meeting(qtbot, demo_store):
    win = MainWindow(demo_store, PACK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    b = next(x for x in demo_store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    demo_store.update_bijeenkomst(b.id, notities="GEHEIM: Anja wil niet op de foto")
    win.open_bijeenkomst(b.id)
    win.start_projection()
    win.state.set_projection("live")
    qtbot.addWidget(win.projector)
    return win


def room_text(projector: QWidget) -> str:
    """Everything the projector window could show or read out, visible or not."""
    parts = [projector.windowTitle()]
    for widget in [projector, *projector.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(parts)


def test_projector_mirrors_question_tallies_and_kompas(qtbot, meeting):
    state, projector = meeting.state, meeting.projector
    page = meeting.console.pages["bespreken"]
    state.next_question()
    QApplication.processEvents()
    assert projector.question.text() == state.text(state.vraag.tekst)
    page.tally_spins["eens"].setValue(14)
    page.tally_spins["oneens"].setValue(3)
    QApplication.processEvents()
    assert ("eens", 14) in projector.bars.rows and ("oneens", 3) in projector.bars.rows
    state.set_view("kompas")
    kompas = meeting.console.pages["kompas"]
    kompas.nu["zeggenschap"].setValue(5)
    QApplication.processEvents()
    assert projector.radar.isVisibleTo(projector)
    zeggenschap = next(p for p in projector.radar.points if p.label == "Zeggenschap")
    assert zeggenschap.nu == 5


def test_notes_and_names_stay_off_the_projector_until_the_toggle(qtbot, meeting):
    state, projector = meeting.state, meeting.projector
    for label in ("Anja", "Mehmet", "Stoel 3"):
        state.add_deelnemer(label)
    # A note on the question and a privé item, on the question the room is looking at.
    state.set_notitie("GEHEIM-vraagnotitie")
    state.add_inbreng("GEHEIM-prive-inbreng", prive=True)
    state.start_round()
    state.next_speaker()
    for mode in ("welkom", "live"):
        for view in ("bespreken", "kompas", "afspraken", "archetype", "evalueren", "rollen"):
            state.set_projection(mode)
            state.set_view(view)
            QApplication.processEvents()
            text = room_text(projector)
            assert "GEHEIM" not in text and "foto" not in text
            assert "Anja" not in text and "Mehmet" not in text
    state.set_view("bespreken")
    # Anja spoke, Mehmet speaks now: only one has not had the word, and no name shows
    assert "Nog niet aan het woord geweest: 1" in projector.round_label.text()
    meeting.console.names_toggle.setChecked(True)  # the visible switch in the console
    QApplication.processEvents()
    assert state.projection.show_names
    assert "Mehmet" in room_text(projector)
    assert "GEHEIM" not in room_text(projector)  # notes never, not even with names on


KEYS = [
    (Qt.Key.Key_PageDown, "next"),
    (Qt.Key.Key_Right, "next"),
    (Qt.Key.Key_Space, "next"),
    (Qt.Key.Key_PageUp, "previous"),
    (Qt.Key.Key_Left, "previous"),
]


@pytest.mark.parametrize(("key", "direction"), KEYS)
def test_presenter_navigation_keys_in_the_projector_window(qtbot, meeting, key, direction):
    state = meeting.state
    qs = state.questions()
    state.set_question(qs[2].id)
    qtbot.keyClick(meeting.projector, key)
    assert state.vraag == (qs[3] if direction == "next" else qs[1])


def test_pagedown_from_the_console_even_while_typing(qtbot, meeting):
    state = meeting.state
    field = meeting.console.pages["bespreken"].inbreng_input
    first = state.vraag
    field.setFocus()
    qtbot.keyClicks(field, "half getypt")
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert state.vraag != first
    qtbot.keyClick(field, Qt.Key.Key_Space)  # a space while typing stays a space
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.text() == "half getypt "
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert state.vraag == first


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_blackout_keys_toggle(qtbot, meeting, key):
    qtbot.keyClick(meeting.projector, key)
    assert meeting.state.projection.mode == "zwart"
    assert meeting.projector.stack.currentWidget() is meeting.projector.black
    qtbot.keyClick(meeting.projector, key)
    assert meeting.state.projection.mode == "live"


def test_w_shows_the_welcome_screen_with_the_follow_up_qr(qtbot, meeting):
    qtbot.keyClick(meeting.projector, Qt.Key.Key_W)
    projector = meeting.projector
    assert meeting.state.projection.mode == "welkom"
    assert projector.stack.currentWidget() is projector.welcome
    assert "Rivierenbuurt" in projector.welcome_title.text()
    assert (
        projector.qr.matrix and "https://stem.example.nl/rivierenbuurt" in projector.qr_url.text()
    )
    qtbot.keyClick(projector, Qt.Key.Key_W)
    assert meeting.state.projection.mode == "live"


def test_esc_leaves_and_f5_starts_projection(qtbot, meeting):
    projector = meeting.projector
    projector.activateWindow()  # as when the facilitator clicks the room view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert meeting.state.projection.mode == "uit" and not projector.isVisible()
    meeting.console.tabs.setFocus()
    qtbot.keyClick(meeting.console.tabs, Qt.Key.Key_F5)
    assert meeting.state.projection.mode == "welkom" and projector.isVisible()


def test_preview_is_a_normal_window(qtbot, meeting):
    meeting.stop_projection()
    meeting.preview_projection()
    assert meeting.projector.isVisible() and not meeting.projector.isFullScreen()


def test_body_text_scales_with_the_window():
    assert body_px(1080) == 36
    assert body_px(2160) == 72
    assert body_px(300) == 16


def test_next_from_the_welcome_screen_shows_the_current_question_first(qtbot, meeting):
    state = meeting.state
    here = state.vraag
    state.set_projection("welkom")
    qtbot.keyClick(meeting.projector, Qt.Key.Key_PageDown)
    assert state.projection.mode == "live" and state.vraag == here
    qtbot.keyClick(meeting.projector, Qt.Key.Key_PageDown)
    assert state.vraag != here


def test_many_inbreng_on_the_projector_says_how_many_are_not_shown(qtbot, meeting):
    state = meeting.state
    for i in range(12):
        state.add_inbreng(f"Punt {i}")
    QApplication.processEvents()
    total = len(state.inbreng())
    assert f"(en {total - 8} eerder genoemd)" in meeting.projector.inbreng.text()
