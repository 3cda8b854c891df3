"""Icons, themes, fonts and the bundle schema, as plain files next to this module.

`FOLDER` is a real directory in every way the app is installed (editable, wheel, frozen
bundle); a Path is cheaper at start-up than importlib.resources.
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_file(size: int) -> Path:
    """The PNG rendering of the app icon at one size (drawn from icons/wijkpraat.svg)."""
    return FOLDER / "icons" / f"wijkpraat-{size}.png"
