"""`wijkpraat self-test`: does this installation work? Run after installing or building.

Everything happens in a temporary folder that is removed afterwards; the user's own data
is never opened. The checks, in order: the content pack loads, the icon files are there,
a new database opens, the demo loads, every kind of PDF is made and drawn to pixels (the
print path), the libraries imported only when first needed are present, and the main
window opens and closes. One Dutch line per check; exit code 0 when all pass, 1 otherwise.
In a frozen app this is the smoke test of the build (`make bundle`).

The window check starts the app itself (`wijkpraat --quit-after-show`) as a child
process: that is the real start-up path (Qt application, translations, main window), and
it keeps Qt out of `app/` (tests/test_core_rule.py). Frozen, the child is the bundled
executable; from source it is `python -m app`.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import resources

if TYPE_CHECKING:
    from app.content import ContentPack
    from app.store import Store

EXIT_OK, EXIT_FAILED = 0, 1
WINDOW_TIMEOUT_S = 120
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class CheckFailed(Exception):
    """A check found a problem; the message is Dutch and shown to the user."""


@dataclass
class _Context:
    folder: Path
    pack: ContentPack | None = None
    store: Store | None = None
    failed: list[str] = field(default_factory=list)
    pdfs: dict[str, bytes] = field(default_factory=dict)

    @property
    def db(self) -> Path:
        return self.folder / "zelftest.sqlite"


def run_selftest(say: Callable[[str], None] | None = None) -> int:
    """Run every check; returns the exit code."""
    say = say or _say
    start = time.perf_counter()
    # ignore_cleanup_errors: a virus scanner holding a file on Windows is not a failure.
    with tempfile.TemporaryDirectory(
        prefix="wijkpraat-zelftest-", ignore_cleanup_errors=True
    ) as tmp:
        ctx = _Context(Path(tmp))
        say(f"Zelftest van Wijkpraat in een tijdelijke map: {tmp}")
        say("Uw eigen gegevens worden niet geopend.")
        try:
            _check(ctx, say, "inhoud", _check_content)
            _check(ctx, say, "pictogrammen", _check_icons)
            _check(ctx, say, "database", _check_database)
            _check(ctx, say, "demo", _check_demo)
            for soort in _pdf_soorten(ctx, say):
                _check(ctx, say, f"pdf {soort}", functools.partial(_check_pdf, soort=soort))
            _check(ctx, say, "pdf als beeld", _check_pdf_render)
            _check(ctx, say, "verslag", _check_verslag)
            _check(ctx, say, "bibliotheken", _check_libraries)
            _check(ctx, say, "vervolg online", _check_follow_up)
        finally:
            if ctx.store is not None:
                ctx.store.close()
        _check(ctx, say, "hoofdvenster", _check_window)
    seconds = time.perf_counter() - start
    if ctx.failed:
        names = ", ".join(ctx.failed)
        print(f"wijkpraat: zelftest mislukt bij: {names}", file=sys.stderr)
        return EXIT_FAILED
    say(f"Zelftest geslaagd ({seconds:.1f} s).")
    return EXIT_OK


def _check(
    ctx: _Context, say: Callable[[str], None], name: str, check: Callable[[_Context], str]
) -> None:
    try:
        detail = check(ctx)
    except CheckFailed as exc:
        ctx.failed.append(name)
        say(f"✗ {name}: {exc}")
        return
    except Exception as exc:  # a self-test reports every failure, known or not
        ctx.failed.append(name)
        say(f"✗ {name}: {type(exc).__name__}: {exc}")
        return
    say(f"✓ {name}" + (f" ({detail})" if detail else ""))


def _check_content(ctx: _Context) -> str:
    from app.content import default_pack

    ctx.pack = default_pack()
    vragen = sum(1 for _ in ctx.pack.vragen())
    return f"versie {ctx.pack.version}, {vragen} vragen"


def _check_icons(ctx: _Context) -> str:
    for size in resources.ICON_SIZES:
        data = resources.icon_file(size).read_bytes()
        width = int.from_bytes(data[16:20], "big")
        if not data.startswith(_PNG_SIGNATURE) or width != size:
            raise CheckFailed(f"wijkpraat-{size}.png is geen goed pictogram")
    if not (resources.FOLDER / "icons" / "wijkpraat.svg").is_file():
        raise CheckFailed("wijkpraat.svg ontbreekt")
    return f"{len(resources.ICON_SIZES)} maten"


def _check_database(ctx: _Context) -> str:
    from app.store import Store

    ctx.store = Store.open(ctx.db)
    return f"schemaversie {ctx.store.schema_version}"


def _check_demo(ctx: _Context) -> str:
    from app.system.demo import load_demo

    result = load_demo(_store(ctx), ctx.pack)
    return f"{result.gebieden} gebieden, {result.bijeenkomsten} bijeenkomsten"


def _pdf_soorten(ctx: _Context, say: Callable[[str], None]) -> tuple[str, ...]:
    try:
        from app.handouts import SOORTEN
    except ImportError as exc:
        ctx.failed.append("pdf")
        say(f"✗ pdf: de module voor handouts ontbreekt ({exc})")
        return ()
    return tuple(SOORTEN)


def _check_pdf(ctx: _Context, soort: str) -> str:
    from app.handouts import build_pdf

    store = _store(ctx)
    if soort == "evaluatie":
        stap3 = [b for b in store.bijeenkomsten() if b.stap == 3]
        if not stap3:
            raise CheckFailed("geen bijeenkomst in stap 3 om te evalueren")
        bijeenkomst_id: str | None = stap3[0].id
    else:
        latest = store.latest_bijeenkomst()
        bijeenkomst_id = latest.id if latest else None
    data = build_pdf(store, bijeenkomst_id, soort)
    if not data.startswith(b"%PDF"):
        raise CheckFailed("het resultaat is geen PDF")
    ctx.pdfs[soort] = data
    return f"{len(data) / 1024:.0f} kB"


def _check_verslag(ctx: _Context) -> str:
    """The verslag as PDF and as .odt: odfdo builds the .odt from a template file inside
    its package, which a frozen app must carry."""
    import zipfile
    from io import BytesIO

    from app.handouts.verslag import make_verslag, read_verslag

    store = _store(ctx)
    latest = store.latest_bijeenkomst()
    files = make_verslag(read_verslag(store, latest.id if latest else None)).files
    if not files["pdf"].startswith(b"%PDF"):
        raise CheckFailed("het verslag is geen PDF")
    with zipfile.ZipFile(BytesIO(files["odt"])) as odt:
        if odt.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            raise CheckFailed("het verslag is geen OpenDocument-tekst")
    return f"PDF {len(files['pdf']) / 1024:.0f} kB, .odt {len(files['odt']) / 1024:.0f} kB"


def _check_pdf_render(ctx: _Context) -> str:
    """Printing draws PDF pages rendered by pdfium: render the first page of each PDF."""
    import pypdfium2 as pdfium

    if not ctx.pdfs:
        raise CheckFailed("er is geen PDF om te tekenen")
    pages = 0
    for soort, data in ctx.pdfs.items():
        doc = pdfium.PdfDocument(data)
        try:
            pages += len(doc)
            page = doc[0]
            bitmap = page.render(scale=36 / 72)
            size = (bitmap.width, bitmap.height)
            bitmap.close()
            page.close()
            if min(size) < 100:
                raise CheckFailed(f"de eerste pagina van {soort} is te klein: {size}")
        finally:
            doc.close()
    return f"{pages} pagina's in {len(ctx.pdfs)} PDF's"


def _check_libraries(ctx: _Context) -> str:
    """The libraries that load only when first needed are present (a frozen app's risk)."""
    import platformdirs
    import qrcode
    import reportlab
    import sqlite_utils

    code = qrcode.QRCode()
    code.add_data("https://example.nl/wijkpraat")
    code.make(fit=True)
    if not sqlite_utils.Database(memory=True).execute("select 1").fetchone():
        raise CheckFailed("sqlite-utils werkt niet")
    folder = platformdirs.user_data_dir("Wijkpraat", appauthor=False, roaming=False)
    return (
        f"reportlab {reportlab.Version}, qrcode, sqlite-utils, platformdirs; gegevensmap {folder}"
    )


def _check_follow_up(ctx: _Context) -> str:
    """The wijkgeheugen finds the demo, and the .ics (icalendar, the time zone) is made."""
    from app.exchange.calendar import build_calendar
    from app.system.demo import demo_id

    store = _store(ctx)
    hits = len(store.search("jongeren").treffers)
    if hits == 0:
        raise CheckFailed("zoeken vindt niets in de demo")
    agenda = build_calendar(store, bijeenkomst_id=demo_id("bk/riv/2"))
    if agenda.events == 0 or b"BEGIN:VCALENDAR" not in agenda.data:
        raise CheckFailed("de agenda is leeg")
    return f"{hits} treffers, {agenda.events} afspraken in de agenda"


def _check_window(ctx: _Context) -> str:
    """Start the app as a child on the temporary database; it quits once its window shows."""
    frozen = getattr(sys, "frozen", False)  # frozen, the executable is Wijkpraat itself
    command = [sys.executable] if frozen else [sys.executable, "-m", "app"]
    command += ["--db", str(ctx.db), "--data-dir", str(ctx.folder), "--quit-after-show"]
    env = {**os.environ, "WIJKPRAAT_DATA_DIR": str(ctx.folder)}
    env.pop("WIJKPRAAT_DB", None)
    start = time.perf_counter()
    try:
        result = subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=WINDOW_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"het venster verscheen niet binnen {WINDOW_TIMEOUT_S} s") from exc
    if result.returncode != 0:
        last = (result.stderr or "").strip().splitlines()[-5:]
        hint = ""
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")
        ):
            hint = " (geen beeldscherm gevonden; probeer QT_QPA_PLATFORM=offscreen)"
        message = f"afgesloten met code {result.returncode}{hint}: " + " | ".join(last)
        raise CheckFailed(message)
    return f"geopend en gesloten in {time.perf_counter() - start:.1f} s"


def _store(ctx: _Context) -> Store:
    if ctx.store is None:
        raise CheckFailed("er is geen database geopend")
    return ctx.store


def _say(line: str) -> None:
    """Print one line; a console that cannot show ✓/✗ (Windows cp1252) gets OK/FOUT."""
    try:
        print(line, flush=True)
    except UnicodeEncodeError:
        print(line.replace("✓", "OK").replace("✗", "FOUT"), flush=True)
