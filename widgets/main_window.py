"""The main window: the overview of gebieden and bijeenkomsten, and the console."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStackedWidget

from app.content import ContentPack
from app.errors import WijkpraatError
from app.meeting.unsaved import journal_waiting
from app.store import SETTING_BIJEENKOMST, Store
from app.store.records import Bijeenkomst, Gebied

if TYPE_CHECKING:
    from app.meeting.adapter import MeetingState
    from app.meeting.core import Projection
    from widgets.console.speaking_round import SpeakingRoundPanel
    from widgets.console.view import ConsoleView
    from widgets.dialogs.forms import BijeenkomstDialog, GebiedDialog
    from widgets.projector.presenter_keys import PresenterKeys
    from widgets.projector.window import ProjectorWindow
from widgets.common.themes import DEFAULT_THEME, THEMES, apply_theme
from widgets.common.unsaved import UnsavedGuard
from widgets.menus import OVERVIEW_ONLY, build_menus

SETTING_THEME = "thema"
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Overview (gebieden, bijeenkomsten) and the console, one at a time."""

    def __init__(
        self,
        store: Store,
        pack: ContentPack,
        state: MeetingState | None = None,
        *,
        backup_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.backup_dir = backup_dir  # None: no automatic backups (tests, self-test)
        self.pack = pack
        self._state: MeetingState | None = None  # made on first use (see `state`)
        self.setWindowTitle("Wijkpraat")
        self.resize(1280, 720)

        self.projector: ProjectorWindow | None = None  # built on first use
        self._build()
        self._connect_signals()
        if state is not None:
            self._adopt_state(state)
        self.presenter_keys: PresenterKeys | None = None  # installed with the console
        self.set_theme(
            self.store.get_setting(SETTING_THEME, DEFAULT_THEME) or DEFAULT_THEME, save=False
        )
        self.reload()
        if journal_waiting(self.store):
            self.state.watch()  # text a killed run could not save: save it now
        if self.store.get_setting(SETTING_BIJEENKOMST):  # reopen where the facilitator was
            self._ensure_console()
            if self.state.restore_last():
                self.show_console()

    @property
    def state(self) -> MeetingState:
        """The live-meeting state, made on first use: the overview does not need it."""
        if self._state is None:
            from app.meeting.adapter import MeetingState

            self._adopt_state(MeetingState(self.store, self.pack, parent=self))
        assert self._state is not None
        return self._state

    def _adopt_state(self, state: MeetingState) -> None:
        self._state = state
        state.saved.connect(lambda t: self.statusBar().showMessage(f"Opgeslagen om {t}"))
        state.error.connect(self._show_error)
        self.unsaved.attach(state)
        state.bijeenkomst_changed.connect(lambda _b: self._update_title())
        state.projection_changed.connect(self._on_projection)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        from widgets.overview import OverviewPage

        self.overview = OverviewPage(self.pack)
        self.console: ConsoleView | None = None  # built when a bijeenkomst is first opened
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.setCentralWidget(self.stack)

        self.round_dock = QDockWidget("Spreekronde", self)
        self.round_dock.setObjectName("spreekronde")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.round_dock)
        self.round_dock.hide()
        self.round_panel: SpeakingRoundPanel | None = None  # built when first shown
        self.menu_actions = build_menus(self)  # by name; the keys from widgets/actions.py
        self.statusBar().showMessage(f"Alles wordt direct opgeslagen in {self.store.path}")
        self.unsaved = UnsavedGuard(self, on_outside=self.reload, readonly=self.store.readonly)

    def _connect_signals(self) -> None:
        self.round_dock.visibilityChanged.connect(self._ensure_round_panel)
        self.overview.gebied_selected.connect(self._show_bijeenkomsten)
        self.overview.open_requested.connect(self.open_selected)
        self.overview.new_gebied_requested.connect(self.ask_new_gebied)
        self.overview.new_bijeenkomst_requested.connect(self.ask_new_bijeenkomst)

    def _ensure_console(self) -> ConsoleView:
        """The console, built on first use: an overview-only start stays fast."""
        if self.console is None:
            from widgets.console.view import ConsoleView

            console = ConsoleView(self.state)
            console.back_requested.connect(self.show_overview)
            console.names_toggle.toggled.connect(
                lambda on: self.state.set_projection(show_names=on)
            )
            self.stack.addWidget(console)
            self.console = console
            self._install_presenter_keys()
        return self.console

    def _install_presenter_keys(self) -> None:
        """Clicker keys from both windows; an application-wide filter sees every event, so
        it is installed only once there is a console (the keys do nothing without one)."""
        from widgets.projector.presenter_keys import PresenterKeys
        from widgets.window_keys import WindowKeysFirst

        self.presenter_keys = PresenterKeys(
            self.state,
            start_projection=self.start_projection,
            stop_projection=self.stop_projection,
            windows=lambda: [w for w in (self, self.projector) if w is not None],
            parent=self,
        )
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.presenter_keys)
            app.installEventFilter(WindowKeysFirst(self))  # Ctrl+E also in a text field

    # -- overview ----------------------------------------------------------------------
    def reload(self, select_gebied: str | None = None) -> None:
        """Read the gebieden again from the store, keeping the selection where possible."""
        self.overview.show_gebieden(self.store.gebieden(), select_gebied)
        self._show_bijeenkomsten(self.selected_gebied())

    def selected_gebied(self) -> Gebied | None:
        return self.overview.selected_gebied()

    def selected_bijeenkomst(self) -> Bijeenkomst | None:
        return self.overview.selected_bijeenkomst()

    def _show_bijeenkomsten(self, gebied: Gebied | None) -> None:
        rows = self.store.bijeenkomsten(gebied.id) if gebied else []
        self.overview.show_bijeenkomsten(gebied, rows)

    # -- dialogs -------------------------------------------------------------------------
    def ask_new_gebied(self) -> GebiedDialog:
        """Non-blocking form; on OK the gebied is stored and a bijeenkomst is asked next."""
        from widgets.dialogs.forms import GebiedDialog

        self.show_overview()
        dialog = GebiedDialog(self)
        dialog.accepted.connect(lambda: self._create_gebied(dialog))
        dialog.open()
        return dialog

    def _create_gebied(self, dialog: GebiedDialog) -> None:
        try:
            gebied = self.store.add_gebied(**dialog.values())
        except WijkpraatError as exc:
            self._show_error(exc.message)
            return
        self.reload(select_gebied=gebied.id)
        self.ask_new_bijeenkomst()

    def ask_new_bijeenkomst(self) -> BijeenkomstDialog | None:
        self.show_overview()
        gebied = self.selected_gebied()
        if gebied is None:
            self._show_error("Maak of kies eerst een wijk of dorp.")
            return None
        from widgets.dialogs.forms import BijeenkomstDialog

        last = next(iter(self.store.bijeenkomsten(gebied.id)), None)  # newest first
        dialog = BijeenkomstDialog(
            gebied.naam, self, pack=self.pack, soort=gebied.soort, previous=last
        )
        dialog.accepted.connect(lambda: self._create_bijeenkomst(gebied, dialog))
        dialog.open()
        return dialog

    def _create_bijeenkomst(self, gebied: Gebied, dialog: BijeenkomstDialog) -> None:
        try:
            b = self.store.add_bijeenkomst(gebied.id, status="bezig", **dialog.values())
        except WijkpraatError as exc:
            self._show_error(exc.message)
            return
        self.reload(select_gebied=gebied.id)
        self.open_bijeenkomst(b.id)

    def ask_edit_bijeenkomst(self) -> BijeenkomstDialog | None:
        """Change titel, datum, webadres, number of participants or status (Ctrl+E)."""
        b = self.state.bijeenkomst or self.selected_bijeenkomst()
        if b is None:
            self._show_error("Kies eerst een bijeenkomst.")
            return None
        from widgets.dialogs.forms import BijeenkomstDialog

        b = self.store.bijeenkomst(b.id)  # the stored version, not a stale row
        gebied = self.store.gebied(b.gebied_id)
        dialog = BijeenkomstDialog(
            gebied.naam, self, existing=b, pack=self.pack, soort=gebied.soort
        )
        dialog.suggest_bijdragen(sum(not i.prive for i in self.store.inbreng(b.id)))
        dialog.accepted.connect(lambda: self._save_bijeenkomst(b.id, dialog))
        dialog.open()
        return dialog

    def _save_bijeenkomst(self, bijeenkomst_id: str, dialog: BijeenkomstDialog) -> None:
        values = dialog.values()
        if self.state.bijeenkomst is not None and self.state.bijeenkomst.id == bijeenkomst_id:
            self.state.update_bijeenkomst(**values)  # the console and projector follow
            if values.get("status") == "afgesloten":
                self.backup("afgesloten")
        else:
            try:
                self.store.update_bijeenkomst(bijeenkomst_id, **values)
            except WijkpraatError as exc:
                self._show_error(exc.message)
            self.reload()

    # -- console -------------------------------------------------------------------------
    def open_selected(self) -> None:
        b = self.selected_bijeenkomst()
        if b is not None:
            self.open_bijeenkomst(b.id)

    def open_bijeenkomst(self, bijeenkomst_id: str) -> None:
        console = self._ensure_console()  # first, so its pages hear the bijeenkomst open
        if self.stack.currentWidget() is console and not self.unsaved.may_leave(console.flush):
            return  # from the console (a search hit): what was typed is saved first
        self.state.open_bijeenkomst(bijeenkomst_id)
        self.show_console()

    def show_console(self) -> None:
        console = self._ensure_console()
        self.stack.setCurrentWidget(console)
        for name in OVERVIEW_ONLY:
            self.menu_actions[name].setEnabled(False)
        self.menu_actions["overzicht"].setEnabled(True)
        self._update_title()
        self.activateWindow()  # back from a dialog: typing goes to the console
        if self.state.view == "bespreken":
            console.bespreken.inbreng_input.setFocus()

    def show_overview(self) -> None:
        if self.console is not None and self.stack.currentWidget() is self.console:
            if not self.unsaved.may_leave(self.console.flush):
                return
            self.backup("afgesloten")
            self.state.close_bijeenkomst()
        self.stack.setCurrentWidget(self.overview)
        for name in OVERVIEW_ONLY:
            self.menu_actions[name].setEnabled(True)
        self.menu_actions["overzicht"].setEnabled(False)
        self.reload()
        self._update_title()
        self.overview.bijeenkomsten_view.setFocus()

    def _update_title(self) -> None:
        state = self._state  # no state yet: the overview
        b, g = (state.bijeenkomst, state.gebied) if state else (None, None)
        if b and g and self.stack.currentWidget() is self.console:
            self.setWindowTitle(f"{g.naam}: {b.titel} — Wijkpraat")
        else:
            self.setWindowTitle(f"Wijkpraat — {self.store.path.name}")

    # -- projection ----------------------------------------------------------------------
    def _ensure_projector(self) -> ProjectorWindow:
        if self.projector is None:
            from widgets.projector.window import ProjectorWindow

            self.projector = ProjectorWindow(self.state)
        return self.projector

    def _ensure_round_panel(self, visible: bool) -> None:
        if visible and self.round_panel is None:
            from widgets.console.speaking_round import SpeakingRoundPanel

            self.round_panel = SpeakingRoundPanel(self.state)
            self.round_panel.setMaximumWidth(360)  # beside the console on a 1366-px screen
            self.round_dock.setWidget(self.round_panel)

    def start_projection(self) -> None:
        """F5: the room view, fullscreen on the other screen (or a window with one screen)."""
        if self.state.bijeenkomst is None:
            self._show_error("Open eerst een bijeenkomst.")
            return
        shown, one_screen = self.state.projection, len(QGuiApplication.screens()) < 2
        if one_screen and shown.mode != "uit" and not shown.rehearsal:
            return self.stop_projection()  # F5 again: back to the console
        self.state.start_projection()
        self._ensure_projector().show_on(self.screen())
        self._on_projection(self.state.projection)
        if not one_screen:
            self.activateWindow()  # the facilitator keeps typing in the console

    def preview_projection(self) -> None:
        """Rehearsal: the room view as a normal window next to the console."""
        if self.state.bijeenkomst is None:
            self._show_error("Open eerst een bijeenkomst.")
            return
        self.state.preview_projection()
        self._ensure_projector().show_on(self.screen(), preview=True)
        self._on_projection(self.state.projection)

    def stop_projection(self) -> None:
        self.state.stop_projection()

    def _on_projection(self, projection: Projection) -> None:
        names = projection.show_names
        if projection.mode == "uit" and self.projector is not None and self.projector.isVisible():
            self.projector.hide()
            self.activateWindow()  # with one screen the projector covered the console
        self.menu_actions["namen"].setChecked(names)
        if self.console is None:
            return
        self.console.names_toggle.blockSignals(True)
        self.console.names_toggle.setChecked(names)
        self.console.names_toggle.blockSignals(False)
        from app.meeting.room_view import projection_label

        self.console.projection_label.setText(projection_label(projection))

    def set_theme(self, name: str, *, save: bool = True) -> None:
        if name not in THEMES:
            name = DEFAULT_THEME
        apply_theme(name)
        self.menu_actions[f"thema-{name}"].setChecked(True)
        if save and self.store.get_setting(SETTING_THEME) != name:
            self.store.set_setting(SETTING_THEME, name)

    # -- handouts ---------------------------------------------------------------------------
    def _handout(self, soort: str, formaat: str) -> bytes | None:
        """The PDF for the open bijeenkomst (the praatplaat needs none); progress if slow."""
        from widgets.dialogs.printing import generate_pdf

        b = self.state.bijeenkomst
        if b is None and soort != "praatplaat":
            self._show_error("Open eerst een bijeenkomst om die af te drukken.")
            return None
        if self.console is not None:
            self.console.flush()  # print what was just typed too
        return generate_pdf(self, self.store, b.id if b else None, soort, formaat=formaat)

    def print_handout(self, soort: str, formaat: str, title: str) -> None:
        """Afdrukken…: the system print dialog, printing exactly the PDF that is saved."""
        from widgets.dialogs.printing import print_pdf

        pdf = self._handout(soort, formaat)
        if pdf is not None and print_pdf(self, pdf, title):
            self.statusBar().showMessage(f"{title} is naar de printer gestuurd.", 10000)

    def save_handout(self, soort: str, formaat: str) -> None:
        from app.handouts.output import default_filename
        from widgets.dialogs.printing import save_pdf

        pdf = self._handout(soort, formaat)
        if pdf is None:
            return
        b, g = self.state.bijeenkomst, self.state.gebied
        name = default_filename(soort, g.naam if g else None, b.datum if b else None, formaat)
        saved = save_pdf(self, pdf, name)
        if saved is not None:
            self.statusBar().showMessage(f"Opgeslagen als {saved}", 15000)

    # -- data safety -----------------------------------------------------------------------
    def backup(self, reason: str) -> None:
        """A rotating backup (closing a bijeenkomst); a failure never stops the meeting."""
        from app.store.backup import try_backup_store

        failed = try_backup_store(self.store, self.backup_dir, reason) if self.backup_dir else None
        if failed:
            self.statusBar().showMessage(failed, 10000)

    def ask_export(self) -> None:
        from widgets.dialogs.exchange import run_export

        if self.console is not None:
            self.console.flush()
        run_export(self.store, self)

    def ask_import(self) -> None:
        from widgets.dialogs.exchange import run_import

        if self.backup_dir is not None and run_import(self.store, self.backup_dir, self):
            self.reload()

    def ask_anonymise(self) -> None:
        from widgets.dialogs.exchange import run_anonymise

        run_anonymise(self.store, self, backup_dir=self.backup_dir)
        self.reload()

    def ask_restore(self) -> None:
        from widgets.dialogs.restore import run_restore

        if self.backup_dir is None:
            return
        self.store = run_restore(self.store, self.backup_dir, self)
        if self._state is not None:
            self._state.replace_store(self.store)
        self.reload()

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(f"Let op: {message}", 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost on closing; asks while typed text is not saved yet.
        if not self.unsaved.may_leave(self.console.flush if self.console else None):
            event.ignore()
            return
        if self._state is not None:
            self._state.stop_round()
        if self.projector is not None:
            self.projector.close()
        app = QApplication.instance()
        if app is not None and self.presenter_keys is not None:
            app.removeEventFilter(self.presenter_keys)
        super().closeEvent(event)

    # -- help ----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from widgets.help import show_help  # on F1 only: not at start-up

        self.help_box = show_help(self)  # F1, made from the key registry

    def show_about(self) -> None:
        from widgets.dialogs.about import show_about

        show_about(self, self.store.path, self.pack)
