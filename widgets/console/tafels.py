"""Tafels in the console: the bar that says for which tafel inbreng is typed, the dialog
that chooses and manages the tafels (Ctrl+Shift+A) and the jump to a question by its
number (Ctrl+J). They show and forward; the meeting state does the work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from app.store.records import Bijeenkomst, Tafel
from widgets import actions
from widgets.common.inbreng_model import InbrengModel
from widgets.common.themes import error_colour
from widgets.dialogs.ask import ok_cancel

TAFEL_ROLE = Qt.ItemDataRole.UserRole
PLENAIR = "Geen tafel (plenair)"


def tafel_text(tafel: Tafel | None) -> str:
    if tafel is None:
        return PLENAIR
    leider = f" · gespreksleider {tafel.gespreksleider}" if tafel.gespreksleider else ""
    return f"{tafel.titel}{leider}"


class TafelBar(QWidget):
    """ "Je typt voor: Tafel 2 · gespreksleider Mark" above the inbreng field, with the
    button that chooses another tafel. Shown when the bijeenkomst is held at tafels (or
    has tafels).

    Signals:
        choose_requested(): the facilitator wants to choose or manage the tafels
    """

    choose_requested = Signal()

    def __init__(
        self, state: MeetingState, model: InbrengModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.model = model  # the inbreng list, told the tafels' names
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setAccessibleName("Tafel waarvoor je inbreng typt")
        self.button = QPushButton(f"Andere tafel… ({actions.TAFEL.shown})")
        self.button.setToolTip("Kies de tafel, of voeg tafels toe en geef ze een gespreksleider")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAutoFillBackground(True)
        self.button.clicked.connect(self.choose_requested)
        state.bijeenkomst_changed.connect(lambda _b: self.refresh())
        state.data_changed.connect(self._on_data)
        self.refresh()

    def _on_data(self, kind: DataKind) -> None:
        if kind in (DataKind.TAFEL, DataKind.BIJEENKOMST):
            self.refresh()

    def refresh(self) -> None:
        b: Bijeenkomst | None = self.state.bijeenkomst
        tafels = self.state.tafels() if b else []
        self.setVisible(b is not None and (b.vorm == "tafel" or bool(tafels)))
        self.model.set_tafels(self.state.tafel_titels() if b else {})
        if b is None:
            return
        tafel = self.state.current_tafel()
        self.label.setText(f"Je typt voor: {tafel_text(tafel)}")
        # A tafel stands out in the highlight colour; plenary looks plain.
        role = "highlight" if tafel else "window"
        text = "highlighted-text" if tafel else "window-text"
        self.setStyleSheet(
            f"TafelBar {{ background: palette({role}); }} QLabel {{ color: palette({text}); }}"
        )


class TafelDialog(QDialog):
    """Choose the tafel inbreng is typed for, and add, rename, give a gespreksleider or
    remove tafels, all from the keyboard: arrows and Enter choose, Alt+letters the rest."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Tafels")
        self.list = QListWidget()
        self.list.setAccessibleName("Tafels van deze bijeenkomst")
        self.titel = QLineEdit()
        self.titel.setPlaceholderText("bijvoorbeeld Tafel 1 of Bij het raam")
        self.titel.setAccessibleName("Naam van de tafel")
        self.leider = QLineEdit()
        self.leider.setPlaceholderText("een voornaam of rol; geen adres of telefoon")
        self.leider.setAccessibleName("Gespreksleider van de tafel")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.choose_button = QPushButton("&Kiezen")
        self.add_button = QPushButton("&Nieuwe tafel")
        self.save_button = QPushButton("&Wijzigen")
        self.delete_button = QPushButton("&Verwijderen")
        self.close_button = QPushButton("Sluiten")
        # No default button: Enter in the list chooses (itemActivated), Enter in a field
        # adds or saves; a default button would also close the dialog on that Enter.
        for button in (
            self.choose_button,
            self.add_button,
            self.save_button,
            self.delete_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        form = QFormLayout()
        titel_label = QLabel("Naa&m:")
        titel_label.setBuddy(self.titel)
        leider_label = QLabel("&Gespreksleider:")
        leider_label.setBuddy(self.leider)
        form.addRow(titel_label, self.titel)
        form.addRow(leider_label, self.leider)
        buttons = QHBoxLayout()
        for button in (
            self.choose_button,
            self.add_button,
            self.save_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        hint = QLabel(
            "Pijltjes en Enter kiezen de tafel waarvoor je typt; Delete verwijdert de "
            "gekozen tafel. Wat er aan die tafel gezegd is, blijft bewaard (zonder tafel)."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(520, 420)
        self.list.currentItemChanged.connect(lambda _c, _p: self._fill_form())
        self.list.itemActivated.connect(lambda _i: self.choose())
        self.choose_button.clicked.connect(self.choose)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.reject)
        self.titel.returnPressed.connect(self._enter_in_form)
        self.leider.returnPressed.connect(self._enter_in_form)
        state.error.connect(self._show_error)
        self.list.installEventFilter(self)
        self.fill(select=state.current_tafel())
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+letter on the list goes to the buttons: the list would take it as a search."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            return True  # not accepted: the button's mnemonic gets it
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete()
            return True
        return super().eventFilter(watched, event)

    def fill(self, select: Tafel | None = None) -> None:
        self.list.clear()
        for tafel in [None, *self.state.tafels()]:
            item = QListWidgetItem(tafel_text(tafel))
            item.setData(TAFEL_ROLE, tafel.id if tafel else None)
            self.list.addItem(item)
            if (tafel.id if tafel else None) == (select.id if select else None):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def selected(self) -> Tafel | None:
        item = self.list.currentItem()
        tafel_id = item.data(TAFEL_ROLE) if item is not None else None
        return next((t for t in self.state.tafels() if t.id == tafel_id), None)

    def _fill_form(self) -> None:
        tafel = self.selected()
        self.titel.setText(tafel.titel if tafel else "")
        self.leider.setText(tafel.gespreksleider if tafel else "")
        self.save_button.setEnabled(tafel is not None)
        self.delete_button.setEnabled(tafel is not None)

    def _enter_in_form(self) -> None:
        """Enter in a field: with "Geen tafel" selected a new tafel, else save the one."""
        if self.selected() is None:
            self.add()
        else:
            self.save()

    def choose(self) -> None:
        tafel = self.selected()
        self.state.choose_tafel(tafel.id if tafel else None)
        self.accept()

    def add(self) -> None:
        self.message.clear()
        titel = self.titel.text()
        if not titel.strip():
            titel = f"Tafel {len(self.state.tafels()) + 1}"
        added = self.state.add_tafel(titel, self.leider.text())
        if added is not None:
            self.fill(select=added)
            self.message.setText(f"{added.titel} is toegevoegd. Enter kiest deze tafel.")
            self.list.setFocus()

    def save(self) -> None:
        tafel = self.selected()
        if tafel is None:
            return
        self.message.clear()
        saved = self.state.update_tafel(
            tafel.id, titel=self.titel.text(), gespreksleider=self.leider.text()
        )
        if saved is not None:
            self.fill(select=saved)
            self.message.setText(f"{saved.titel} is gewijzigd.")

    def delete(self) -> None:
        tafel = self.selected()
        if tafel is None:
            return
        if self.state.delete_tafel(tafel.id) is not None:
            self.fill()
            self.message.setText(
                f"{tafel.titel} is verwijderd. Wat er aan die tafel gezegd is, staat er nog "
                "(zonder tafel); de getelde handen tellen mee bij plenair."
            )

    def _show_error(self, message: str) -> None:
        if self.isVisible():
            self.message.setText(message)
            self.message.setStyleSheet(f"color: {error_colour(self.palette())};")

    def done(self, result: int) -> None:
        self.state.error.disconnect(self._show_error)
        super().done(result)


class JumpDialog(QDialog):
    """Ctrl+J: type a question's number (K2.3, as on the tafelvel) and go there."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Naar vraag")
        self.field = QLineEdit()
        self.field.setPlaceholderText("bijvoorbeeld K2.3")
        self.field.setAccessibleName("Nummer van de vraag")
        label = QLabel("&Nummer van de vraag (staat op het tafelvel):")
        label.setBuddy(self.field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour(self.palette())};")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        problem = self.state.jump_to(self.field.text())
        if problem is not None:
            self.message.setText(problem)
            self.field.selectAll()
            self.field.setFocus()
            return
        super().accept()
