"""The facilitator's own things in the console: the privé mark, notes, photos; and the
projector, which shows none of them (no label, tooltip or accessible text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from tests.widgets.test_projector import room_text
from widgets import actions
from widgets.common.inbreng_model import InbrengModel
from widgets.console.private_panel import PrivatePanel
from widgets.main_window import MainWindow

PACK = default_pack()


def press(qtbot, widget, binding: actions.Binding) -> None:
    combination = QKeySequence(binding.keys[0])[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


@pytest.fixture
def win(qtbot, demo_store):
    window = MainWindow(demo_store, PACK)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    b = next(x for x in demo_store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    window.open_bijeenkomst(b.id)
    window.state.set_view("bespreken")
    window.start_projection()
    window.state.set_projection("live")
    qtbot.addWidget(window.projector)
    window.activateWindow()
    return window


def _page(win):
    return win.console.pages["bespreken"]


def _typed(qtbot, page, text: str) -> None:
    page.inbreng_input.setFocus()
    qtbot.keyClicks(page.inbreng_input, text)


def _shown(model: InbrengModel, role: Qt.ItemDataRole) -> list[str]:
    return [model.data(model.index(r), role) for r in range(model.rowCount())]


def test_ctrl_shift_p_while_typing_marks_that_item_privé_and_the_room_never_sees_it(qtbot, win):
    page, state = _page(win), win.state
    _typed(qtbot, page, "Openbaar-bankje-bij-de-school")
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_Return)
    _typed(qtbot, page, "Geheim-zorg-om-de-buurman")
    press(qtbot, page.inbreng_input, actions.PRIVE)
    assert page.prive.button.isChecked() and "aan" in page.prive.button.text()
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_Return)

    stored = {i.tekst: i.prive for i in state.inbreng()}
    assert stored == {"Openbaar-bankje-bij-de-school": 0, "Geheim-zorg-om-de-buurman": 1}
    assert not page.prive.button.isChecked()  # the next item is not privé by accident
    # The console marks it in words (not by colour alone), and says so to a screen reader.
    model = page.inbreng_model
    assert "[privé]  Geheim-zorg-om-de-buurman" in _shown(model, Qt.ItemDataRole.DisplayRole)
    spoken = _shown(model, Qt.ItemDataRole.AccessibleTextRole)
    assert any(s.startswith("Privé") and "Geheim-zorg" in s for s in spoken)
    QApplication.processEvents()
    room = room_text(win.projector)
    assert "Openbaar-bankje-bij-de-school" in room
    assert "Geheim-zorg" not in room and "privé" not in room.lower()


def test_ctrl_shift_p_in_the_list_toggles_the_chosen_item(qtbot, win):
    page, state = _page(win), win.state
    _typed(qtbot, page, "Eerst-openbaar-later-niet")
    qtbot.keyClick(page.inbreng_input, Qt.Key.Key_Return)
    page.inbreng_list.setFocus()
    page.inbreng_list.setCurrentRow(page.inbreng_model.rowCount() - 1)
    QApplication.processEvents()
    assert "Eerst-openbaar-later-niet" in room_text(win.projector)

    press(qtbot, page.inbreng_list, actions.PRIVE)
    assert state.inbreng()[-1].prive == 1
    QApplication.processEvents()
    assert "Eerst-openbaar-later-niet" not in room_text(win.projector)
    assert page.selected_inbreng().tekst == "Eerst-openbaar-later-niet"  # still chosen

    press(qtbot, page.inbreng_list, actions.PRIVE)
    assert state.inbreng()[-1].prive == 0
    QApplication.processEvents()
    assert "Eerst-openbaar-later-niet" in room_text(win.projector)


def test_ctrl_shift_m_opens_the_question_note_then_the_bijeenkomst_note(qtbot, win, demo_store):
    state, panel = win.state, _page(win).private_panel
    state.set_view("kompas")
    press(qtbot, win.console, actions.NOTE)
    assert state.view == "bespreken" and panel.vraag_note.hasFocus()
    qtbot.keyClicks(panel.vraag_note, "Vraagnotitie-Anja-niet-noemen")
    b, vraag = state.bijeenkomst, state.vraag
    qtbot.waitUntil(lambda: demo_store.notitie(b.id, vraag.id) == "Vraagnotitie-Anja-niet-noemen")

    press(qtbot, panel.vraag_note, actions.NOTE)
    assert panel.bijeenkomst_note.hasFocus()
    qtbot.keyClicks(panel.bijeenkomst_note, "Avondnotitie-sleutel-bij-Jan")
    qtbot.waitUntil(
        lambda: demo_store.bijeenkomst(b.id).notities.endswith("Avondnotitie-sleutel-bij-Jan")
    )
    QApplication.processEvents()
    for view in ("bespreken", "kompas", "afspraken"):
        state.set_view(view)
        QApplication.processEvents()
        room = room_text(win.projector)
        assert "Vraagnotitie" not in room and "Avondnotitie" not in room

    # Another question has its own note; back again, the first one is there.
    state.next_question()
    assert panel.vraag_note.toPlainText() == ""
    state.previous_question()
    assert panel.vraag_note.toPlainText() == "Vraagnotitie-Anja-niet-noemen"


def flip_over(path: Path) -> Path:
    image = Image.new("RGB", (3000, 4000), "white")
    ImageDraw.Draw(image).line((200, 400, 2800, 500), fill=(0, 0, 150), width=40)
    image.save(path, "JPEG")
    return path


def test_ctrl_shift_i_adds_a_photo_shown_as_a_thumbnail_never_on_the_projector(
    qtbot, win, tmp_path, monkeypatch
):
    state, panel = win.state, _page(win).private_panel
    chosen = [flip_over(tmp_path / "flip-over.jpg")]
    monkeypatch.setattr(PrivatePanel, "ask_files", staticmethod(lambda _parent: chosen))
    press(qtbot, win.console, actions.ADD_PHOTO)

    qtbot.waitUntil(lambda: panel.photo_list.count() == 1)
    foto = state.fotos()[0]
    assert foto.vraag_id == state.vraag.id and max(foto.breedte, foto.hoogte) == 2000
    icon = panel.photo_list.item(0).icon()
    assert not icon.isNull() and icon.availableSizes()  # a real thumbnail
    assert panel.photos_label.text() == "Foto's (1, komen in het verslag):"
    state.set_foto_bijschrift(foto.id, "Bijschrift-flip-over-tafel-1")
    QApplication.processEvents()
    assert "Bijschrift-flip-over-tafel-1" in panel.photo_list.item(0).toolTip()
    assert "Bijschrift-flip-over" not in room_text(win.projector)

    # A file that is no photo: a Dutch message, nothing added.
    text = tmp_path / "notulen.jpg"
    text.write_text("Geen foto maar tekst")
    chosen[:] = [text]
    press(qtbot, win.console, actions.ADD_PHOTO)
    assert "notulen.jpg' kan niet als foto" in win.statusBar().currentMessage()
    assert panel.photo_list.count() == 1


def test_a_photo_dropped_on_the_console_is_added(qtbot, win, tmp_path):
    state, panel = win.state, _page(win).private_panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(flip_over(tmp_path / "poster.JPG")))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.console.dropEvent(drop)
    assert drop.isAccepted()
    assert [f.vraag_id for f in state.fotos()] == [state.vraag.id]
    assert panel.photo_list.count() == 1


def test_a_note_typed_just_before_the_next_question_stays_with_its_question(qtbot, win, demo_store):
    state, panel = win.state, _page(win).private_panel
    first = state.vraag
    panel.vraag_note.setFocus()
    qtbot.keyClicks(panel.vraag_note, "Snel-getypt")
    press(qtbot, panel.vraag_note, actions.NEXT_QUESTION)  # before the note was saved
    assert state.vraag != first
    assert panel.vraag_note.toPlainText() == ""
    b = state.bijeenkomst
    assert demo_store.notitie(b.id, first.id) == "Snel-getypt"
    assert demo_store.notitie(b.id, state.vraag.id) == ""
