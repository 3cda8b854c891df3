"""Bestand › Verslag maken: the verslag of a bijeenkomst as PDF and/or editable .odt.

Shows and forwards: what to make and what to include (privé inbreng, eigen notities and
namen are off unless ticked), where to save it, then `app.handouts.verslag` reads, builds
(with progress, in a worker thread) and writes each file all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QVBoxLayout, QWidget

from app.content.labels import count_label
from app.errors import WijkpraatError
from app.store import Store
from widgets.dialogs.ask import inform as _inform
from widgets.dialogs.ask import ok_cancel
from widgets.dialogs.ask import save_path as _save_path
from widgets.dialogs.ask import warn as _warn

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

PathAsker = Callable[[QWidget | None, str, str, str], str]
Informer = Callable[[QWidget | None, str, str], object]
FILTERS = {"pdf": "PDF (*.pdf)", "odt": "Tekstdocument om te bewerken (*.odt)"}


@dataclass(frozen=True)
class Keuze:
    formaten: tuple[str, ...]  # "pdf", "odt"
    prive: bool
    notities: bool
    namen: bool


class VerslagDialog(QDialog):
    """What the verslag holds and in which forms; privacy choices start off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Verslag maken")
        intro = QLabel(
            "Het verslag om na de bijeenkomst te sturen. Het .odt-bestand kunt u eerst "
            "bewerken in Word of LibreOffice."
        )
        intro.setWordWrap(True)
        self.pdf = QCheckBox("&PDF, om af te drukken of te mailen")
        self.odt = QCheckBox("&Tekstdocument (.odt), om te bewerken")
        self.pdf.setChecked(True)
        self.odt.setChecked(True)
        self.prive = QCheckBox("Ook p&rivé inbreng opnemen")
        self.notities = QCheckBox("Ook mijn eigen &notities opnemen")
        self.namen = QCheckBox("Ook de n&amen van deelnemers opnemen")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in (self.pdf, self.odt, self.prive, self.notities, self.namen):
            layout.addWidget(box)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        for box in (self.pdf, self.odt):
            box.toggled.connect(self._one_form_at_least)

    def _one_form_at_least(self) -> None:
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(
            self.pdf.isChecked() or self.odt.isChecked()
        )

    def keuze(self) -> Keuze:
        formaten = tuple(f for f, box in (("pdf", self.pdf), ("odt", self.odt)) if box.isChecked())
        return Keuze(
            formaten, self.prive.isChecked(), self.notities.isChecked(), self.namen.isChecked()
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Keuze | None:
        dialog = cls(parent)
        return dialog.keuze() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_verslag(
    store: Store,
    bijeenkomst_id: str,
    parent: QWidget | None = None,
    *,
    ask: Callable[[QWidget | None], Keuze | None] = VerslagDialog.ask,
    ask_path: PathAsker = _save_path,
    inform: Informer = _inform,
    warn: Informer = _warn,
) -> list[Path]:
    """Ask what and where, make and write; returns the files (none when cancelled)."""
    from app.handouts.verslag import Keuzes, default_name, make_verslag, read_verslag, save_verslag
    from widgets.dialogs.printing import run_with_progress

    keuze = ask(parent)
    if keuze is None or not keuze.formaten:
        return []
    try:
        data = read_verslag(store, bijeenkomst_id, Keuzes(keuze.prive, keuze.notities, keuze.namen))
        first = keuze.formaten[0]
        name = ask_path(parent, "Verslag opslaan als", default_name(data, first), FILTERS[first])
        if not name:
            return []
        base = Path(name)
        targets = {f: base.with_suffix(f".{f}") for f in keuze.formaten}
        verslagen = run_with_progress(
            parent, "Het verslag wordt gemaakt…", lambda: make_verslag(data, keuze.formaten)
        )
        files = save_verslag(verslagen, targets)
    except WijkpraatError as exc:
        warn(parent, "Verslag opslaan is niet gelukt", exc.message)
        return []
    text = "Opgeslagen: " + ", ".join(str(f) for f in files) + "."
    if data.aantal_fotos:  # a poster photo can show names or faces: say they went in
        shown = count_label(data.aantal_fotos, "foto", "foto's")
        text += f" In het verslag: {shown}."
    if data.weggelaten:
        text += " Niet in het verslag: " + ", ".join(data.weggelaten) + "."
    inform(parent, "Verslag opgeslagen", text)
    return files


def ask_verslag(w: MainWindow) -> list[Path]:
    """Bestand › Verslag maken, for the open bijeenkomst or the one chosen in the overview."""
    b = w.state.bijeenkomst or w.selected_bijeenkomst()
    if b is None:
        _warn(w, "Verslag maken", "Kies eerst een bijeenkomst.")
        return []
    if w.console is not None:
        w.console.flush()  # what was just typed goes in too
    return run_verslag(w.store, b.id, w)
