"""Wijkgeheugen (Ctrl+F): search everything said and agreed, and open a hit at its place.

Shows and forwards only: the main window passes the search function (the store's, with
privé inbreng, since this is the facilitator's own screen) and opens what is chosen.
Privé hits are marked "privé" and drawn in the theme's muted colour, in italics.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content import ContentPack
from app.content.labels import count_label, datum_lang
from app.errors import WijkpraatError
from app.store.records import Gebied
from app.store.search import BRON_LABELS, Treffer, Zoekresultaat

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

Search = Callable[[str, str | None], Zoekresultaat]
TYPE_PAUSE_MS = 200  # search once typing pauses
PRIVE_LABEL = "privé"
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Type, see the hits grouped by bijeenkomst (newest first), Enter opens one.

    Signals:
        open_requested(object): the Treffer chosen (Enter or double click)
    """

    open_requested = Signal(object)

    def __init__(
        self,
        search: Search,
        gebieden: list[Gebied],
        pack: ContentPack,
        parent: QWidget | None = None,
        gebied_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._pack = pack
        self.setWindowTitle("Zoeken in het wijkgeheugen")
        self.resize(760, 520)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Zoek in alles wat gezegd en afgesproken is, bv. parkeren")
        self.field.setClearButtonEnabled(True)
        self.gebied = QComboBox()
        self.gebied.addItem("Alle gebieden", None)
        for g in gebieden:
            self.gebied.addItem(g.naam, g.id)
        if gebied_id is not None:
            self.gebied.setCurrentIndex(max(0, self.gebied.findData(gebied_id)))
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.status = QLabel("Typ een woord. Elk woord mag het begin van een woord zijn.")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.gebied)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_PAUSE_MS)
        self._connect_signals()
        self.field.setFocus()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._enter_in_field)
        self.gebied.currentIndexChanged.connect(lambda _i: self.run_search())
        self.results.itemActivated.connect(self._activated)

    # -- searching ------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        self.results.clear()
        if not text:
            self.status.setText("Typ een woord. Elk woord mag het begin van een woord zijn.")
            return
        try:
            result = self._search(text, self.gebied.currentData())
        except WijkpraatError as exc:
            self.status.setText(exc.message)
            return
        self.show_result(result)

    def show_result(self, result: Zoekresultaat) -> None:
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        for _, treffers in result.per_bijeenkomst():
            first = treffers[0]
            head = QTreeWidgetItem(
                [f"{first.gebied_naam} · {first.bijeenkomst_titel} · {datum_lang(first.datum)}"]
            )
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(head)
            for t in treffers:
                self.results.addTopLevelItem(self._hit_item(t))
        n = len(result.treffers)
        if n == 0:
            self.status.setText(f"Niets gevonden voor '{result.vraag}'.")
        else:
            more = " (de eerste; typ meer woorden om te verfijnen)" if result.meer else ""
            self.status.setText(
                f"{count_label(n, 'treffer', 'treffers')}{more}. "
                "Enter opent de bijeenkomst bij de vraag."
            )
        items = self._items()
        first_hit = next((i for i in items if i.data(0, HIT_ROLE) is not None), None)
        if first_hit is not None:
            self.results.setCurrentItem(first_hit)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _hit_item(self, t: Treffer) -> QTreeWidgetItem:
        where = BRON_LABELS[t.bron]
        if t.vraag_id:
            with contextlib.suppress(KeyError):  # a question this pack no longer has
                where += f" bij vraag {self._pack.vraag(t.vraag_id).nummer}"
        mark = f"  [{PRIVE_LABEL}]" if t.prive else ""
        item = QTreeWidgetItem([f"    {where}: {t.tekst}{mark}"])
        item.setData(0, HIT_ROLE, t)
        if t.prive:
            font = QFont(self.results.font())
            font.setItalic(True)
            item.setFont(0, font)
            item.setForeground(0, self.palette().placeholderText())
            item.setToolTip(0, "Privé: alleen voor u, nooit in een export of op de projectie")
        return item

    # -- opening ----------------------------------------------------------------------------
    def hits(self) -> list[Treffer]:
        hits = (item.data(0, HIT_ROLE) for item in self._items())
        return [hit for hit in hits if hit is not None]

    def _enter_in_field(self) -> None:
        if self._timer.isActive() or not self.hits():
            self.run_search()
        item = self.results.currentItem()
        if item is not None and item.data(0, HIT_ROLE) is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit)
            self.accept()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        # Up/Down in the field move through the hits, so typing and choosing flow together.
        if (
            isinstance(event, QKeyEvent)
            and self.field.hasFocus()
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def ask_search(w: MainWindow) -> SearchDialog:
    """Ctrl+F: the dialog over the main window; a chosen hit opens at its place."""

    def search(text: str, gebied_id: str | None) -> Zoekresultaat:
        # the facilitator's own screen: privé inbreng too, marked as such
        return w.store.search(text, gebied_id=gebied_id, include_private=True)

    # all gebieden first: the wijkgeheugen is for finding what one does not know where
    dialog = SearchDialog(search, w.store.gebieden(), w.pack, w)
    dialog.open_requested.connect(lambda hit: open_hit(w, hit))
    dialog.open()
    return dialog


def open_hit(w: MainWindow, hit: Treffer) -> None:
    """Open the bijeenkomst of a hit on the page where it was said or agreed.

    Only pages of the bijeenkomst's own stap or before: opening a page of a later stap
    would move the bijeenkomst on (MeetingFlow.set_view).
    """
    from app.meeting.core import STAP_OF_VIEW

    w.open_bijeenkomst(hit.bijeenkomst_id)
    b = w.state.bijeenkomst
    view = {"afspraak": "afspraken", "evaluatie": "evalueren"}.get(hit.bron, "bespreken")
    if b is not None and STAP_OF_VIEW[view] <= b.stap and w.state.view != view:
        w.state.set_view(view)
    if hit.vraag_id:
        with contextlib.suppress(KeyError):  # a question this content pack no longer has
            w.state.set_question(hit.vraag_id)
