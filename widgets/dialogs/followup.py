"""Bestand › Vervolg online: the Decidim, Consul and calendar files for one bijeenkomst.

Shows and forwards: pick a file name (the one that says what it is is offered), then
`app.exchange.followup` / `app.exchange.calendar` write it. For Decidim results the
facilitator types the status ids of the platform once per gebied; they are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import STATUS_AFSPRAAK_LABELS, count_label
from app.errors import WijkpraatError
from app.store import Store
from app.store.records import Inbreng
from widgets.dialogs.ask import inform as _inform
from widgets.dialogs.ask import ok_cancel
from widgets.dialogs.ask import save_path as _save_path
from widgets.dialogs.ask import warn as _warn

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

PathAsker = Callable[[QWidget | None, str, str, str], str]
Informer = Callable[[QWidget | None, str, str], object]
FILTERS = {
    "decidim-resultaten": "CSV voor Decidim (*.csv)",
    "decidim-voorstellen": "CSV voor Decidim (*.csv)",
    "decidim-verslag": "Verslag (*.html)",
    "consul-telling": "CSV en PDF (*.csv)",
    "agenda": "Agenda (*.ics)",
    "agenda-gebied": "Agenda (*.ics)",
}


class StatusIdsDialog(QDialog):
    """The Decidim status id per afspraak status (the numbers in Decidim's status list)."""

    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Statussen in Decidim")
        intro = QLabel(
            "Welk nummer heeft elke status in Decidim (Verantwoording › Statussen)? "
            "Leeg laten mag: dan blijft de status in Decidim leeg. Wijkpraat onthoudt dit "
            "voor dit gebied."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for status, label in STATUS_AFSPRAAK_LABELS.items():
            field = QLineEdit(current.get(status, ""))
            field.setValidator(QIntValidator(0, 999_999, field))
            self.fields[status] = field
            form.addRow(f"{label}:", field)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.setMinimumWidth(380)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {k: f.text().strip() for k, f in self.fields.items() if f.text().strip()}

    @classmethod
    def ask(cls, current: dict[str, str], parent: QWidget | None = None) -> dict[str, str] | None:
        dialog = cls(current, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChooseInbrengDialog(QDialog):
    """Which inbreng become proposals: a list to tick, most dots first; privé is not listed."""

    def __init__(self, items: list[Inbreng], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voorstellen voor Decidim")
        intro = QLabel(
            "Vink aan wat een voorstel in Decidim wordt. Privé inbreng staat hier niet bij."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for item in sorted(items, key=lambda i: -i.stippen):
            dots = f"  ({count_label(item.stippen, 'stip', 'stippen')})" if item.stippen else ""
            row = QListWidgetItem(f"{item.tekst}{dots}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setCheckState(Qt.CheckState.Checked if item.stippen else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [
            str(r.data(Qt.ItemDataRole.UserRole))
            for r in rows
            if r is not None and r.checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(cls, items: list[Inbreng], parent: QWidget | None = None) -> list[str] | None:
        dialog = cls(items, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_follow_up(
    store: Store,
    bijeenkomst_id: str,
    soort: str,
    parent: QWidget | None = None,
    *,
    ask_status: Callable[[dict[str, str], QWidget | None], dict[str, str] | None] = (
        StatusIdsDialog.ask
    ),
    ask_inbreng: Callable[[list[Inbreng], QWidget | None], list[str] | None] = (
        ChooseInbrengDialog.ask
    ),
    ask_path: PathAsker = _save_path,
    inform: Informer = _inform,
    warn: Informer = _warn,
) -> list[Path]:
    """Ask where, write, say what was written; returns the files (none when cancelled)."""
    from app.exchange import decidim
    from app.exchange.calendar import export_calendar
    from app.exchange.followup import default_name, export_platform
    from app.handouts.output import _slug

    try:
        b = store.bijeenkomst(bijeenkomst_id)
        status_ids: dict[str, str] | None = None
        if soort == "decidim-resultaten":
            status_ids = ask_status(decidim.status_ids(store, b.gebied_id), parent)
            if status_ids is None:
                return []
        inbreng_ids: list[str] | None = None
        if soort == "decidim-voorstellen":
            offered = [i for i in store.inbreng(b.id) if not i.prive]
            inbreng_ids = ask_inbreng(offered, parent)
            if inbreng_ids is None:
                return []
        gebied = store.gebied(b.gebied_id)
        if soort == "agenda":
            name = f"afspraken-{_slug(gebied.naam)}-{b.datum}.ics"
        elif soort == "agenda-gebied":
            name = f"open-afspraken-{_slug(gebied.naam)}.ics"
        else:
            name = default_name(store, soort, b.id)
        path = ask_path(parent, "Opslaan als", name, FILTERS[soort])
        if not path:
            return []
        if soort in ("agenda", "agenda-gebied"):
            if soort == "agenda":
                result = export_calendar(store, path, bijeenkomst_id=b.id)
            else:
                result = export_calendar(store, path, gebied_id=gebied.id)
            files = [Path(path)]
            text = f"{count_label(result.events, 'afspraak', 'afspraken')} in {path}."
            if result.zonder_datum:
                text += (
                    f" {count_label(result.zonder_datum, 'afspraak', 'afspraken')} zonder "
                    "duidelijke datum bij 'wanneer' staan er niet in."
                )
        else:
            written = export_platform(
                store, soort, b.id, path, status_ids=status_ids, inbreng_ids=inbreng_ids
            )
            files = list(written.files)
            text = "Opgeslagen: " + ", ".join(str(f) for f in files) + "."
            if written.note:
                text += " " + written.note
    except WijkpraatError as exc:
        warn(parent, "Opslaan is niet gelukt", exc.message)
        return []
    inform(parent, "Opgeslagen", text)
    return files


def ask_follow_up(w: MainWindow, soort: str) -> list[Path]:
    """Bestand › Vervolg online, for the open bijeenkomst or the one chosen in the overview."""
    b = w.state.bijeenkomst or w.selected_bijeenkomst()
    if b is None:
        _warn(w, "Vervolg online", "Kies eerst een bijeenkomst.")
        return []
    if w.console is not None:
        w.console.flush()  # what was just typed goes along
    return run_follow_up(w.store, b.id, soort, w)
