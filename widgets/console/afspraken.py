"""Stap 2, afspraken maken: the editor, the list, and the live congruence panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import STATUS_AFSPRAAK_LABELS
from app.meeting.adapter import MeetingState
from app.meeting.congruence import Bevinding, Voorstel
from app.store.records import Afspraak
from app.store.schema import STATUS_AFSPRAAK
from widgets import actions
from widgets.common.debounce import Debouncer
from widgets.common.models import Column, RecordTableModel
from widgets.common.themes import ErrorLabel
from widgets.common.when_shown import WhenShown
from widgets.console.conflict import ConflictBar, TwoVersions
from widgets.console.findings import finding_widget, panel_title


class AfsprakenPage(TwoVersions, QWidget):
    """Type what is agreed and press Enter; everything after that is saved as you go."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.current: Afspraak | None = None
        self._loading = False
        self.findings: list[Bevinding] = []
        self._build()
        # A page that is not on screen loads (and checks the rolverdeling) when shown.
        self._later = WhenShown(self)
        state.bijeenkomst_changed.connect(lambda _b: self._later.run("load", self.load))
        state.data_changed.connect(self._on_data_changed)
        state.archetype_changed.connect(lambda _a: self._refresh_findings_when_shown())

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        pack = self.state.pack
        self.mode_label = QLabel()
        self.wat = QLineEdit()
        self.wat.setPlaceholderText("Wat gaan we doen? (Enter = afspraak maken)")
        self.wie = QLineEdit()
        self.wanneer = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… (mag leeg blijven)")
        t = self.state.text
        self.instrument = self._combo(
            [(t(i.naam), i.id, t(i.omschrijving)) for i in pack.instrumenten]
        )
        self.waarde = self._combo([(w.titel, w.id, w.uitleg) for w in pack.kompas])
        self.bouwsteen = self._combo([(b.titel, b.id, b.uitleg) for b in pack.bouwstenen])
        self.witte_vlek = self._combo([])
        self.thema = self._combo([])
        self.thema.setItemText(0, "(alle thema's)")
        self.borging = self._combo(
            [(self.state.text(b.titel), b.id, self.state.text(b.afspraak)) for b in pack.borging]
        )
        self.status = QComboBox()
        for s in STATUS_AFSPRAAK:
            self.status.addItem(STATUS_AFSPRAAK_LABELS[s], s)
        self.field_error = ErrorLabel()
        self.conflict = ConflictBar()

        form = QFormLayout()
        for text, widget, name in (
            ("&Wat:", self.wat, "Wat wordt er afgesproken"),
            ("W&ie:", self.wie, "Wie doet het"),
            ("Wa&nneer:", self.wanneer, "Wanneer"),
            ("I&nstrument:", self.instrument, "Instrument"),
            ("&Kompaswaarde:", self.waarde, "Kompaswaarde"),
            ("&Bouwsteen:", self.bouwsteen, "Bouwsteen"),
            ("Witte v&lek:", self.witte_vlek, "Witte vlek"),
            ("Th&ema:", self.thema, "Voor welk thema"),
            ("Soort a&fspraak:", self.borging, "Wat de afspraak borgt"),
            ("&Status:", self.status, "Status"),
            ("&Webadres:", self.url, "Eigen webadres van de afspraak"),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)

        self.new_button = QPushButton("Nieuwe afspraak")
        self.new_button.setToolTip("Ctrl+Shift+N")
        self.add_button = QPushButton("Afspraak maken")
        self.delete_button = QPushButton("Verwijderen")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.add_button, self.delete_button):
            b.setAccessibleName(b.text())
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.model: RecordTableModel[Afspraak] = RecordTableModel(
            [
                Column("Wat", lambda a: a.wat),
                Column("Wie", lambda a: a.wie),
                Column("Wanneer", lambda a: a.wanneer),
                Column("Waarde", lambda a: pack.waarde(a.waarde_id).titel if a.waarde_id else ""),
                Column("Status", lambda a: STATUS_AFSPRAAK_LABELS[a.status]),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Afspraken")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.mode_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.field_error)
        editor_layout.addWidget(self.conflict)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.table, 1)

        self.findings_title = QLabel()
        self.findings_title.setWordWrap(True)
        self.findings_box = QVBoxLayout()
        findings_inner = QWidget()
        findings_inner.setLayout(self.findings_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(findings_inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName("Wat nog ontbreekt")  # it takes focus, so it needs a name
        panel = QWidget()
        panel.setAccessibleName("Wat nog ontbreekt")
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.findings_title)
        panel_layout.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._debouncer = Debouncer(self._save_text_fields, self)
        self.wat.returnPressed.connect(self._on_wat_enter)
        self.wat.textEdited.connect(self._on_text_edited)
        for edit in (self.wie, self.wanneer):
            edit.textEdited.connect(self._on_text_edited)
            edit.editingFinished.connect(self._debouncer.flush)
        self.url.editingFinished.connect(self._save_url)
        self._combos = (
            self.instrument,
            self.waarde,
            self.bouwsteen,
            self.witte_vlek,
            self.thema,
            self.borging,
            self.status,
        )
        for combo in self._combos:
            combo.currentIndexChanged.connect(self._save_combos)
        self.new_button.clicked.connect(self.start_new)
        self.add_button.clicked.connect(self._on_wat_enter)
        self.delete_button.clicked.connect(self._delete)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        actions.add_shortcuts(self, actions.NEW_AFSPRAAK, self.start_new)

    @staticmethod
    def _combo(items: list[tuple[str, str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("(geen)", None)
        for text, value, tip in items:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        return combo

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        b = self.state.bijeenkomst
        self.model.set_rows(self.state.afspraken())
        self._fill_witte_vlekken()
        self._fill_themas()
        t = self.state.text  # wijk or dorp wording, now that the gebied is known
        for index, i in enumerate(self.state.pack.instrumenten, start=1):
            self.instrument.setItemText(index, t(i.naam))
        for index, borging in enumerate(self.state.pack.borging, start=1):
            self.borging.setItemText(index, t(borging.titel))
        self.refresh_findings()
        if self.current and b:
            still = next((a for a in self.model.rows() if a.id == self.current.id), None)
            self._edit(still)
        else:
            self._edit(None)

    def _fill_witte_vlekken(self) -> None:
        vlekken = [(v.tekst, v.id) for v in self.state.witte_vlekken()]
        self._refill(self.witte_vlek, "(geen)", vlekken)

    def _fill_themas(self) -> None:
        themas = [(k.naam, k.naam) for k in self.state.thema_keuzes()]
        self._refill(self.thema, "(alle thema's)", themas)

    def _refill(self, combo: QComboBox, none: str, items: list[tuple[str, str]]) -> None:
        """New choices for a combo box, keeping what was chosen where it still exists."""
        keep = combo.currentData()
        self._loading = True
        combo.clear()
        combo.addItem(none, None)
        for text, value in items:
            combo.addItem(text, value)
        self._select(combo, keep)
        self._loading = False

    def _on_data_changed(self, kind: str) -> None:
        if self._later.waiting("load"):
            return  # the load when shown reads it all
        if kind == "rollen":
            self._fill_themas()
            self._refresh_findings_when_shown()
        if kind in ("afspraak", "witte_vlek", "kompas", "bijeenkomst"):
            rows = self.state.afspraken()
            if [r.id for r in rows] != [r.id for r in self.model.rows()] or kind == "afspraak":
                before = self.current  # the version the editor shows
                self.model.set_rows(rows)
                self._reselect()
                self._show_changes_from_elsewhere(before)
            if kind == "witte_vlek":
                self._fill_witte_vlekken()
            self._refresh_findings_when_shown()

    def _reselect(self) -> None:
        if self.current is None:
            return
        for row, a in enumerate(self.model.rows()):
            if a.id == self.current.id:
                self.current = a
                self._loading = True
                self.table.selectRow(row)
                self._loading = False

    def _refresh_findings_when_shown(self) -> None:
        self._later.run("findings", self.refresh_findings)

    def refresh_findings(self) -> None:
        while self.findings_box.count():
            item = self.findings_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the page at once, freed later
                widget.deleteLater()
        findings = self.state.findings()
        self.findings_title.setText(panel_title(self.state, findings))
        self.findings = findings
        for finding in findings:
            self.findings_box.addWidget(finding_widget(finding, self.prefill))
        self.findings_box.addStretch(1)

    # -- editing -----------------------------------------------------------------------
    def flush(self) -> None:
        self._debouncer.flush()

    def start_new(self) -> None:
        self._edit(None)
        self.wat.setFocus()

    def prefill(self, voorstel: Voorstel) -> None:
        """ "Maak afspraak": a new afspraak with the suggestion filled in; type 'wat' + Enter."""
        self._edit(None)
        self._loading = True
        self.wat.setText(voorstel.wat)
        self._select(self.waarde, voorstel.waarde_id)
        self._select(self.instrument, voorstel.instrument_id)
        self._select(self.witte_vlek, voorstel.witte_vlek_id)
        self._select(self.thema, voorstel.thema)
        self._select(self.borging, voorstel.borging_id)
        self._loading = False
        self.wat.setFocus()
        self.wat.selectAll()

    def _edit(self, afspraak: Afspraak | None) -> None:
        self._debouncer.flush()
        self.current = afspraak
        self.field_error.clear()
        self.conflict.hide()
        self._loading = True
        if afspraak is None:
            self.mode_label.setText(
                "<b>Nieuwe afspraak</b> — typ wat jullie gaan doen en druk op Enter."
            )
            for edit in (self.wat, self.wie, self.wanneer, self.url):
                edit.clear()
            for combo in self._combos:
                combo.setCurrentIndex(0)
            self.table.clearSelection()
        else:
            self.mode_label.setText("<b>Afspraak bewerken</b> — wordt direct opgeslagen.")
            self.wat.setText(afspraak.wat)
            self.wie.setText(afspraak.wie)
            self.wanneer.setText(afspraak.wanneer)
            self.url.setText(afspraak.follow_up_url or "")
            self._select(self.instrument, afspraak.instrument_id)
            self._select(self.waarde, afspraak.waarde_id)
            self._select(self.bouwsteen, afspraak.bouwsteen_id)
            self._select(self.witte_vlek, afspraak.witte_vlek_id)
            self._select(self.thema, afspraak.thema)
            self._select(self.borging, afspraak.borging_id)
            self._select(self.status, afspraak.status)
        self.delete_button.setEnabled(afspraak is not None)
        self.add_button.setEnabled(afspraak is None)
        self._loading = False
        # Saving the afspraak left above re-reads the list (and, while the database is
        # busy, shows its kept text there): keep the selection on the one now edited.
        self._reselect()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _fields(self) -> dict[str, Any]:
        return {
            "wie": self.wie.text(),
            "wanneer": self.wanneer.text(),
            "instrument_id": self.instrument.currentData(),
            "waarde_id": self.waarde.currentData(),
            "bouwsteen_id": self.bouwsteen.currentData(),
            "witte_vlek_id": self.witte_vlek.currentData(),
            "thema": self.thema.currentData(),
            "borging_id": self.borging.currentData(),
            "status": self.status.currentData(),
        }

    def _on_wat_enter(self) -> None:
        if self.current is not None:
            self._debouncer.flush()
            return
        if not self.wat.text().strip():
            self.field_error.setText("Typ eerst wat er wordt afgesproken.")
            return
        created = self.state.add_afspraak(
            self.wat.text(), follow_up_url=self.url.text() or None, **self._fields()
        )
        if created is None:
            self.field_error.setText("De afspraak is niet gemaakt; zie de melding onderin.")
            return
        self.current = created
        self._reselect()
        self._edit(created)
        self.wie.setFocus()

    def _on_text_edited(self, _text: str) -> None:
        if self.current:
            self._debouncer.poke()

    def _save_text_fields(self) -> None:
        if self.current is None or self._loading:
            return
        typed = {"wie": self.wie.text(), "wanneer": self.wanneer.text()}
        if self.wat.text().strip():  # an empty 'wat' is not saved; the old text stays
            typed["wat"] = self.wat.text()
        # Only what the facilitator changed, and only over the version they started
        # from: a field another window or an import changed meanwhile shows both.
        stored = next((a for a in self.state.afspraken() if a.id == self.current.id), None)
        changed = {}
        for name, mine in typed.items():
            base = getattr(self.current, name)
            if mine == base:
                continue
            if stored is not None and getattr(stored, name) not in (base, mine):
                self._offer_both(name, mine, getattr(stored, name))
                continue
            changed[name] = mine
        if changed:
            self.state.update_afspraak(self.current.id, **changed)

    def _save_url(self) -> None:
        if self.current is None or self._loading:
            return
        if (self.url.text().strip() or None) == self.current.follow_up_url:
            return
        saved = self.state.update_afspraak(self.current.id, follow_up_url=self.url.text())
        self.field_error.setText("" if saved else "Dit webadres kan niet: zie de melding onderin.")

    def _save_combos(self) -> None:
        if self.current is None or self._loading:
            return
        fields = self._fields()
        changed = {
            k: v
            for k, v in fields.items()
            if k not in ("wie", "wanneer") and v != getattr(self.current, k)
        }
        if changed:
            self.state.update_afspraak(self.current.id, **changed)

    def _on_row(self, current: Any, _previous: Any) -> None:
        if self._loading or not current.isValid():
            return
        self._edit(self.model.row_record(current.row()))

    @classmethod
    def confirm_delete(cls, parent: QWidget, wat: str) -> bool:
        """Ask before an agreed afspraak disappears (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            "Afspraak verwijderen",
            f"De afspraak ‘{wat}’ verwijderen? Dat kan niet ongedaan worden gemaakt.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self) -> None:
        if self.current is not None and self.confirm_delete(self, self.current.wat):
            self.state.delete_afspraak(self.current.id)
            self.current = None
            self.load()
