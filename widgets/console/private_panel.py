"""The facilitator's own side of the Bespreken page: notes, photos, and the privé mark.

`PrivatePanel` holds the private note of the current question and of the bijeenkomst
(saved as typed) and the photos of the question and the bijeenkomst as thumbnails.
`PriveMark` is the "Privé" switch beside the inbreng field and Ctrl+Shift+P. Nothing
here is ever shown on the projector (app/meeting/room_view.py decides what the room sees).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.meeting.adapter import MeetingState
from app.meeting.core import DataKind
from app.store.records import Foto
from widgets import actions

if TYPE_CHECKING:
    from widgets.console.bespreken import BesprekenPage

THUMB = 96  # pixels on the long side of a thumbnail
SAVE_AFTER_MS = 400  # typing pauses this long before a note is written
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
FOTO_ROLE = Qt.ItemDataRole.UserRole
PRIVE_TIP = "Privé: alleen voor u; nooit op de projectie, in de CSV of in een export"


def photo_paths(mime: QMimeData) -> list[Path]:
    """The JPEG and PNG files in a drag (from a file manager or a phone's folder)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PHOTO_SUFFIXES]


NoteKey = tuple[str, str]  # (bijeenkomst id, vraag id or "" for the bijeenkomst's note)


class _NoteEdit(QPlainTextEdit):
    """A note, written to the store a moment after typing stops (and on leaving it),
    always under the question or bijeenkomst it was typed for."""

    def __init__(self, name: str, save: Callable[[NoteKey, str], None]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)  # Tab leaves the note, as in every other field
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)
        self._shown = ""
        self.key: NoteKey | None = None

    def show_note(self, key: NoteKey | None, text: str) -> None:
        """Show the note under `key`; the text already there stays (keeps the cursor)."""
        if self.toPlainText() != self._shown:
            self.flush()  # what was typed goes to where it was typed, and is not undone
            if key == self.key:
                return
        self.key = key
        if text != self.toPlainText():
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)
        self._shown = text

    def flush(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if self.key is not None and text != self._shown:
            self._shown = text
            self._save(self.key, text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


class PrivatePanel(QWidget):
    """Notes and photos of the current question and of the bijeenkomst."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._icons: dict[str, QIcon] = {}
        heading = QLabel("Nooit op de projectie")
        heading.setWordWrap(True)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.vraag_note = _NoteEdit("Eigen notitie bij deze vraag", state.save_note)
        self.vraag_note.setPlaceholderText(f"Wat u wilt onthouden ({actions.NOTE.shown})")
        self.bijeenkomst_note = _NoteEdit("Eigen notitie bij de bijeenkomst", state.save_note)
        self.bijeenkomst_note.setPlaceholderText("Over de avond als geheel")
        self.vraag_note_label = QLabel("Notitie bij deze &vraag (alleen voor u):")
        self.vraag_note_label.setBuddy(self.vraag_note)
        bijeenkomst_label = QLabel("Notitie bij de bijeenkomst (alleen voor u):")
        bijeenkomst_label.setBuddy(self.bijeenkomst_note)

        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMB, THUMB))
        self.photo_list.setMovement(QListView.Movement.Static)
        # One row of thumbnails that scrolls sideways, so the notes keep their room.
        self.photo_list.setFlow(QListView.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.setGridSize(QSize(THUMB + 44, THUMB + 24))
        self.photo_list.setFixedHeight(THUMB + 24 + 2 * self.photo_list.frameWidth() + 18)
        self.photo_list.setAccessibleName("Foto's van deze vraag en de bijeenkomst")
        self.photo_list.setToolTip("Enter: bijschrift; foto's komen nooit op de projectie")
        self.photos_label = QLabel("Foto's (komen in het verslag):")
        self.add_button = QPushButton("Foto toevoegen…")
        self.add_button.setToolTip(f"{actions.ADD_PHOTO.shown}; of sleep een foto op het venster")
        self.delete_button = QPushButton("Foto verwijderen")
        for button in (self.add_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_button)
        photo_buttons.addWidget(self.delete_button)
        photo_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.vraag_note_label)
        layout.addWidget(self.vraag_note, 2)
        layout.addWidget(bijeenkomst_label)
        layout.addWidget(self.bijeenkomst_note, 1)
        layout.addWidget(self.photos_label)
        layout.addWidget(self.photo_list)
        layout.addLayout(photo_buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        s = self.state
        s.bijeenkomst_changed.connect(lambda _b: self.refresh())
        s.question_changed.connect(lambda _v: self.refresh())
        s.data_changed.connect(self._on_data_changed)
        s.outside_changed.connect(self.refresh)
        self.add_button.clicked.connect(self.ask_photos)
        self.delete_button.clicked.connect(self.delete_photo)
        self.photo_list.itemActivated.connect(self._edit_caption)

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.FOTO:
            self._fill_photos()
        elif kind in (DataKind.NOTITIE, DataKind.BIJEENKOMST):
            self._fill_notes()

    def refresh(self) -> None:
        self._fill_notes()
        self._fill_photos()

    def _fill_notes(self) -> None:
        s = self.state
        for edit, key in (
            (self.vraag_note, s.note_key()),
            (self.bijeenkomst_note, s.note_key(of_question=False)),
        ):
            edit.show_note(key, s.note_text(key))
            edit.setEnabled(key is not None)

    def _fill_photos(self) -> None:
        current = self.photo_list.currentItem()
        keep = current.data(FOTO_ROLE) if current else None
        self.photo_list.clear()
        fotos = self.state.fotos() if self.state.bijeenkomst else []
        for foto in fotos:
            item = QListWidgetItem(self._icon(foto), self._caption(foto))
            item.setData(FOTO_ROLE, foto.id)
            where = "bij deze vraag" if foto.vraag_id else "bij de bijeenkomst"
            item.setToolTip(f"{foto.bijschrift or 'Foto'} ({where}, {foto.breedte}×{foto.hoogte})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Foto {where}: {foto.bijschrift}")
            self.photo_list.addItem(item)
            if foto.id == keep:
                self.photo_list.setCurrentItem(item)
        # The flip-over and the poster are for everyone who was there: in the verslag.
        self.photos_label.setText(f"Foto's ({len(fotos)}, komen in het verslag):")
        self.delete_button.setEnabled(bool(fotos))

    @staticmethod
    def _caption(foto: Foto) -> str:
        text = foto.bijschrift or ("vraag" if foto.vraag_id else "bijeenkomst")
        return text if len(text) <= 30 else text[:29] + "…"

    def _icon(self, foto: Foto) -> QIcon:
        key = f"{foto.id}:{foto.grootte}"
        if key not in self._icons:
            photo = QPixmap()
            photo.loadFromData(self.state.foto_data(foto.id))
            photo = photo.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            # Centred on a square, so captions of upright and wide photos line up.
            square = QPixmap(THUMB, THUMB)
            square.fill(Qt.GlobalColor.transparent)
            painter = QPainter(square)
            painter.drawPixmap((THUMB - photo.width()) // 2, (THUMB - photo.height()) // 2, photo)
            painter.end()
            self._icons[key] = QIcon(square)
        return self._icons[key]

    # -- what the facilitator does ------------------------------------------------------
    def focus_note(self) -> None:
        """Ctrl+Shift+M: the note of the question; pressed again, the bijeenkomst's."""
        if self.vraag_note.hasFocus() or not self.vraag_note.isEnabled():
            self.bijeenkomst_note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.vraag_note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def ask_files(parent: QWidget) -> list[Path]:
        """The photo files chosen in a file dialog (tests replace this)."""
        names, _filter = QFileDialog.getOpenFileNames(
            parent,
            "Foto toevoegen",
            str(Path.home()),
            "Foto's (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)",
        )
        return [Path(n) for n in names]

    def ask_photos(self, *, bij_vraag: bool = True) -> None:
        if self.state.bijeenkomst is None:
            return
        paths = self.ask_files(self)
        if paths:
            self.add_photos(paths, bij_vraag=bij_vraag)

    def add_photos(self, paths: list[Path], *, bij_vraag: bool = True) -> None:
        if self.state.bijeenkomst is None or not paths:
            return
        added = self.state.add_fotos(paths, bij_vraag=bij_vraag)
        if added:
            for i in range(self.photo_list.count()):
                item = self.photo_list.item(i)
                if item is not None and item.data(FOTO_ROLE) == added[-1].id:
                    self.photo_list.setCurrentItem(item)

    def _current_foto(self) -> str | None:
        item = self.photo_list.currentItem()
        return str(item.data(FOTO_ROLE)) if item is not None else None

    @staticmethod
    def confirm_delete(parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, "Foto verwijderen", "Deze foto verwijderen? Dat kan niet ongedaan worden."
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_photo(self) -> None:
        foto_id = self._current_foto()
        if foto_id is not None and self.confirm_delete(self):
            self.state.delete_foto(foto_id)

    def _edit_caption(self, item: QListWidgetItem) -> None:
        foto_id = str(item.data(FOTO_ROLE))
        old = next((f.bijschrift for f in self.state.fotos() if f.id == foto_id), "")
        text, ok = QInputDialog.getText(self, "Bijschrift", "Bijschrift bij deze foto:", text=old)
        if ok:
            self.state.set_foto_bijschrift(foto_id, text)

    def flush(self) -> None:
        self.vraag_note.flush()
        self.bijeenkomst_note.flush()


class PriveMark(QObject):
    """The "Privé" switch beside the inbreng field, and Ctrl+Shift+P on the page.

    In the list, the key marks the chosen item privé (or not); in the field, it marks
    what is being typed or edited, which is stored so on Enter. The switch then goes off:
    each item is marked on its own, never a whole evening by a forgotten switch.
    """

    def __init__(self, page: BesprekenPage) -> None:
        super().__init__(page)
        self.page = page
        self.button = QPushButton("Privé")
        self.button.setCheckable(True)
        self.button.setAccessibleName("Privé: wat u typt komt niet op de projectie")
        self.button.setToolTip(f"{PRIVE_TIP} ({actions.PRIVE.shown})")
        self.button.toggled.connect(self._show)
        actions.add_shortcuts(page, actions.PRIVE, self.toggle)

    def _show(self, on: bool) -> None:
        # Said in words, not only by the pressed look or a colour.
        self.button.setText("Privé: aan" if on else "Privé")

    def set(self, on: bool) -> None:
        self.button.setChecked(on)

    def on(self) -> bool:
        return self.button.isChecked()

    def toggle(self) -> None:
        page = self.page
        item = page.selected_inbreng()
        if page.inbreng_list.hasFocus() and item is not None:
            page.state.toggle_prive(item.id)
            page.inbreng_list.select_record(item.id)
        else:
            self.button.toggle()
