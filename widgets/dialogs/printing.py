"""Printing and saving handouts: "Afdrukken…" and "Opslaan als PDF…".

Paper and file come from the same PDF bytes: printing renders each page of that PDF
(pypdfium2, in app/) and paints the pixels onto a QPrinter. QtPdf is not part of
PySide6-Essentials, and drawing the pages a second time through Qt could differ.

How a window uses it:

    pdf = generate_pdf(self, store, bijeenkomst_id, "afspraken")   # None if it failed
    if pdf is not None:
        print_pdf(self, pdf, "Afsprakenlijst")                      # or save_pdf(...)

Tests skip the dialogs by passing `printer=` / `path=`, or by replacing the
classmethods of `Dialogs`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.content.labels import HANDOUT_LABELS
from app.errors import WijkpraatError

if TYPE_CHECKING:
    from app.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
PROGRESS_DELAY_MS = 300  # quicker than this is "a blink": no dialog at all


class Dialogs:
    """The questions printing asks the user; tests replace these classmethods."""

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Afdrukken")
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, "Opslaan als PDF", suggested, "PDF-bestanden (*.pdf)"
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


# -- making the PDF ------------------------------------------------------------------------


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[], T], *, delay_ms: int = PROGRESS_DELAY_MS
) -> T:
    """Run `work` in a worker thread; show a busy dialog if it takes longer than a blink.

    `work` must not touch the store (SQLite connections stay on their own thread):
    read the data first, then pass a function that only builds. Exceptions from `work`
    are raised here.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="handout") as pool:
        future = pool.submit(work)
        try:
            return future.result(timeout=delay_ms / 1000)
        except FutureTimeout:
            pass
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle("Even geduld")
        dialog.setCancelButton(None)  # reportlab cannot be interrupted halfway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(lambda: loop.quit() if future.done() else None)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        return future.result()


def generate_pdf(
    parent: QWidget | None,
    store: Store,
    bijeenkomst_id: str | None,
    soort: str,
    *,
    formaat: str = "A4",
) -> bytes | None:
    """Read the handout from the store (this thread), build it with progress.

    Returns None after telling the user in Dutch what went wrong (for example a
    bijeenkomst without a follow-up address for the kaartjes).
    """
    from app.handouts import make_pdf, read_handout

    try:
        data = read_handout(store, bijeenkomst_id, soort, formaat=formaat)
        return run_with_progress(
            parent,
            f"{HANDOUT_LABELS.get(soort, 'Document')} wordt gemaakt…",
            lambda: make_pdf(data),
        )
    except WijkpraatError as exc:
        Dialogs.show_error(parent, "Document maken lukt niet", exc.message)
        return None


# -- saving --------------------------------------------------------------------------------


def save_pdf(
    parent: QWidget | None, pdf_bytes: bytes, suggested_name: str, *, path: Path | None = None
) -> Path | None:
    """ "Opslaan als PDF…": ask where (unless `path` is given) and write atomically.

    Returns the path written, or None when the user cancelled or saving failed (then
    the user has seen a Dutch message that says what to do).
    """
    from app.store.files import write_atomic

    target = path if path is not None else Dialogs.ask_save_path(parent, suggested_name)
    if target is None:
        return None
    try:
        return write_atomic(target, pdf_bytes)
    except WijkpraatError as exc:
        log.warning("saving a PDF failed: %s", exc.message)
        Dialogs.show_error(parent, "Opslaan lukt niet", exc.message)
        return None


# -- printing ------------------------------------------------------------------------------


def print_pdf(
    parent: QWidget | None, pdf_bytes: bytes, title: str, *, printer: QPrinter | None = None
) -> bool:
    """ "Afdrukken…": the system print dialog, then the same PDF's pages on paper.

    With `printer` given, no dialog is shown (tests pass a QPrinter with PDF output).
    Returns True when every page went to the printer.
    """
    from app.handouts.render import MAX_DPI, page_sizes, render_pages

    try:
        sizes = page_sizes(pdf_bytes)
    except WijkpraatError as exc:
        Dialogs.show_error(parent, "Afdrukken lukt niet", exc.message)
        return False
    if not sizes:
        return False
    asked = printer is None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # our PDFs carry their own margins
    first = sizes[0]
    printer.setPageSize(QPageSize(QSizeF(first.width, first.height), QPageSize.Unit.Point))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if first.width > first.height
        else QPageLayout.Orientation.Portrait
    )
    if asked:
        printer.setFromTo(1, len(sizes))
        if not Dialogs.ask_printer(parent, printer):
            return False
    wanted = _page_range(printer, len(sizes))
    painter = QPainter()
    if not painter.begin(printer):
        Dialogs.show_error(
            parent,
            "Afdrukken lukt niet",
            "De printer kan niet beginnen. Staat hij aan en is hij verbonden? "
            "U kunt de PDF ook opslaan en later afdrukken.",
        )
        return False
    progress = QProgressDialog("Afdrukken…", "Stoppen", 0, len(wanted), parent)
    progress.setWindowTitle("Afdrukken")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    dpi = min(printer.resolution(), MAX_DPI)
    done = 0
    try:
        for index, page in enumerate(render_pages(pdf_bytes, dpi)):
            if index not in wanted:
                continue
            if progress.wasCanceled():
                printer.abort()
                return False
            if done:
                printer.newPage()
            image = QImage(
                page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
            )
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = min(paper.width() / page.width, paper.height() / page.height)
            w, h = page.width * scale, page.height * scale
            target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            done += 1
            progress.setValue(done)
    finally:
        painter.end()
        progress.close()
        progress.deleteLater()
    return done == len(wanted)


def _page_range(printer: QPrinter, count: int) -> set[int]:
    """Zero-based indexes of the pages the user chose (all when no range was set)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first == 0:
        return set(range(count))
    return set(range(max(first, 1) - 1, min(last or count, count)))
