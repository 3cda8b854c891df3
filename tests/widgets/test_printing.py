"""Printing through Qt gives the same pages as the PDF; saving says what went wrong."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.handouts import build_pdf
from app.store.files import write_error
from app.system.demo import demo_id
from tests.conftest import fill_the_disk
from tests.test_handouts_support import decode_qr_codes, page_count, page_points, pdf_text
from widgets.dialogs.printing import Dialogs, generate_pdf, print_pdf, run_with_progress, save_pdf

RIV_AFSPRAKEN = demo_id("bk/riv/2")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    """Messages the user would have seen in a message box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Dialogs,
        "show_error",
        classmethod(lambda cls, parent, title, msg: shown.append((title, msg))),
    )
    return shown


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_printing_gives_the_same_pages_as_the_pdf(qtbot, demo_store, tmp_path):
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")
    out = tmp_path / "geprint.pdf"
    assert print_pdf(None, pdf, "Afsprakenlijst", printer=pdf_printer(out))
    printed = out.read_bytes()
    # The demo list runs over a page break, so more than one page goes to the printer.
    assert page_count(pdf) > 1
    assert page_count(printed) == page_count(pdf)
    for got, want in zip(page_points(printed), page_points(pdf), strict=True):
        assert got == pytest.approx(want, abs=1.5)
    # the printed QR codes still take a phone to the stored addresses
    assert sorted(decode_qr_codes(printed)) == sorted(decode_qr_codes(pdf))


def test_a3_poster_prints_on_a3(qtbot, store, tmp_path):
    pdf = build_pdf(store, None, "praatplaat", formaat="A3")
    out = tmp_path / "poster.pdf"
    assert print_pdf(None, pdf, "Praatplaat", printer=pdf_printer(out, dpi=72))
    assert page_count(out.read_bytes()) == 1
    assert page_points(out.read_bytes())[0] == pytest.approx((841.9, 1190.6), abs=1.5)


def test_cancelling_the_print_dialog_prints_nothing(qtbot, demo_store, monkeypatch, tmp_path):
    asked: list[QPrinter] = []

    def cancel(cls, parent, printer):
        asked.append(printer)
        printer.setOutputFileName(str(tmp_path / "niet.pdf"))
        return False

    monkeypatch.setattr(Dialogs, "ask_printer", classmethod(cancel))
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "kaartjes")
    assert print_pdf(None, pdf, "Kaartjes") is False
    assert asked and asked[0].docName() == "Kaartjes"
    assert not (tmp_path / "niet.pdf").exists()


def test_save_writes_exactly_the_generated_pdf(qtbot, demo_store, tmp_path, monkeypatch):
    pdf = build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")
    chosen = tmp_path / "afsprakenlijst.pdf"
    monkeypatch.setattr(Dialogs, "ask_save_path", classmethod(lambda cls, parent, name: chosen))
    assert save_pdf(None, pdf, "afsprakenlijst.pdf") == chosen
    assert chosen.read_bytes() == pdf
    monkeypatch.setattr(Dialogs, "ask_save_path", classmethod(lambda cls, parent, name: None))
    assert save_pdf(None, pdf, "afsprakenlijst.pdf") is None  # cancelled


def test_a_failed_save_says_what_to_do_and_keeps_the_old_file(qtbot, tmp_path, errors, monkeypatch):
    """Saving over lijst.pdf on a full disk: a Dutch message, and the old lijst.pdf whole."""
    target = tmp_path / "lijst.pdf"
    target.write_bytes(b"%PDF oud")
    tried = fill_the_disk(monkeypatch)
    assert save_pdf(None, b"%PDF nieuw", "lijst.pdf", path=target) is None
    assert tried, "save_pdf did not flush the file to disk"
    assert errors == [("Opslaan lukt niet", errors[0][1])]
    assert "schijf is vol" in errors[0][1] and "'lijst.pdf'" in errors[0][1]
    assert "niets verloren" in errors[0][1]
    assert target.read_bytes() == b"%PDF oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.pdf"]  # no temp file left


def test_saving_where_it_cannot_names_the_problem(qtbot, tmp_path, errors):
    (folder := tmp_path / "map.pdf").mkdir()
    assert save_pdf(None, b"%PDF nieuw", "x.pdf", path=tmp_path / "bestaat-niet" / "x.pdf") is None
    assert save_pdf(None, b"%PDF nieuw", "x.pdf", path=folder) is None
    assert [title for title, _ in errors] == ["Opslaan lukt niet"] * 2
    assert "bestaat niet" in errors[0][1] and "niets verloren" in errors[0][1]
    assert "is een map" in errors[1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]
    assert list(folder.iterdir()) == []


def test_disk_full_message_is_dutch_and_reassuring(tmp_path):
    message = write_error(OSError(errno.ENOSPC, "No space left"), tmp_path / "x.pdf").message
    assert "schijf is vol" in message and "niets verloren" in message


def test_quick_generation_shows_no_progress_dialog(qtbot):
    assert run_with_progress(None, "Bezig…", lambda: 42) == 42
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_slow_generation_shows_progress_and_keeps_the_window_alive(qtbot):
    seen: list[str] = []
    release = threading.Event()

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen.append(w.labelText())
                release.set()

    def slow() -> str:
        release.wait(5)
        time.sleep(0.05)
        return "klaar"

    timer = QTimer()  # looks at the screen from the event loop while we wait
    timer.timeout.connect(look)
    timer.start(20)
    try:
        assert (
            run_with_progress(None, "Afsprakenlijst wordt gemaakt…", slow, delay_ms=50) == "klaar"
        )
    finally:
        timer.stop()
    assert seen and seen[0] == "Afsprakenlijst wordt gemaakt…"
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_errors_while_generating_reach_the_caller(qtbot):
    def broken() -> bytes:
        raise ValueError("kapot")

    with pytest.raises(ValueError, match="kapot"):
        run_with_progress(None, "Bezig…", broken)


def test_generate_pdf_reads_the_store_and_reports_known_problems(qtbot, demo_store, errors):
    pdf = generate_pdf(None, demo_store, RIV_AFSPRAKEN, "afspraken")
    made = build_pdf(demo_store, RIV_AFSPRAKEN, "afspraken")
    assert pdf is not None and page_count(pdf) == page_count(made)
    assert pdf_text(pdf) == pdf_text(made)
    g = demo_store.add_gebied("Glimmen", "dorp")
    b = demo_store.add_bijeenkomst(g.id, "Avond", "2026-09-01")
    assert generate_pdf(None, demo_store, b.id, "kaartjes") is None
    assert errors and "webadres" in errors[0][1]
