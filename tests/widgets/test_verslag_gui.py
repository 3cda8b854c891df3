"""Closing a bijeenkomst with its meeting facts (Ctrl+E), and Bestand › Verslag maken."""

from __future__ import annotations

import io
from pathlib import Path

from odfdo import Document
from PIL import Image
from PySide6.QtCore import Qt

from app.content import default_pack
from app.system.demo import demo_id
from tests.test_handouts_support import pdf_text, squash
from widgets.dialogs import verslag as verslag_dialog
from widgets.dialogs.verslag import Keuze, VerslagDialog, run_verslag
from widgets.main_window import MainWindow

PACK = default_pack()
STAP_1 = demo_id("bk/riv/1")  # the demo's first evening: inbreng at several questions


def _window(qtbot, store) -> MainWindow:
    win = MainWindow(store, PACK)
    qtbot.addWidget(win)
    win.show()
    return win


def test_closing_asks_the_facts_with_the_contributions_suggested(qtbot, demo_store):
    demo_store.update_bijeenkomst(STAP_1, status="bezig")
    shared = sum(not i.prive for i in demo_store.inbreng(STAP_1))
    win = _window(qtbot, demo_store)
    win.open_bijeenkomst(STAP_1)
    dialog = win.ask_edit_bijeenkomst()
    form = dialog.form
    assert not form.isRowVisible(dialog.bijdragen) and not form.isRowVisible(dialog.organisaties)
    dialog.status.setCurrentIndex(dialog.status.findData("afgesloten"))
    assert form.isRowVisible(dialog.bijdragen) and form.isRowVisible(dialog.organisaties)
    assert dialog.bijdragen.value() == shared > 0
    qtbot.keyClicks(dialog.organisaties, "Bewonersorganisatie, De Wilg")
    qtbot.keyClick(dialog.organisaties, Qt.Key.Key_Return)  # Enter accepts, as OK does
    stored = demo_store.bijeenkomst(STAP_1)
    assert (stored.status, stored.aantal_bijdragen) == ("afgesloten", shared)
    assert stored.organisaties == "Bewonersorganisatie, De Wilg"


def test_the_facts_fields_have_their_own_mnemonics(qtbot, demo_store):
    win = _window(qtbot, demo_store)
    win.open_bijeenkomst(STAP_1)
    dialog = win.ask_edit_bijeenkomst()
    labels = [
        dialog.form.labelForField(w).text()
        for w in (dialog.titel, dialog.aantal, dialog.status, dialog.bijdragen, dialog.organisaties)
    ]
    keys = [text[text.index("&") + 1].lower() for text in labels]
    assert len(set(keys)) == len(keys), labels
    dialog.reject()


def test_the_dialog_leaves_private_things_out_unless_ticked(qtbot):
    dialog = VerslagDialog()
    qtbot.addWidget(dialog)
    assert dialog.keuze() == Keuze(("pdf", "odt"), False, False, False)
    dialog.pdf.setChecked(False)
    dialog.odt.setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.odt.setChecked(True)
    dialog.prive.setChecked(True)
    assert dialog.keuze() == Keuze(("odt",), True, False, False)


def test_making_the_verslag_writes_both_forms(qtbot, demo_store, tmp_path: Path):
    told: list[str] = []
    files = run_verslag(
        demo_store,
        STAP_1,
        None,
        ask=lambda _p: Keuze(("pdf", "odt"), False, False, False),
        ask_path=lambda *_a: str(tmp_path / "verslag.pdf"),
        inform=lambda _p, _t, text: told.append(text),
        warn=lambda _p, _t, text: told.append("FOUT " + text),
    )
    assert files == [tmp_path / "verslag.pdf", tmp_path / "verslag.odt"]
    said = [i.tekst for i in demo_store.inbreng(STAP_1) if not i.prive]
    pdf = squash(pdf_text(files[0].read_bytes()))
    odt = Document(io.BytesIO(files[1].read_bytes())).get_formatted_text()
    assert said and all(squash(t) in pdf and t in odt for t in said)
    assert told and told[0].startswith("Opgeslagen:")


def test_a_folder_that_is_gone_gives_a_dutch_message_and_no_file(qtbot, demo_store, tmp_path):
    told: list[str] = []
    target = tmp_path / "weg" / "verslag.odt"
    files = run_verslag(
        demo_store,
        STAP_1,
        None,
        ask=lambda _p: Keuze(("odt",), False, False, False),
        ask_path=lambda *_a: str(target),
        inform=lambda _p, _t, text: told.append(text),
        warn=lambda _p, title, text: told.append(f"{title}: {text}"),
    )
    assert files == [] and not target.parent.exists()
    assert told == [told[0]] and told[0].startswith("Verslag opslaan is niet gelukt: De map")


def test_the_menu_entry_makes_the_verslag_of_the_open_bijeenkomst(qtbot, demo_store, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        verslag_dialog, "run_verslag", lambda _s, b_id, _p: asked.append(b_id) or []
    )
    win = _window(qtbot, demo_store)
    action = win.menu_actions["verslag"]
    assert "&" in action.text() and action.shortcut().isEmpty()  # a mnemonic, no new key
    win.open_bijeenkomst(STAP_1)
    action.trigger()
    assert asked == [STAP_1]


def test_the_facilitator_is_told_the_photos_went_into_the_verslag(qtbot, demo_store, tmp_path):
    # A poster photo can show names or faces; the photo panel says "komen in het verslag",
    # and so does the message after saving.
    out = io.BytesIO()
    Image.new("RGB", (800, 600), "green").save(out, "JPEG")
    demo_store.add_foto(STAP_1, out.getvalue(), bijschrift="De poster met stippen")
    told: list[str] = []
    run_verslag(
        demo_store,
        STAP_1,
        None,
        ask=lambda _p: Keuze(("pdf",), False, False, False),
        ask_path=lambda *_a: str(tmp_path / "verslag.pdf"),
        inform=lambda _p, _t, text: told.append(text),
        warn=lambda _p, _t, text: told.append("FOUT " + text),
    )
    assert told and "In het verslag: 1 foto." in told[0]
