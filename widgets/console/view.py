"""The facilitator's console: header with timer, and one tab per part of the praatplaat."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from app.meeting.core import VIEWS
from app.meeting.timer import TimerStatus
from app.store.records import Bijeenkomst
from widgets.console.afspraken import AfsprakenPage
from widgets.console.archetype import ArchetypePage
from widgets.console.bespreken import BesprekenPage
from widgets.console.evaluatie import EvaluatiePage
from widgets.console.kompas import KompasPage
from widgets.console.rollen import RollenPage
from widgets.dialogs.forms import WitteVlekDialog

# No mnemonics here: Ctrl+1…6 switch tabs, and Alt+1/2/3 choose an archetype.
TAB_TITLES = {
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
        self.timer_button = QPushButton("Start timer")
        self.timer_button.setToolTip("Ctrl+T")
        self.vlek_button = QPushButton("Witte vlek…")
        self.vlek_button.setToolTip("Ctrl+Shift+V")
        self.names_toggle = QCheckBox("Namen op projectie")
        self.names_toggle.setToolTip("Laat voornamen van deelnemers op het projectiescherm zien")
        self.names_toggle.setAccessibleName("Namen tonen op projectie")
        self.names_toggle.setStyleSheet("QCheckBox:checked { color: #B00020; font-weight: bold; }")
        self.projection_label = QLabel("Projectie: geen projectie")
        self.back_button = QPushButton("Overzicht")
        self.back_button.setToolTip("Alt+Home")
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
        tools.addStretch(1)
        tools.addWidget(self.projection_label)
        tools.addWidget(self.names_toggle)
        tools.addSpacing(16)
        tools.addWidget(QLabel("Timer:"))
        tools.addWidget(self.timer_label)
        tools.addWidget(self.limit)
        tools.addWidget(self.timer_button)
        header.addLayout(top)
        header.addLayout(tools)

        self.pages = {
            "bespreken": BesprekenPage(state),
            "archetype": ArchetypePage(state),
            "kompas": KompasPage(state),
            "rollen": RollenPage(state),
            "afspraken": AfsprakenPage(state),
            "evalueren": EvaluatiePage(state),
        }
        self.tabs = QTabWidget()
        for view in VIEWS:
            self.tabs.addTab(self.pages[view], TAB_TITLES[view])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        s = self.state
        s.bijeenkomst_changed.connect(self._show_bijeenkomst)
        s.data_changed.connect(
            lambda kind: kind == "bijeenkomst" and self._show_bijeenkomst(s.bijeenkomst)
        )
        s.view_changed.connect(self._show_view)
        s.timer_changed.connect(self._show_timer)
        self.tabs.currentChanged.connect(lambda i: s.bijeenkomst and s.set_view(VIEWS[i]))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.vlek_button.clicked.connect(self.ask_witte_vlek)
        self.back_button.clicked.connect(self.back_requested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for i, view in enumerate(VIEWS, start=1):
            QShortcut(
                QKeySequence(f"Ctrl+{i}"), self, lambda v=view: s.set_view(v), context=context
            )
        for keys, slot in (
            ("Alt+Right", s.next_question),
            ("Alt+Left", s.previous_question),
            ("Ctrl+PgDown", s.next_question),
            ("Ctrl+PgUp", s.previous_question),
            ("Ctrl+T", self.toggle_timer),
            ("Ctrl+Shift+T", s.reset_timer),
            ("Ctrl+Shift+V", self.ask_witte_vlek),
            ("Alt+Home", self.back_requested.emit),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)

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
            self.pages["bespreken"].inbreng_input.setFocus()

    def _show_timer(self, status: TimerStatus) -> None:
        self.timer_label.setText(status.label())
        self.timer_label.setStyleSheet("color: #B00020;" if status.over else "")
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

    def flush(self) -> None:
        """Write whatever is still being typed (before closing or switching)."""
        self.pages["kompas"].flush()
        self.pages["evalueren"].flush()
        self.pages["afspraken"].flush()
