"""Small forms: new gebied, new bijeenkomst, witte vlek. Each validates through app/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.content import ContentPack, default_pack, wording
from app.content.labels import GEBIED_SOORT_LABELS, STATUS_LABELS, VORM_LABELS
from app.errors import InvalidInput
from app.store import validation
from app.store.records import Bijeenkomst
from app.store.schema import SOORTEN_GEBIED, VORMEN
from widgets.common.themes import ErrorLabel


class _Form(QDialog):
    """A dialog with a form, an error line and OK/Annuleren; `values()` on accept."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # OK is the default button: Enter in any field accepts. The buttons are made before
        # the fields, so they would come first in the focus chain and take the focus on
        # opening, where a typed space presses OK; `showEvent` puts it in the first field.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add(self, label: str, widget: QWidget, name: str) -> None:
        text = QLabel(label)
        text.setBuddy(widget)
        widget.setAccessibleName(name)
        self.form.addRow(text, widget)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.error.clear())  # an old error misleads
        if isinstance(widget, QDateEdit):
            widget.installEventFilter(self)  # Tab leaves the date, not just its day field

    def first_field(self) -> QWidget | None:
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        return first.widget() if first is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        items = (
            self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            for row in range(self.form.rowCount())
        )
        fields: list[QWidget] = [w for item in items if item is not None and (w := item.widget())]
        for before, after in zip(fields, [*fields[1:], self.buttons], strict=True):
            QWidget.setTabOrder(before, after)  # the fields in order, then the buttons
        field = self.first_field()
        if field is not None:
            # As if tabbed to: text already in the field (Bewerken) is selected, so typing
            # replaces it rather than gluing on.
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDateEdit) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.focusNextPrevChild(key == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(watched, event)

    def check(self) -> None:
        """Raise InvalidInput (Dutch) when a field is wrong."""

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _try_accept(self) -> None:
        try:
            self.check()
        except InvalidInput as exc:
            self.error.setText(exc.message)
            field = self.first_field()
            if field is not None:  # not OK: a space typed next would press it again
                field.setFocus()
            return
        self.accept()


class GebiedDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Nieuw gebied", parent)
        self.naam = QLineEdit()
        self.soort = QComboBox()
        for soort in SOORTEN_GEBIED:
            self.soort.addItem(GEBIED_SOORT_LABELS[soort], soort)
        self.gebiedsteam = QLineEdit()
        self.add("&Naam:", self.naam, "Naam van de wijk of het dorp")
        self.add("&Soort:", self.soort, "Wijk of dorp")
        self.add("&Gebiedsteam:", self.gebiedsteam, "Gebiedsteam")

    def check(self) -> None:
        validation.text(self.naam.text(), "de naam van de wijk of het dorp", max_len=200)

    def values(self) -> dict[str, Any]:
        return {
            "naam": self.naam.text(),
            "soort": self.soort.currentData(),
            "gebiedsteam": self.gebiedsteam.text(),
        }


class BijeenkomstDialog(_Form):
    """New bijeenkomst, or (with `existing`) change one, including count and status.

    The stappen come from the content pack, worded for the gebied's `soort`."""

    def __init__(
        self,
        gebied_naam: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        existing: Bijeenkomst | None = None,
        pack: ContentPack | None = None,
        soort: str = "wijk",
        previous: Bijeenkomst | None = None,
    ) -> None:
        title = "Bijeenkomst bewerken" if existing else f"Nieuwe bijeenkomst in {gebied_naam}"
        super().__init__(title, parent)
        self.existing = existing
        today = dt.date.fromisoformat(existing.datum) if existing else (today or dt.date.today())
        self.titel = QLineEdit()
        self.datum = QDateEdit(QDate(today.year, today.month, today.day))
        self.datum.setCalendarPopup(True)
        self.datum.setDisplayFormat("dd-MM-yyyy")
        self.locatie = QLineEdit()
        self.vorm = QComboBox()
        for vorm in VORMEN:
            self.vorm.addItem(VORM_LABELS[vorm], vorm)
        self.stap = QComboBox()
        for stap in (pack or default_pack()).stappen:
            self.stap.addItem(f"{stap.nummer}. {wording(stap.titel, soort)}", stap.nummer)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… (mag leeg blijven)")
        self.add("&Titel:", self.titel, "Titel van de bijeenkomst")
        self.add("&Datum:", self.datum, "Datum")
        self.add("&Locatie:", self.locatie, "Locatie")
        self.add("&Vorm:", self.vorm, "Vorm van de bijeenkomst")
        self.add("&Stap:", self.stap, "Stap van het Gronings model")
        self.add("&Webadres voor later:", self.url, "Webadres voor de online opvolging")
        self.archetype: QComboBox | None = None
        if existing is None:
            # The next bijeenkomst of a gebied starts where the last one ended, visibly.
            self.archetype = QComboBox()
            self.archetype.addItem("nog niet gekozen", None)
            for a in (pack or default_pack()).archetypen:
                self.archetype.addItem(f"{a.nummer}. {wording(a.titel, soort)}", a.id)
            label = "&Archetype:"
            if previous is not None and previous.archetype:
                self.archetype.setCurrentIndex(max(0, self.archetype.findData(previous.archetype)))
                label = "&Archetype (als vorige keer):"
                self.archetype.setToolTip(f"Gekozen bij ‘{previous.titel}’")
            self.add(label, self.archetype, "Archetype van de bijeenkomst")
        if existing is not None:
            self.aantal = QSpinBox()
            self.aantal.setRange(0, 9999)
            self.aantal.setSpecialValueText("niet geteld")
            self.aantal.setValue(existing.aantal_deelnemers or 0)
            self.status = QComboBox()
            for key, label in STATUS_LABELS.items():
                self.status.addItem(label, key)
            self.status.setCurrentIndex(max(0, self.status.findData(existing.status)))
            self.add("&Aantal deelnemers:", self.aantal, "Aantal deelnemers")
            self.add("Stat&us:", self.status, "Status van de bijeenkomst")
            # The meeting facts the follow-up platforms ask for, shown once it is closed.
            self.bijdragen = QSpinBox()
            self.bijdragen.setRange(0, 999_999)
            self.bijdragen.setSpecialValueText("niet geteld")
            self.bijdragen.setValue(existing.aantal_bijdragen or 0)
            self.organisaties = QLineEdit(existing.organisaties)
            self.organisaties.setPlaceholderText("bijvoorbeeld: Dorpsbelang, de school")
            self.organisaties.setMinimumWidth(340)  # a list of names, readable as typed
            self.add("Aantal &bijdragen:", self.bijdragen, "Aantal bijdragen")
            self.add("Aanwezige &organisaties:", self.organisaties, "Aanwezige organisaties")
            self._suggested = 0
            self.status.currentIndexChanged.connect(lambda _i: self._show_facts())
            self._show_facts()
            self.titel.setText(existing.titel)
            self.locatie.setText(existing.locatie)
            self.vorm.setCurrentIndex(max(0, self.vorm.findData(existing.vorm)))
            self.stap.setCurrentIndex(max(0, self.stap.findData(existing.stap)))
            self.url.setText(existing.follow_up_url or "")

    def suggest_bijdragen(self, count: int) -> None:
        """The number of inbreng items (not privé, as Decidim counts them): offered as the
        number of contributions at closing when none was entered yet."""
        self._suggested = count
        self.bijdragen.setToolTip(f"In Wijkpraat staan {count} inbreng bij deze bijeenkomst.")
        self._show_facts()

    def _show_facts(self) -> None:
        closed = self.status.currentData() == "afgesloten"
        for field in (self.bijdragen, self.organisaties):
            self.form.setRowVisible(field, closed)
        if closed and self.bijdragen.value() == 0 and self._suggested:
            self.bijdragen.setValue(self._suggested)

    def check(self) -> None:
        validation.text(self.titel.text(), "de titel", max_len=200)
        validation.url(self.url.text())
        if self.existing is not None:
            validation.text(self.organisaties.text(), "de aanwezige organisaties", required=False)

    def values(self) -> dict[str, Any]:
        values = {
            "titel": self.titel.text(),
            "datum": self.datum.date().toPython(),
            "locatie": self.locatie.text(),
            "vorm": self.vorm.currentData(),
            "stap": self.stap.currentData(),
            "follow_up_url": self.url.text() or None,
        }
        if self.archetype is not None:
            values["archetype"] = self.archetype.currentData()
        if self.existing is not None:
            values["aantal_deelnemers"] = self.aantal.value() or None
            values["status"] = self.status.currentData()
            values["aantal_bijdragen"] = self.bijdragen.value() or None
            values["organisaties"] = self.organisaties.text().strip()
        return values


class WitteVlekDialog(_Form):
    def __init__(
        self,
        pack: ContentPack,
        default_onderdeel: str | None,
        text: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Witte vlek: wat ontbreekt er?", parent)
        self.tekst = QLineEdit()
        self.link = QComboBox()
        self.link.addItem("(nergens aan gekoppeld)", None)
        for w in pack.kompas:
            self.link.addItem(f"Kompas: {text(w.titel)}", ("waarde", w.id))
        for b in pack.bouwstenen:
            self.link.addItem(f"Bouwsteen: {text(b.titel)}", ("bouwsteen", b.id))
        for i in range(self.link.count()):
            data = self.link.itemData(i)
            if data and data[1] == default_onderdeel:
                self.link.setCurrentIndex(i)
        self.add("&Wat ontbreekt:", self.tekst, "Wat ontbreekt er")
        self.add("&Hoort bij:", self.link, "Kompaswaarde of bouwsteen")

    def check(self) -> None:
        validation.text(self.tekst.text(), "wat er ontbreekt")

    def values(self) -> dict[str, Any]:
        kind_id = self.link.currentData()
        return {
            "tekst": self.tekst.text(),
            "waarde_id": kind_id[1] if kind_id and kind_id[0] == "waarde" else None,
            "bouwsteen_id": kind_id[1] if kind_id and kind_id[0] == "bouwsteen" else None,
        }
