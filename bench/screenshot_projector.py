"""Screenshots of the projector on a real (virtual) second screen, in every theme.

Run on an X display of 1920x1080, e.g.
    Xvfb :96 -screen 0 1920x1080x24 &
    DISPLAY=:96 python bench/screenshot_projector.py out/
Opens the demo, starts the projection (F5 path; with one screen it is a window, which is
then made fullscreen as the projector would be) and grabs the screen from the X server for
each theme and a few views; then grabs the console with the speaking round.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from app.system.demo import load_demo
from widgets.common.themes import THEMES
from widgets.main_window import MainWindow


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])  # noqa: F841 - must live while the windows do
    store = Store.open(Path(tempfile.mkdtemp()) / "shots.sqlite")
    load_demo(store)
    window = MainWindow(store, default_pack())
    window.show()
    b = next(x for x in store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    window.open_bijeenkomst(b.id)
    state = window.state
    for label in ("Anja", "Mehmet", "Stoel 3", "Stoel 4", "Stoel 5"):
        state.add_deelnemer(label)
    state.set_question(default_pack().bouwstenen[0].vragen[0].id)
    page = window.console.pages["bespreken"]
    page.tally_spins["eens"].setValue(9)
    page.tally_spins["neutraal"].setValue(3)
    page.tally_spins["oneens"].setValue(2)
    window.start_projection()
    state.set_projection("live")
    state.start_round(limit_s=120)
    projector = window.projector
    if not projector.isFullScreen():
        # One screen and no window manager here: stand in for the projector screen.
        projector.setGeometry(projector.screen().geometry())
        projector.showFullScreen()
    settle()
    screen = projector.screen()
    print(
        f"projector on {screen.name()} {screen.geometry().getRect()}, "
        f"fullscreen={projector.isFullScreen()}"
    )
    for theme in THEMES:
        window.set_theme(theme)
        for view in ("bespreken", "kompas"):
            state.set_view(view)
            settle()
            g = screen.geometry()
            shot = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
            shot.save(str(out / f"projector-{theme}-{view}.png"))
    window.set_theme("licht")
    state.set_view("bespreken")
    state.set_projection("welkom")
    settle()
    g = screen.geometry()
    screen.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(
        str(out / "projector-welkom.png")
    )
    window.stop_projection()
    window.resize(1366, 768)
    window.round_dock.show()
    state.next_speaker()
    settle()
    console_screen = window.screen()
    g = console_screen.geometry()
    console_screen.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(
        str(out / "console-spreekronde.png")
    )
    state.stop_round()
    settle()
    console_screen.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(
        str(out / "console-samenvatting.png")
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
