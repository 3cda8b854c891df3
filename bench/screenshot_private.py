"""Screenshots of the console with private notes, a privé item and photos, and of the
projector at the same moment (which must show none of them).

    QT_QPA_PLATFORM=offscreen python bench/screenshot_private.py out/ [theme]
Makes a demo database, plants a note per question and per bijeenkomst, a privé item and
two photos (drawn with Pillow: a flip-over and a poster with stickers), opens the
console at 1366x768 and grabs it, then the projector window at 1280x720.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.content import default_pack
from app.store import Store
from app.system.demo import load_demo
from widgets.main_window import MainWindow


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def drawing(kind: str) -> bytes:
    """A flip-over with lines of 'writing', or a poster with coloured dots."""
    image = Image.new("RGB", (3000, 4000) if kind == "flip" else (4000, 3000), "white")
    draw = ImageDraw.Draw(image)
    if kind == "flip":
        for y in range(300, 3600, 260):
            draw.line((250, y, 2700, y + 40), fill=(20, 40, 160), width=28)
    else:
        for i in range(60):
            x, y = 300 + (i * 613) % 3400, 300 + (i * 379) % 2400
            colour = ((220, 40, 40), (40, 160, 60), (240, 200, 0))[i % 3]
            draw.ellipse((x, y, x + 140, y + 140), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])  # noqa: F841 - must live while the windows do
    theme = sys.argv[2] if len(sys.argv) > 2 else None
    store = Store.open(Path(tempfile.mkdtemp()) / "shots.sqlite")
    load_demo(store)
    window = MainWindow(store, default_pack())
    window.resize(1366, 768)
    window.show()
    if theme:
        window.set_theme(theme)
    b = next(x for x in store.bijeenkomsten() if x.titel.startswith("Wat maakt"))
    window.open_bijeenkomst(b.id)
    state = window.state
    state.set_view("bespreken")
    vraag = state.vraag
    assert vraag is not None
    state.set_notitie("GEHEIM-VRAAG: Anja wil haar naam niet in het verslag.")
    state.set_bijeenkomst_notitie("GEHEIM-AVOND: zaal om 22:00 leeg opleveren.")
    state.add_inbreng("Openbaar: een bankje bij de school")
    state.add_inbreng("GEHEIM-PRIVE: zorgen over de buurman op nummer 12", prive=True)
    store.add_foto(b.id, drawing("flip"), vraag_id=vraag.id, bijschrift="Flip-over tafel 1")
    store.add_foto(b.id, drawing("poster"), bijschrift="Poster met stickers")
    state.open_bijeenkomst(b.id, "bespreken")
    settle()
    suffix = f"-{theme}" if theme else ""
    window.grab().save(str(out / f"console-prive{suffix}.png"))
    window.console.pages["bespreken"].inbreng_list.setFocus()
    window.start_projection()
    state.set_projection("live")
    projector = window.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(1280, 720)
    settle()
    projector.grab().save(str(out / f"projector-prive{suffix}.png"))
    print(f"Schermafdrukken in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
