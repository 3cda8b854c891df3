"""Screenshots of a tafels evening: the console with the tafel bar and the tafel dialog,
the plenaire terugkoppeling on the console and on the projector (1920x1080).

Run on an X display of 1920x1080, e.g.
    Xvfb :95 -screen 0 1920x1080x24 &
    DISPLAY=:95 python bench/screenshot_tafels.py out/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from widgets.main_window import MainWindow

ITEMS = {
    "Tafel 1": ("Het park en de speeltuin", "De markt op zaterdag", "Buren helpen elkaar"),
    "Tafel 2": ("De bibliotheek in het wijkcentrum", "Het Wijkfeest in juni"),
    "Tafel 3": ("Veel groen, weinig verkeer", "De school als ontmoetingsplek", "Het koor"),
}


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(window: object, path: Path) -> None:
    screen = window.screen()  # type: ignore[attr-defined]
    g = screen.geometry()
    screen.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(str(path))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])  # noqa: F841 - must live while the windows do
    store = Store.open(Path(tempfile.mkdtemp()) / "tafels.sqlite")
    g = store.add_gebied("Selwerd", "wijk")
    b = store.add_bijeenkomst(g.id, "Tafelavond WIJ-raad", "2026-11-24", vorm="tafel")
    window = MainWindow(store, default_pack())
    window.resize(1366, 768)
    window.show()
    window.open_bijeenkomst(b.id)
    state = window.state
    for titel, leider in (("Tafel 1", "Alice"), ("Tafel 2", "Mark"), ("Tafel 3", "")):
        state.add_tafel(titel, leider)
    state.jump_to("B1.1")
    for tafel, (titel, items) in zip(state.tafels(), ITEMS.items(), strict=True):
        assert tafel.titel == titel
        state.choose_tafel(tafel.id)
        for item in items:
            state.add_inbreng(item)
        state.set_stemming("eens", len(items) + 1)
        state.set_stemming("oneens", 1)
    state.choose_tafel(state.tafels()[1].id)
    settle()
    grab(window, out / "tafels-console.png")
    dialog = window.console.ask_tafel()
    settle()
    grab(window, out / "tafels-dialoog.png")
    dialog.reject()
    state.toggle_plenair()
    settle()
    grab(window, out / "tafels-console-plenair.png")
    window.start_projection()
    state.set_projection("live")
    projector = window.projector
    if not projector.isFullScreen():
        projector.setGeometry(projector.screen().geometry())
        projector.showFullScreen()
    settle(600)
    grab(projector, out / "tafels-projector-plenair.png")
    state.set_projection(show_names=True)
    settle()
    grab(projector, out / "tafels-projector-plenair-namen.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
