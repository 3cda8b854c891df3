"""Dialogs to move data between laptops and to protect privacy: export, import, anonymise.

Thin views over `app.exchange` (bundle, csv_export, privacy). Every entry point
takes its questions as injectable functions (`ask`, `ask_path`, `confirm`, `inform`), so
tests drive them without a modal loop. Known problems become a Dutch message box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.content.labels import EXPORT_LABELS, count_label, plural
from app.errors import WijkpraatError
from app.store import Store
from app.store.records import Gebied
from widgets.dialogs.ask import inform as _inform
from widgets.dialogs.ask import ok_cancel
from widgets.dialogs.ask import open_path as _open_path
from widgets.dialogs.ask import save_path as _save_path
from widgets.dialogs.ask import warn as _warn

ALL = "all"
PathAsker = Callable[[QWidget | None, str, str, str], str]
Informer = Callable[[QWidget | None, str, str], object]


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _gebied_combo(gebieden: list[Gebied], with_all: bool) -> QComboBox:
    combo = QComboBox()
    if with_all:
        combo.addItem("Alle gebieden", ALL)
    for g in gebieden:
        combo.addItem(f"{g.naam} ({g.soort})", g.id)
    return combo


@dataclass(frozen=True)
class ExportChoice:
    soort: str  # bundel | afspraken | inbreng
    gebied: str  # a gebied id or "all"
    with_labels: bool


class ExportDialog(QDialog):
    """What to export: which gebied, which kind of file, with names or without."""

    def __init__(self, gebieden: list[Gebied], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Exporteren")
        self.soort = QComboBox()
        for key, label in EXPORT_LABELS.items():
            self.soort.addItem(label, key)
        self.gebied = _gebied_combo(gebieden, with_all=True)
        self.labels = QCheckBox("Namen van deelnemers meenemen")
        self.labels.setToolTip("Zonder vinkje staan er stoelnummers in plaats van namen (AVG).")
        self.soort.currentIndexChanged.connect(self._update)
        form = QFormLayout()
        form.addRow("&Wat", self.soort)
        form.addRow("&Gebied", self.gebied)
        form.addRow("", self.labels)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Exporteren…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        # Only the bundle has participants in it; CSV files never do.
        self.labels.setEnabled(self.soort.currentData() == "bundel")

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.soort.currentData(),
            self.gebied.currentData(),
            self.labels.isEnabled() and self.labels.isChecked(),
        )

    @classmethod
    def ask(cls, gebieden: list[Gebied], parent: QWidget | None = None) -> ExportChoice | None:
        dialog = cls(gebieden, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_export(
    store: Store,
    parent: QWidget | None = None,
    *,
    ask: Callable[[list[Gebied], QWidget | None], ExportChoice | None] = ExportDialog.ask,
    ask_path: PathAsker = _save_path,
    inform: Informer = _inform,
    warn: Informer = _warn,
) -> Path | None:
    """The whole export: choose, pick a file, write it, say how it went."""
    from app.exchange.bundle import export_file
    from app.exchange.csv_export import export_csv

    choice = ask(store.gebieden(), parent)
    if choice is None:
        return None
    csv = choice.soort != "bundel"
    name = f"wijkpraat-{choice.soort}.{'csv' if csv else 'json'}"
    filter_ = "CSV-bestand (*.csv)" if csv else "Wijkpraat-bundel (*.json)"
    path = ask_path(parent, "Exporteren naar", name, filter_)
    if not path:
        return None
    try:
        if csv:
            n = export_csv(store, path, choice.soort, choice.gebied)
            text = f"{count_label(n, 'regel', 'regels')} opgeslagen in {path}."
        else:
            counts = export_file(store, path, choice.gebied, with_labels=choice.with_labels)
            text = (
                f"{count_label(counts['gebied'], 'gebied', 'gebieden')} en "
                f"{count_label(counts['bijeenkomst'], 'bijeenkomst', 'bijeenkomsten')} "
                f"opgeslagen in {path}. Lees het bestand in op de andere laptop met "
                "'Importeren'."
            )
    except WijkpraatError as exc:
        warn(parent, "Exporteren is niet gelukt", exc.message)
        return None
    inform(parent, "Geëxporteerd", text)
    return Path(path)


def run_import(
    store: Store,
    backup_dir: Path,
    parent: QWidget | None = None,
    *,
    ask_path: PathAsker = _open_path,
    inform: Informer = _inform,
    warn: Informer = _warn,
) -> bool:
    """Pick a bundle, back up, merge it in; True if anything changed."""
    from app.exchange.bundle import import_with_backup

    path = ask_path(parent, "Bundel inlezen", "", "Wijkpraat-bundel (*.json)")
    if not path:
        return False
    try:
        result = import_with_backup(store, path, backup_dir)
    except WijkpraatError as exc:
        warn(parent, "Inlezen is niet gelukt", exc.message)
        return False
    inform(parent, "Ingelezen", result.summary())
    return result.changed > 0


@dataclass(frozen=True)
class AnonymiseChoice:
    gebied: str | None  # anonymise this gebied now, or None
    bewaartermijn: int | None  # days; None means no bewaartermijn


class AnonymiseDialog(QDialog):
    """'Anonimiseer gebied…' and the bewaartermijn setting, in one place."""

    def __init__(
        self, gebieden: list[Gebied], bewaartermijn: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Anonimiseren")
        intro = QLabel(
            "Namen van deelnemers worden vervangen door stoelnummers. "
            "Dit kan niet ongedaan worden gemaakt."
        )
        intro.setWordWrap(True)
        self.gebied = _gebied_combo(gebieden, with_all=False)
        self.gebied.insertItem(0, "Nu geen gebied", None)
        self.gebied.setCurrentIndex(0)
        self.termijn = QSpinBox()
        self.termijn.setRange(0, 3650)
        self.termijn.valueChanged.connect(
            lambda days: self.termijn.setSuffix(" " + plural(days, "dag", "dagen"))
        )
        self.termijn.setSpecialValueText("geen bewaartermijn")
        self.termijn.setValue(bewaartermijn or 0)
        form = QFormLayout()
        form.addRow("Anonimiseer &gebied", self.gebied)
        form.addRow("&Bewaartermijn", self.termijn)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> AnonymiseChoice:
        return AnonymiseChoice(self.gebied.currentData(), self.termijn.value() or None)

    @classmethod
    def ask(
        cls, gebieden: list[Gebied], bewaartermijn: int | None, parent: QWidget | None = None
    ) -> AnonymiseChoice | None:
        dialog = cls(gebieden, bewaartermijn, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_anonymise(
    store: Store,
    parent: QWidget | None = None,
    *,
    ask: Callable[..., AnonymiseChoice | None] = AnonymiseDialog.ask,
    confirm: Callable[[QWidget | None, str, str], bool] = _confirm,
    inform: Informer = _inform,
    warn: Informer = _warn,
    backup_dir: Path | None = None,
) -> int:
    """Save the bewaartermijn and anonymise the chosen gebied; returns labels replaced.

    Then, when there are backups made before, offer to anonymise those too: otherwise
    putting one back brings the names back.
    """
    from app.exchange.privacy import (
        anonymise_gebied,
        bewaartermijn,
        scrub_backups,
        set_bewaartermijn,
    )
    from app.store.backup import list_backups

    choice = ask(store.gebieden(), bewaartermijn(store), parent)
    if choice is None:
        return 0
    try:
        set_bewaartermijn(store, choice.bewaartermijn)
        replaced = 0
        if choice.gebied is not None:
            naam = store.gebied(choice.gebied).naam
            if not confirm(
                parent,
                "Anonimiseren",
                f"Alle namen van deelnemers in {naam} vervangen door stoelnummers?",
            ):
                return 0
            result = anonymise_gebied(store, choice.gebied)
            replaced = result.labels
            inform(parent, "Geanonimiseerd", result.summary())
            old = list_backups(backup_dir) if backup_dir is not None and replaced else []
            if backup_dir is not None and old:
                n = count_label(len(old), "reservekopie", "reservekopieën")
                if confirm(
                    parent,
                    "Reservekopieën met namen",
                    f"Let op: {n} van vóór nu {plural(len(old), 'heeft', 'hebben')} de namen "
                    "nog. Wie er een terugzet, haalt de namen terug. Wilt u de namen ook in "
                    "de reservekopieën vervangen door stoelnummers?",
                ):
                    done = scrub_backups(backup_dir, "herbouw", gebied=choice.gebied, days=None)
                    done_n = count_label(done, "reservekopie", "reservekopieën")
                    inform(parent, "Reservekopieën", f"{done_n} geanonimiseerd.")
    except WijkpraatError as exc:
        warn(parent, "Anonimiseren is niet gelukt", exc.message)
        return 0
    return replaced


def offer_bewaartermijn(
    store: Store,
    parent: QWidget | None = None,
    *,
    confirm: Callable[[QWidget | None, str, str], bool] = _confirm,
) -> int:
    """At start-up: offer to anonymise bijeenkomsten older than the bewaartermijn."""
    from app.exchange.privacy import anonymise_older_than, bewaartermijn, due_for_anonymising

    try:
        due = due_for_anonymising(store)
        days = bewaartermijn(store)
        if not due or days is None:
            return 0
        count = count_label(len(due), "bijeenkomst", "bijeenkomsten")
        if not confirm(
            parent,
            "Bewaartermijn voorbij",
            f"{count} van meer dan {count_label(days, 'dag', 'dagen')} geleden "
            f"{plural(len(due), 'heeft', 'hebben')} nog namen van deelnemers. "
            "Wilt u die nu vervangen door stoelnummers?",
        ):
            return 0
        return anonymise_older_than(store, days).labels
    except WijkpraatError:
        return 0  # an offer, never a reason to stop the app
