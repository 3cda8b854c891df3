"""The main window's menu bar; the keys come from the registry in `widgets/actions.py`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from widgets import actions
from widgets.actions import Binding
from widgets.common.themes import THEMES

OVERVIEW_ONLY = (  # menu actions that only make sense with no bijeenkomst open
    "nieuw-gebied",
    "nieuwe-bijeenkomst",
    "openen",
    "importeren",
    "anonimiseren",
    "terugzetten",
    "zoeken",
)

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

HANDOUTS = (
    ("afspraken", "A4", "Afsprakenlijst"),
    ("praatplaat", "A4", "Praatplaat (A4)"),
    ("praatplaat", "A3", "Praatplaat als poster (A3)"),
    ("kaartjes", "A4", "Meeneemkaartjes"),
    ("evaluatie", "A4", "Evaluatieverslag"),
    ("voorstel", "A4", "Voorstel aan de gemeenteraad"),
    ("tafelvel", "A4", "Tafelvellen (per tafel de vragen van de avond)"),
    ("draaiboek", "A4", "Draaiboek"),
    ("uitnodiging", "A4", "Uitnodiging"),
)
# Bestand › Vervolg online (app.exchange.followup, app.exchange.calendar)
FOLLOW_UP = (
    ("decidim-resultaten", "Decidim: afspraken als resultaten (CSV)"),
    ("decidim-voorstellen", "Decidim: inbreng als voorstellen (CSV)"),
    ("decidim-verslag", "Decidim: verslag om te plakken"),
    ("consul-telling", "Consul: telling om over te typen (CSV en PDF)"),
    ("agenda", "Agenda: afspraken van deze bijeenkomst (.ics)"),
    ("agenda-gebied", "Agenda: alle open afspraken van het gebied (.ics)"),
)


def with_mnemonics(labels: list[str]) -> list[str]:
    """Each label with an Alt letter of its own within its menu: the first letter not
    taken yet (keyboard access to every entry, also in the submenus)."""
    taken: set[str] = set()
    result = []
    for label in labels:
        place = next(
            (i for i, c in enumerate(label) if c.isalpha() and c.lower() not in taken), None
        )
        if place is None:
            result.append(label)
            continue
        taken.add(label[place].lower())
        result.append(f"{label[:place]}&{label[place:]}")
    return result


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Bestand, Beeld and Help; returns the actions the window enables or checks, by name
    (the handouts by "afdrukken-<soort>-<formaat>", the themes by "thema-<naam>")."""
    made: dict[str, QAction] = {}

    def add(
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        binding: Binding | None = None,
    ) -> QAction:
        action = QAction(text, w)
        if binding is not None:
            actions.bind_action(action, binding)
        action.triggered.connect(slot)
        menu.addAction(action)
        made[name] = action
        return action

    file_menu = w.menuBar().addMenu("&Bestand")
    add(file_menu, "nieuw-gebied", "Nieuw &gebied…", w.ask_new_gebied, actions.NEW_GEBIED)
    add(
        file_menu,
        "nieuwe-bijeenkomst",
        "Nieuwe &bijeenkomst…",
        w.ask_new_bijeenkomst,
        actions.NEW_BIJEENKOMST,
    )
    add(file_menu, "openen", "&Openen", w.open_selected, actions.OPEN_BIJEENKOMST)
    add(
        file_menu,
        "bewerken",
        "Bijeenkomst be&werken…",
        w.ask_edit_bijeenkomst,
        actions.EDIT_BIJEENKOMST,
    )
    add(file_menu, "overzicht", "Overzich&t", w.show_overview)
    add(file_menu, "zoeken", "&Zoeken in het wijkgeheugen…", _searching(w), actions.SEARCH)
    file_menu.addSeparator()
    print_menu = file_menu.addMenu("Af&drukken")
    save_menu = file_menu.addMenu("Opslaan als &PDF")
    handout_texts = with_mnemonics([label for _s, _f, label in HANDOUTS])
    for (soort, formaat, label), text in zip(HANDOUTS, handout_texts, strict=True):
        first = soort == "afspraken"
        add(
            print_menu,
            f"afdrukken-{soort}-{formaat}",
            f"{text}…",
            _printing(w, soort, formaat, label),
            actions.PRINT_AFSPRAKEN if first else None,
        )
        add(
            save_menu,
            f"opslaan-{soort}-{formaat}",
            f"{text}…",
            _saving(w, soort, formaat),
            actions.SAVE_AFSPRAKEN if first else None,
        )
    add(file_menu, "verslag", "Ver&slag maken (PDF en .odt)…", _verslag(w))
    file_menu.addSeparator()
    add(file_menu, "exporteren", "&Exporteren…", w.ask_export)
    follow_up = file_menu.addMenu("&Vervolg online")
    follow_up_texts = with_mnemonics([label for _soort, label in FOLLOW_UP])
    for (soort, _label), text in zip(FOLLOW_UP, follow_up_texts, strict=True):
        add(follow_up, f"vervolg-{soort}", f"{text}…", _following_up(w, soort))
    add(file_menu, "importeren", "&Importeren…", w.ask_import)
    add(file_menu, "anonimiseren", "A&nonimiseer gebied…", w.ask_anonymise)
    add(file_menu, "terugzetten", "&Reservekopie terugzetten…", w.ask_restore)
    file_menu.addSeparator()
    add(file_menu, "afsluiten", "&Afsluiten", w.close, actions.QUIT)

    view_menu = w.menuBar().addMenu("Bee&ld")
    add(
        view_menu,
        "projectie",
        "&Projectie starten",
        w.start_projection,
        actions.START_PROJECTION,
    )
    add(
        view_menu,
        "oefenen",
        "&Voorbeeld projectie (oefenen)",
        w.preview_projection,
        actions.PREVIEW_PROJECTION,
    )
    add(view_menu, "projectie-stoppen", "Projectie &stoppen", w.stop_projection)
    names = add(
        view_menu,
        "namen",
        "&Namen tonen op projectie",
        lambda: w.state.set_projection(show_names=names.isChecked()),
    )
    names.setCheckable(True)
    inbreng = add(
        view_menu,
        "inbreng",
        "&Inbreng tonen op projectie",
        lambda: w.state.set_projection(show_inbreng=inbreng.isChecked()),
    )
    inbreng.setCheckable(True)
    inbreng.setChecked(True)
    view_menu.addSeparator()
    round_action = w.round_dock.toggleViewAction()
    round_action.setText("Sp&reekronde")
    actions.bind_action(round_action, actions.SPEAKING_ROUND)
    view_menu.addAction(round_action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("&Thema")
    group = QActionGroup(w)
    for key, label in zip(THEMES, with_mnemonics(list(THEMES.values())), strict=True):
        action = theme_menu.addAction(label)
        action.setCheckable(True)
        action.triggered.connect(_theming(w, key))
        group.addAction(action)
        made[f"thema-{key}"] = action

    help_menu = w.menuBar().addMenu("&Help")
    add(help_menu, "sneltoetsen", "&Sneltoetsen", w.show_shortcuts, actions.HELP)
    add(help_menu, "over", "&Over Wijkpraat", w.show_about)
    return made


def _following_up(w: MainWindow, soort: str) -> Callable[[], None]:
    def follow_up() -> None:
        from widgets.dialogs.followup import ask_follow_up

        ask_follow_up(w, soort)

    return follow_up


def _verslag(w: MainWindow) -> Callable[[], None]:
    def verslag() -> None:
        from widgets.dialogs.verslag import ask_verslag

        ask_verslag(w)

    return verslag


def _searching(w: MainWindow) -> Callable[[], None]:
    def search() -> None:
        from widgets.dialogs.search import ask_search

        ask_search(w)

    return search


def _printing(w: MainWindow, soort: str, formaat: str, title: str) -> Callable[[], None]:
    return lambda: w.print_handout(soort, formaat, title)


def _saving(w: MainWindow, soort: str, formaat: str) -> Callable[[], None]:
    return lambda: w.save_handout(soort, formaat)


def _theming(w: MainWindow, name: str) -> Callable[[], None]:
    return lambda: w.set_theme(name)
