"""Every key binding of the app, in one registry.

The menus (`widgets/menus.py`), the console's shortcuts, the keys of the inbreng list and
the presenter keys take their key sequences from here, and the F1 help (`widgets/help.py`)
is made from here, so the help cannot describe a key that does nothing.
`tests/widgets/test_keys.py` checks both ways against the real window: every key in the
registry is bound, every bound key is in the registry, and every entry is in the help.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

BINDING_PROPERTY = "wijkpraat_binding"  # set on each QAction and QShortcut made from here


class Where(Enum):
    """Where a key works; the value is the heading in the F1 help."""

    OVERZICHT = "In het overzicht"
    CONSOLE = "In de console"
    INVOERVELD = "In het invoerveld (tabblad Bespreken)"
    LIJST = "In de lijst met inbreng"
    PROJECTIE = "Projectie en presentatieklikker"
    OVERAL = "Overal"


@dataclass(frozen=True)
class Binding:
    """One thing a key does.

    keys: the sequences our code binds (a QAction, a QShortcut or a key filter), in
        QKeySequence portable text.
    widget_keys: keys the widget handles itself, with nothing of ours to find: Enter in a
        line edit or an item view, Alt plus a button's mnemonic.
    shown: how the F1 help shows the keys; help: what they do, in Dutch.
    """

    name: str
    keys: tuple[str, ...]
    shown: str
    help: str
    where: Where
    widget_keys: tuple[str, ...] = ()

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def matches(self, event: QKeyEvent | Press) -> bool:
        """Whether a key press is one of `keys` (for the key filters)."""
        press = event if isinstance(event, Press) else Press.of(event)
        return any(press.matches(k) for k in self.keys)


@dataclass(frozen=True)
class Press:
    """A key press as the registry compares it, read from the event once (a key filter
    asks for every binding, for the focus widget and each parent the key passes to)."""

    combined: int  # Qt's combined int; the keypad counts as the main keyboard
    text: str

    @classmethod
    def of(cls, event: QKeyEvent) -> Press:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeyCombination(modifiers, event.keyCombination().key())
        return cls(pressed.toCombined(), event.text())

    def matches(self, key: str) -> bool:
        """Against one sequence; a lone character such as '+' or '.' also matches by the
        character typed (it needs Shift on many keyboards, or sits elsewhere on the
        keypad)."""
        if self.combined == _single_key(key):
            return True
        return len(key) == 1 and not key.isalnum() and self.text == key


@functools.cache
def _single_key(key: str) -> int | None:
    """A one-key sequence as Qt's combined int; None for a sequence of several keys (which
    one key press never is). Parsed once, not on every key press."""
    sequence = QKeySequence(key)
    if sequence.count() != 1:
        return None
    first = sequence[0]  # type: ignore[index]  # Qt's operator[], missing from the stubs
    return int(first.toCombined())


_REGISTERED: list[Binding] = []


def _bind(
    name: str,
    keys: tuple[str, ...],
    shown: str,
    help: str,
    where: Where,
    widget_keys: tuple[str, ...] = (),
) -> Binding:
    binding = Binding(name, keys, shown, help, where, widget_keys)
    _REGISTERED.append(binding)
    return binding


# -- the overview -------------------------------------------------------------------------
NEW_GEBIED = _bind("nieuw-gebied", ("Ctrl+G",), "Ctrl+G", "nieuw gebied", Where.OVERZICHT)
NEW_BIJEENKOMST = _bind(
    "nieuwe-bijeenkomst", ("Ctrl+N",), "Ctrl+N", "nieuwe bijeenkomst", Where.OVERZICHT
)
OPEN_BIJEENKOMST = _bind(
    "bijeenkomst-openen",
    ("Ctrl+O",),
    "Enter of Ctrl+O",
    "bijeenkomst openen",
    Where.OVERZICHT,
    widget_keys=("Return",),
)
EDIT_BIJEENKOMST = _bind(
    "bijeenkomst-bewerken",
    ("Ctrl+E",),
    "Ctrl+E",
    "bijeenkomst bewerken (ook in de console)",
    Where.OVERZICHT,
)
SEARCH = _bind(
    "zoeken",
    ("Ctrl+F",),
    "Ctrl+F",
    "zoeken in alles wat ooit gezegd en afgesproken is (wijkgeheugen)",
    Where.OVERZICHT,
)

# -- the console --------------------------------------------------------------------------
TABS = _bind(  # keys[i] opens app.meeting.core.NUMBERED_VIEWS[i]
    "tabblad",
    tuple(f"Ctrl+{i}" for i in range(1, 7)),
    "Ctrl+1 … Ctrl+6",
    "naar een tabblad (Bespreken, Archetype, Kompas, Rolverdeling, Afspraken, Evalueren)",
    Where.CONSOLE,
)
DRAAIBOEK = _bind(
    "voorbereiden",
    ("Ctrl+Shift+D",),
    "Ctrl+Shift+D",
    "naar Voorbereiden: het draaiboek (doel, kader, proces, vragen en minuten)",
    Where.CONSOLE,
)
DRAAIBOEK_KIEZEN = _bind(
    "draaiboek-vraag-kiezen",
    ("Space",),
    "Spatie",
    "vraag kiezen of niet (lijst op Voorbereiden; Alt+↑/↓: eerder of later)",
    Where.CONSOLE,
)
NEXT_QUESTION = _bind(
    "volgende-vraag",
    ("Alt+Right", "Ctrl+PgDown"),
    "Alt+→ of Ctrl+PgDown",
    "volgende vraag",
    Where.CONSOLE,
)
PREVIOUS_QUESTION = _bind(
    "vorige-vraag",
    ("Alt+Left", "Ctrl+PgUp"),
    "Alt+← of Ctrl+PgUp",
    "vorige vraag",
    Where.CONSOLE,
)
ARCHETYPE = _bind(  # the mnemonics of the archetype buttons ("&1. …")
    "archetype-kiezen",
    (),
    "Alt+1 / Alt+2 / Alt+3",
    "archetype kiezen (tabblad Archetype)",
    Where.CONSOLE,
    widget_keys=("Alt+1", "Alt+2", "Alt+3"),
)
WITTE_VLEK = _bind(
    "witte-vlek", ("Ctrl+Shift+V",), "Ctrl+Shift+V", "witte vlek noteren", Where.CONSOLE
)
ALLE_VRAGEN = _bind(
    "alle-vragen",
    ("Ctrl+Shift+K",),
    "Ctrl+Shift+K",
    "alle vragen tonen, of alleen de opening en de kernvragen (één avond)",
    Where.CONSOLE,
)
TIMER = _bind("timer", ("Ctrl+T",), "Ctrl+T", "timer starten of pauzeren", Where.CONSOLE)
TIMER_RESET = _bind(
    "timer-op-nul", ("Ctrl+Shift+T",), "Ctrl+Shift+T", "timer op nul zetten", Where.CONSOLE
)
NEW_AFSPRAAK = _bind(
    "nieuwe-afspraak",
    ("Ctrl+Shift+N",),
    "Ctrl+Shift+N",
    "nieuwe afspraak (tabblad Afspraken)",
    Where.CONSOLE,
)
TAFEL = _bind(
    "tafel-kiezen",
    ("Ctrl+Shift+A",),
    "Ctrl+Shift+A",
    "tafel kiezen waarvoor je inbreng typt; ook tafels toevoegen, hernoemen, gespreksleider",
    Where.CONSOLE,
)
JUMP = _bind(
    "naar-vraag",
    ("Ctrl+J",),
    "Ctrl+J",
    "naar een vraag met haar nummer (zoals K2.3 op het tafelvel)",
    Where.CONSOLE,
)
PLENAIR = _bind(
    "plenaire-terugkoppeling",
    ("Ctrl+Shift+R",),
    "Ctrl+Shift+R",
    "plenaire terugkoppeling: per vraag wat elke tafel zei (ook op de projectie), of terug",
    Where.CONSOLE,
)
NOTE = _bind(
    "notitie",
    ("Ctrl+Shift+M",),
    "Ctrl+Shift+M",
    "eigen notitie bij de vraag; nog eens: bij de bijeenkomst (nooit op de projectie)",
    Where.CONSOLE,
)
ADD_PHOTO = _bind(
    "foto-toevoegen",
    ("Ctrl+Shift+I",),
    "Ctrl+Shift+I",
    "foto toevoegen (ook: een foto op het venster slepen)",
    Where.CONSOLE,
)
BACK = _bind("overzicht", ("Alt+Home",), "Alt+Home", "terug naar het overzicht", Where.CONSOLE)
PRINT_AFSPRAKEN = _bind(
    "afsprakenlijst-afdrukken",
    ("Ctrl+P",),
    "Ctrl+P",
    "afsprakenlijst afdrukken (andere handouts: Bestand → Afdrukken)",
    Where.CONSOLE,
)
SAVE_AFSPRAKEN = _bind(
    "afsprakenlijst-opslaan",
    ("Ctrl+Shift+S",),
    "Ctrl+Shift+S",
    "afsprakenlijst opslaan als PDF",
    Where.CONSOLE,
)

# -- the inbreng field and list (tabblad Bespreken) ---------------------------------------
ADD_INBRENG = _bind(
    "inbreng-toevoegen",
    (),
    "Enter",
    "inbreng toevoegen; bij bewerken: bewaren",
    Where.INVOERVELD,
    widget_keys=("Return",),
)
CANCEL_EDIT = _bind("bewerken-stoppen", ("Esc",), "Esc", "bewerken stoppen", Where.INVOERVELD)
# keys[i] chooses INBRENG_SOORTEN[i] (app/store/schema.py); Alt+0: no soort.
SOORT = _bind(
    "soort-kiezen",
    ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+0"),
    "Alt+1 … Alt+6, Alt+0",
    "soort: sterkte, zwakte, kans, bedreiging, idee, zorg; Alt+0 geen soort",
    Where.INVOERVELD,
)
TALLY = _bind(
    "handen-tellen",
    ("Ctrl+H",),
    "Ctrl+H",
    "naar handen tellen (getal typen, Alt+I terug naar het invoerveld)",
    Where.INVOERVELD,
)
EDIT_INBRENG = _bind(
    "inbreng-bewerken",
    ("F2",),
    "F2",
    "inbreng bewerken in het invoerveld; Enter bewaart, Esc stopt",
    Where.LIJST,
)
# Also in the question list of Voorbereiden: a chosen question earlier or later.
MOVE_UP = _bind("inbreng-omhoog", ("Alt+Up",), "Alt+↑", "inbreng omhoog", Where.LIJST)
MOVE_DOWN = _bind("inbreng-omlaag", ("Alt+Down",), "Alt+↓", "inbreng omlaag", Where.LIJST)
DOT_UP = _bind("stip-erbij", ("+",), "+", "stip erbij", Where.LIJST)
DOT_DOWN = _bind("stip-eraf", ("-",), "−", "stip eraf", Where.LIJST)
DELETE_INBRENG = _bind(
    "inbreng-verwijderen", ("Del",), "Delete", "inbreng verwijderen", Where.LIJST
)
PRIVE = _bind(
    "prive",
    ("Ctrl+Shift+P",),
    "Ctrl+Shift+P",
    "privé aan/uit: de gekozen inbreng, of in het invoerveld wat u typt",
    Where.LIJST,
)
UNDO_DELETE = _bind(
    "verwijderen-ongedaan", ("Ctrl+Z",), "Ctrl+Z", "verwijderde inbreng terughalen", Where.LIJST
)

# -- projection and the presenter clicker -------------------------------------------------
START_PROJECTION = _bind(
    "projectie-starten",
    ("F5",),
    "F5",
    "projectie starten (met één scherm: nog eens F5 stopt)",
    Where.PROJECTIE,
)
PREVIEW_PROJECTION = _bind(
    "projectie-oefenen",
    ("Ctrl+F5",),
    "Ctrl+F5",
    "projectie oefenen in een venster",
    Where.PROJECTIE,
)
STOP_PROJECTION = _bind(
    "projectie-stoppen", ("Esc",), "Esc", "projectie stoppen (ook tijdens typen)", Where.PROJECTIE
)
NEXT_SLIDE = _bind(
    "klikker-volgende",
    ("PgDown", "Right", "Space"),
    "PageDown, → of spatie",
    "volgende vraag (ook met een presentatieklikker)",
    Where.PROJECTIE,
)
PREVIOUS_SLIDE = _bind(
    "klikker-vorige", ("PgUp", "Left"), "PageUp of ←", "vorige vraag", Where.PROJECTIE
)
# B, . and W are letters too: while typing, Ctrl+B and Ctrl+W do the same.
BLACKOUT = _bind(
    "zwart-scherm",
    ("B", ".", "Ctrl+B"),
    "B, . of Ctrl+B",
    "zwart scherm aan/uit (Ctrl+B ook tijdens typen)",
    Where.PROJECTIE,
)
WELCOME = _bind(
    "welkomstscherm",
    ("W", "Ctrl+W"),
    "W of Ctrl+W",
    "welkomstscherm aan/uit (Ctrl+W ook tijdens typen)",
    Where.PROJECTIE,
)
WOORDEN = _bind(
    "woordenlijst", ("G",), "G", "woordenlijst (moeilijke woorden) aan/uit", Where.PROJECTIE
)
SPEAKING_ROUND = _bind(
    "spreekronde", ("F7",), "F7", "spreekronde tonen of verbergen", Where.PROJECTIE
)

# -- everywhere ---------------------------------------------------------------------------
HELP = _bind("sneltoetsen", ("F1",), "F1", "deze hulp", Where.OVERAL)
# Ctrl+Q and not QKeySequence.StandardKey.Quit: that one is empty on Windows.
QUIT = _bind("afsluiten", ("Ctrl+Q",), "Ctrl+Q", "afsluiten (alles is al opgeslagen)", Where.OVERAL)

ALL: tuple[Binding, ...] = tuple(_REGISTERED)  # every binding, in the order of the help


# -- binding them ---------------------------------------------------------------------------
def _tag(target: QObject, binding: Binding) -> None:
    target.setProperty(BINDING_PROPERTY, binding.name)


def bind_action(action: QAction, binding: Binding) -> QAction:
    """Give a menu action the keys of `binding`."""
    action.setShortcuts(binding.sequences())
    _tag(action, binding)
    return action


def add_shortcuts(
    parent: QWidget,
    binding: Binding,
    slot: Callable[[], object],
    *,
    keys: Iterable[str] | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> None:
    """A QShortcut on `parent` for each key of `binding` (or the given ones of its keys)."""
    for key in binding.keys if keys is None else keys:
        assert key in binding.keys, (key, binding.name)
        shortcut = QShortcut(QKeySequence(key), parent, slot)
        # Set apart: PySide ignores a `context=` keyword here, so every shortcut was a
        # window shortcut (Esc in the inbreng field too).
        shortcut.setContext(context)
        _tag(shortcut, binding)
