"""Render resources/icons/wijkpraat.svg to the PNG sizes and a multi-size Windows .ico.

A build step, not part of the app: run it after editing the SVG and commit the results.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

Uses QtSvg (in PySide6-Essentials) to draw each size from the vector source, so small
sizes are rendered, not scaled down from a bitmap, and Pillow (already installed as a
reportlab dependency) to write the .ico.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "wijkpraat.svg"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted({*SIZES, *ICO_SIZES})}
    for size in SIZES:
        target = ICONS / f"wijkpraat-{size}.png"
        target.write_bytes(rendered[size])
        print(f"{target.relative_to(ROOT)}")
    images = [Image.open(io.BytesIO(rendered[size])) for size in ICO_SIZES]
    ico = ICONS / "wijkpraat.ico"
    # Pillow uses the appended image of each exact size instead of scaling the largest.
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(f"{ico.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
