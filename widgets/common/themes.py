"""Themes: licht (Qt's own look), donker (kampvuur) and hoog contrast.

The dark themes use Qt's Fusion style with a palette, so every standard control (check
boxes, spin-box arrows, focus frames) keeps drawing itself correctly; the QSS files in
resources/themes only add what a palette cannot say (the projector, focus outlines).
Error text takes its colour from `error_colour()` (or is an `ErrorLabel`), never a fixed
red that a dark theme cannot show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

import resources

THEMES = {
    "licht": "Licht",
    "donker": "Donker (kampvuur)",
    "hoog-contrast": "Hoog contrast",
}
DEFAULT_THEME = "licht"

# role -> colour; disabled text gets its own colour below
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "donker": {
        QPalette.ColorRole.Window: "#1e1612",
        QPalette.ColorRole.WindowText: "#f2e2c4",
        QPalette.ColorRole.Base: "#2a1f19",
        QPalette.ColorRole.AlternateBase: "#33261e",
        QPalette.ColorRole.Text: "#f2e2c4",
        QPalette.ColorRole.Button: "#3a2b21",
        QPalette.ColorRole.ButtonText: "#f2e2c4",
        QPalette.ColorRole.Highlight: "#b5651d",
        QPalette.ColorRole.HighlightedText: "#fff8ec",
        QPalette.ColorRole.ToolTipBase: "#3a2b21",
        QPalette.ColorRole.ToolTipText: "#f2e2c4",
        QPalette.ColorRole.PlaceholderText: "#a89274",
        QPalette.ColorRole.Link: "#e69f00",
        QPalette.ColorRole.Light: "#5a4332",
        QPalette.ColorRole.Mid: "#4d392b",
        QPalette.ColorRole.Dark: "#140d09",
    },
    "hoog-contrast": {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#c0c0c0",
        QPalette.ColorRole.Link: "#ffff00",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Mid: "#c0c0c0",
        QPalette.ColorRole.Dark: "#ffffff",
    },
}
_DISABLED_TEXT = {"donker": "#8c7a66", "hoog-contrast": "#9a9a9a"}
# Error text: dark red on a light window, a light red on a dark one (donker, hoog
# contrast, or a dark system palette). Contrast: 6.4:1 on Qt's light grey, 7.8:1 on
# donker, 9.2:1 on hoog contrast (WCAG AA asks 4.5:1).
ERROR_ON_LIGHT = "#B00020"
ERROR_ON_DARK = "#FF8A80"
_original_style: str | None = None


def theme_qss(name: str) -> str:
    if name not in THEMES:
        raise KeyError(name)
    return (resources.FOLDER / "themes" / f"{name}.qss").read_text(encoding="utf-8")


def theme_palette(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in _PALETTES[name].items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[name]))
    return palette


def error_colour(palette: QPalette | None = None) -> str:
    """The colour of error and warning text for a palette (the application's now)."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_ON_DARK if dark else ERROR_ON_LIGHT


class ErrorLabel(QLabel):
    """A word-wrapped label for error text, in the error colour of the current theme
    (it follows a change of theme while it is shown)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._colour()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()
        super().changeEvent(event)

    def _colour(self) -> None:
        wanted = f"color: {error_colour(self.palette())};"
        if self.styleSheet() != wanted:
            self.setStyleSheet(wanted)


def _restyle_own_style_sheets(app: QApplication) -> None:
    """Widgets with a style sheet of their own (the projector's font sizes) keep the
    colours the dark theme gave them until their sheet is set again: white text on
    the light window."""
    for widget in app.allWidgets():
        own = widget.styleSheet()
        if own:
            widget.setStyleSheet("")
            widget.setStyleSheet(own)


def apply_theme(name: str) -> None:
    global _original_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from widgets.common import focus_ring

    focus_ring.install(name)  # a 2-px focus frame in the theme's colour, in every theme
    if name == DEFAULT_THEME:
        # Re-polishing is not free (nor is touching the style at start-up): only when
        # leaving a dark theme.
        if _original_style is not None and app.styleSheet():
            app.setStyleSheet("")
            app.setStyle(QStyleFactory.create(_original_style))
            app.setPalette(app.style().standardPalette())
            _restyle_own_style_sheets(app)
        return
    if _original_style is None:
        _original_style = app.style().name()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(theme_palette(name))
    app.setStyleSheet(theme_qss(name))
