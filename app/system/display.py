"""Whether the GUI can get a screen, asked before anything is written.

Qt's own answer, on Linux without a display, is an English abort after the database and
the log folder were already made. This check reads only the environment, so `wijkpraat`
on a server says in Dutch what to do instead and leaves no file behind.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

# Qt platforms that need no display server (the tests, the self-test, a VNC server).
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")

NO_SCREEN = (
    "Wijkpraat heeft een beeldscherm nodig en vindt er geen (geen DISPLAY of "
    "WAYLAND_DISPLAY). Start het programma op een computer met een bureaublad. Op een "
    "server zonder scherm werken de opdrachten wel, bijvoorbeeld `wijkpraat demo`, "
    "`wijkpraat check`, `wijkpraat pdf --soort afspraken` en `wijkpraat export`; "
    "`wijkpraat --help` noemt ze allemaal."
)


def missing_screen(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The Dutch message when the GUI would find no screen, else None."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return None  # Windows and macOS always have their own window system
    wanted = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    if wanted in HEADLESS_PLATFORMS:
        return None
    if wanted == "xcb":
        return None if env.get("DISPLAY") else NO_SCREEN
    if wanted.startswith("wayland"):
        return None if env.get("WAYLAND_DISPLAY") else NO_SCREEN
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_SCREEN
