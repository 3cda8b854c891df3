"""The app icon, kept apart from the About dialog: it is needed at start-up, the dialog not."""

from __future__ import annotations

from PySide6.QtGui import QIcon

import resources


def app_icon() -> QIcon:
    """The Wijkpraat icon from its PNG sizes (no SVG plugin needed, crisp when small)."""
    icon = QIcon()
    for size in resources.ICON_SIZES:
        icon.addFile(str(resources.icon_file(size)))
    return icon
