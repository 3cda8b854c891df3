"""Child process for the screen tests: start the projection and report where it landed.

Usage: python tests/e2e/projector_child.py DB   (QT_QPA_PLATFORM chooses the screens)
Prints one JSON line: console screen, projector screen, geometry, fullscreen, font size.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from app.system.demo import load_demo
from widgets.main_window import MainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = Store.open(sys.argv[1])
    load_demo(store)
    window = MainWindow(store, default_pack())
    window.show()
    window.open_bijeenkomst(store.bijeenkomsten()[0].id)
    window.start_projection()
    app.processEvents()
    p = window.projector
    g = p.geometry()
    print(
        json.dumps(
            {
                "screens": [s.name() for s in app.screens()],
                "console": window.screen().name(),
                "projector": p.screen().name(),
                "geometry": [g.x(), g.y(), g.width(), g.height()],
                "screen_geometry": list(p.screen().geometry().getRect()),
                "active": app.activeWindow() is p,
                "fullscreen": p.isFullScreen(),
                "body_px": p.inbreng.font().pixelSize() or p.welcome_sub.font().pixelSize(),
            }
        ),
        flush=True,
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
