"""The facilitator's console: header with timer, and one tab per part of the praatplaat."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import VORM_LABELS, datum_kort
from app.meeting.adapter import MeetingState
from app.meeting.core import NUMBERED_VIEWS, VIEWS, DataKind, Projection
from app.meeting.timer import TimerStatus
from app.store.records import Bijeenkomst
from widgets import actions
from widgets.common.themes import error_colour
from widgets.console.afspraken import AfsprakenPage
from widgets.console.archetype import ArchetypePage
from widgets.console.bespreken import BesprekenPage
from widgets.console.evaluatie import EvaluatiePage
from widgets.console.kompas import KompasPage
from widgets.console.private_panel import photo_paths
from widgets.console.rollen import RollenPage
from widgets.console.tafels import JumpDialog, TafelDialog
from widgets.console.voorbereiden import VoorbereidenPage
from widgets.dialogs.forms import WitteVlekDialog

# No mnemonics here: Ctrl+1…6 switch tabs, and Alt+1/2/3 choose an archetype.
TAB_TITLES = {
    "voorbereiden": "Voorbereiden",
    "bespreken": "1 Bespreken",
    "archetype": "2 Archetype",
    "kompas": "3 Kompas",
    "rollen": "4 Rolverdeling",
    "afspraken": "5 Afspraken (stap 2)",
    "evalueren": "6 Evalueren (stap 3)",
}


class ConsoleView(QWidget):
    """Shows the live meeting; all state lives in MeetingState.

    Signals:
        back_requested(): the facilitator wants the overview of gebieden
    """

    back_requested = Signal()

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label = QLabel("00:00")
        self.timer_label.setAccessibleName("Timer van deze vraag")
        timer_font = QFont(self.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * 1.4)
        timer_font.setFamily("monospace")
        self.timer_label.setFont(timer_font)
        self.limit = QSpinBox()
        self.limit.setRange(0, 120)
        self.limit.setSuffix(" min")
        self.limit.setSpecialValueText("geen limiet")
        self.limit.setAccessibleName("Tijdslimiet per vraag in minuten")
        self.avond_label = QLabel()
        self.avond_label.setAccessibleName("Tijd over voor de avond volgens het draaiboek")
        self.avond_label.setToolTip(
            "De minuten van het draaiboek min de tijd die de timer bij de vragen liep"
        )
        self.timer_button = QPushButton("Start timer")
        self.timer_button.setToolTip(actions.TIMER.shown)
        self.vlek_button = QPushButton("Witte vlek…")
        self.vlek_button.setToolTip(actions.WITTE_VLEK.shown)
        self.alle_vragen = QCheckBox("Alle vragen")
        self.alle_vragen.setToolTip(
            "Uit: de opening en de kernvragen, genoeg voor één avond. Aan: alle vragen. "
            + actions.ALLE_VRAGEN.shown
        )
        self.alle_vragen.setAccessibleName("Alle vragen tonen, niet alleen de kernvragen")
        self.names_toggle = QCheckBox("Namen op projectie")
        self.names_toggle.setToolTip("Laat voornamen van deelnemers op het projectiescherm zien")
        self.names_toggle.setAccessibleName("Namen tonen op projectie")
        self._style_names_toggle()
        self.projection_label = QLabel("Projectie: geen projectie")
        # The way back from a projection (with one screen it covers the console).
        self.stop_projection_button = QPushButton(
            f"Projectie stoppen ({actions.STOP_PROJECTION.shown})"
        )
        self.stop_projection_button.setToolTip("Het projectiescherm sluiten; ook F5 of Esc")
        self.stop_projection_button.hide()
        self.back_button = QPushButton("Overzicht")
        self.back_button.setToolTip(actions.BACK.shown)
        # Two rows, so the console fits a 1366-pixel laptop screen; a long title may be
        # cut off on screen (its tooltip has it whole) but never widens the window.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(200)
        header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.vlek_button)
        tools.addWidget(self.alle_vragen)
        tools.addStretch(1)
        tools.addWidget(self.projection_label)
        tools.addWidget(self.stop_projection_button)
        tools.addWidget(self.names_toggle)
        tools.addSpacing(16)
        tools.addWidget(QLabel("Timer:"))
        tools.addWidget(self.timer_label)
        tools.addWidget(self.limit)
        tools.addWidget(self.timer_button)
        tools.addWidget(self.avond_label)
        header.addLayout(top)
        header.addLayout(tools)

        self.voorbereiden = VoorbereidenPage(state)
        self.bespreken = BesprekenPage(state)
        self.kompas = KompasPage(state)
        self.afspraken = AfsprakenPage(state)
        self.evalueren = EvaluatiePage(state)
        # Every page by its view name (for the tabs); the typed attributes above are the
        # pages the console talks to.
        self.pages: dict[str, QWidget] = {
            "voorbereiden": self.voorbereiden,
            "bespreken": self.bespreken,
            "archetype": ArchetypePage(state),
            "kompas": self.kompas,
            "rollen": RollenPage(state),
            "afspraken": self.afspraken,
            "evalueren": self.evalueren,
        }
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Onderdelen van de bijeenkomst")
        for view in VIEWS:
            self.tabs.addTab(self.pages[view], TAB_TITLES[view])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # Tab leaves a table (arrows move between its cells): Qt's default keeps Tab inside,
        # a trap for anyone using the keyboard only.
        for item_view in self.findChildren(QAbstractItemView):
            item_view.setTabKeyNavigation(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        s = self.state
        s.bijeenkomst_changed.connect(self._show_bijeenkomst)
        s.data_changed.connect(self._on_data_changed)
        s.view_changed.connect(self._show_view)
        s.timer_changed.connect(self._show_timer)
        s.projection_changed.connect(self._on_projection)
        self.stop_projection_button.clicked.connect(s.stop_projection)
        self.tabs.currentChanged.connect(self._on_tab)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.vlek_button.clicked.connect(self.ask_witte_vlek)
        self.alle_vragen.toggled.connect(self._on_alle_vragen)
        s.bijeenkomst_changed.connect(lambda _b: self._show_alle_vragen())
        self.back_button.clicked.connect(self.back_requested)
        self.bespreken.tafel_bar.choose_requested.connect(self.ask_tafel)
        for key, view in zip(actions.TABS.keys, NUMBERED_VIEWS, strict=True):
            actions.add_shortcuts(self, actions.TABS, partial(s.set_view, view), keys=[key])
        actions.add_shortcuts(self, actions.DRAAIBOEK, partial(s.set_view, "voorbereiden"))
        s.question_changed.connect(lambda _v: self._limit_from_draaiboek())
        s.archetype_changed.connect(lambda _a: self._limit_from_draaiboek())
        for binding, slot in (
            (actions.NEXT_QUESTION, s.next_question),
            (actions.PREVIOUS_QUESTION, s.previous_question),
            (actions.TIMER, self.toggle_timer),
            (actions.TIMER_RESET, s.reset_timer),
            (actions.WITTE_VLEK, self.ask_witte_vlek),
            (actions.ALLE_VRAGEN, self.alle_vragen.toggle),
            (actions.TAFEL, self.ask_tafel),
            (actions.JUMP, self.ask_jump),
            (actions.PLENAIR, s.toggle_plenair),
            (actions.BACK, self.back_requested.emit),
            (actions.NOTE, self.focus_note),
            (actions.ADD_PHOTO, self.ask_photos),
        ):
            actions.add_shortcuts(self, binding, slot)
        self.setAcceptDrops(True)  # a photo dropped anywhere on the console

    def _on_alle_vragen(self, on: bool) -> None:
        if self.state.bijeenkomst is not None and on != self.state.alle_vragen:
            self.state.set_alle_vragen(on)

    def _show_alle_vragen(self) -> None:
        self.alle_vragen.blockSignals(True)
        self.alle_vragen.setChecked(self.state.alle_vragen)
        self.alle_vragen.blockSignals(False)

    def _on_projection(self, projection: Projection) -> None:
        self.stop_projection_button.setVisible(projection.mode != "uit")
        if projection.mode == "uit" and self.state.view == "bespreken":
            self.bespreken.inbreng_input.setFocus()  # typing goes on where it was

    def _style_names_toggle(self) -> None:
        """Names on the projector stand out, in the error colour of the current theme."""
        colour = error_colour(self.palette())
        self.names_toggle.setStyleSheet(
            f"QCheckBox:checked {{ color: {colour}; font-weight: bold; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_names_toggle()
        super().changeEvent(event)

    def _on_data_changed(self, kind: DataKind) -> None:
        if kind == DataKind.BIJEENKOMST:
            self._show_bijeenkomst(self.state.bijeenkomst)

    def _on_tab(self, index: int) -> None:
        if self.state.bijeenkomst is not None:
            self.state.set_view(VIEWS[index])

    def _show_bijeenkomst(self, b: Bijeenkomst | None) -> None:
        if b is None or self.state.gebied is None:
            self.title.setText("")
            return
        g = self.state.gebied
        text = f"{g.naam} · {b.titel} · {datum_kort(b.datum)} · {VORM_LABELS[b.vorm]}"
        self.title.setText(text)
        self.title.setToolTip(text)

    def _show_view(self, view: str) -> None:
        index = VIEWS.index(view)
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)
        if view == "bespreken":
            self.bespreken.inbreng_input.setFocus()
        elif view == "voorbereiden":
            self.voorbereiden.focus_start()

    def _limit_from_draaiboek(self) -> None:
        """The limit field takes the draaiboek's minutes of the question (changeable)."""
        if self.state.has_draaiboek:
            self.limit.setValue(self.state.minutes_for() or 0)

    def _show_timer(self, status: TimerStatus) -> None:
        self.avond_label.setText(self.state.avond_label())
        over = (avond := self.state.avond_status()) is not None and avond.over
        self.avond_label.setStyleSheet(f"color: {error_colour()};" if over else "")
        self.timer_label.setText(status.label())
        self.timer_label.setStyleSheet(f"color: {error_colour()};" if status.over else "")
        self.timer_button.setText("Pauze" if status.running else "Start timer")

    def toggle_timer(self) -> None:
        minutes = self.limit.value()
        self.state.toggle_timer(minutes * 60 if minutes else None)

    def ask_witte_vlek(self) -> WitteVlekDialog | None:
        """Open the witte-vlek form (non-blocking); the answer is stored on OK."""
        if self.state.bijeenkomst is None:
            return None
        vraag = self.state.vraag
        dialog = WitteVlekDialog(
            self.state.pack, vraag.onderdeel_id if vraag else None, self.state.text, self
        )
        dialog.accepted.connect(lambda: self.state.add_witte_vlek(**dialog.values()))
        dialog.open()
        return dialog

    def ask_tafel(self) -> TafelDialog | None:
        """Ctrl+Shift+A: choose the tafel inbreng is typed for, or manage the tafels."""
        if self.state.bijeenkomst is None:
            return None
        if self.state.view != "bespreken":
            self.state.set_view("bespreken")
        dialog = TafelDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.bespreken.inbreng_input.setFocus())
        dialog.open()
        return dialog

    def ask_jump(self) -> JumpDialog | None:
        """Ctrl+J: to a question by its number (K2.3), as on the tafelvel."""
        if self.state.bijeenkomst is None:
            return None
        dialog = JumpDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.bespreken.inbreng_input.setFocus())
        dialog.open()
        return dialog

    # -- private notes and photos (widgets/console/private_panel.py) ---------------------
    def focus_note(self) -> None:
        """Ctrl+Shift+M: to the note of the current question (the Bespreken page)."""
        if self.state.view != "bespreken":
            self.state.set_view("bespreken")
        self.bespreken.private_panel.focus_note()

    def ask_photos(self) -> None:
        """Ctrl+Shift+I: on Bespreken the photo is of the question, elsewhere of the
        bijeenkomst as a whole."""
        self.bespreken.private_panel.ask_photos(bij_vraag=self.state.view == "bespreken")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.state.bijeenkomst is not None and photo_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = photo_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            bij_vraag = self.state.view == "bespreken"
            self.bespreken.private_panel.add_photos(paths, bij_vraag=bij_vraag)

    def flush(self) -> None:
        """Write whatever is still being typed (before closing or switching)."""
        self.voorbereiden.flush()
        self.bespreken.private_panel.flush()
        self.kompas.flush()
        self.evalueren.flush()
        self.afspraken.flush()
