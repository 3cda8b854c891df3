"""Themes: QSS files in resources/themes, applied to the whole application."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QApplication

THEMES = {
    "licht": "Licht",
    "donker": "Donker (kampvuur)",
    "hoog-contrast": "Hoog contrast",
}
DEFAULT_THEME = "licht"


def theme_qss(name: str) -> str:
    if name not in THEMES:
        raise KeyError(name)
    return (resources.files("resources") / "themes" / f"{name}.qss").read_text(encoding="utf-8")


def apply_theme(name: str) -> None:
    app = QApplication.instance()
    # The light theme is Qt's own look: no style sheet at all, which also keeps start-up fast.
    qss = "" if name == DEFAULT_THEME else theme_qss(name)
    if isinstance(app, QApplication) and app.styleSheet() != qss:  # re-polishing is not free
        app.setStyleSheet(qss)
