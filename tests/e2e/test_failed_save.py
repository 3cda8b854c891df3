"""A save that fails keeps the text, says so, and is written once it can be.

With a real second process: (a) one holding the write lock for 10 s while the window
takes text typed in an afspraak's `wie` and the facilitator moves on; (b) one importing
a bundle into the database the window has open; (c) one holding the lock while the app
is killed with the text only in the journal, then the app starts again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.content import default_pack
from app.exchange.bundle import build_bundle
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store
from app.store.journal import journal_path
from app.system.demo import load_demo
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 10.0
TYPED = " en de buurtagent"

# Takes the write lock, says so, keeps it for argv[2] seconds or until stdin closes.
HOLDER = """
import sys, threading
from app.store import Store
with Store.open(sys.argv[1]) as store:
    with store.transaction():
        store.add_gebied("Houdt de schrijfrechten vast", "wijk")
        print("vast", flush=True)
        done = threading.Event()
        threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
        done.wait(float(sys.argv[2]))
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "vast", holder.stderr.read() if holder.stderr else ""
    return holder


def _meeting_on_afspraken(db: Path) -> str:
    """The demo, reopening at the afspraken page of a bijeenkomst with afspraken."""
    with Store.open(db) as store:
        load_demo(store)
        b = next(b for b in store.bijeenkomsten() if len(store.afspraken(b.id)) >= 2)
        store.set_setting(SETTING_BIJEENKOMST, b.id)
        store.set_setting(SETTING_VIEW, "afspraken")
        return b.id


def _window(qtbot, db: Path) -> MainWindow:
    window = MainWindow(Store.open(db), default_pack())
    qtbot.addWidget(window)
    window.show()
    return window


# Reads the afspraken as another program would. Not in this process: closing a second
# handle on the file here would drop the window's POSIX locks on it.
READER = """
import json, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = conn.execute(
    "SELECT id, wat, wie FROM afspraak WHERE bijeenkomst_id = ? ORDER BY volgorde, aangemaakt",
    [sys.argv[2]],
).fetchall()
print(json.dumps(rows))
"""


def _stored(db: Path, bijeenkomst_id: str) -> list[list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", READER, str(db), bijeenkomst_id],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    rows: list[list[str]] = json.loads(done.stdout)
    return rows


def _stored_wie(db: Path, bijeenkomst_id: str) -> list[str]:
    return [row[2] for row in _stored(db, bijeenkomst_id)]


@pytest.mark.slow
def test_a_busy_database_keeps_the_typed_text_says_so_and_saves_it_later(qtbot, tmp_path):
    db = tmp_path / "avond.sqlite"
    b = _meeting_on_afspraken(db)
    window = _window(qtbot, db)
    page = window.console.pages["afspraken"]
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.state.unsaved.connect(lambda text: said.append(text or ""))
    page.table.selectRow(0)
    first = page.current
    before = first.wie

    holder = _hold(db, HOLD_S)
    try:
        page.wie.setFocus()
        qtbot.keyClicks(page.wie, TYPED)
        started = time.monotonic()
        page.table.selectRow(1)  # moves on to the next afspraak: the save is tried now
        assert time.monotonic() - started < 2.0  # no freeze for the 5 s busy wait
        assert page.current.id != first.id
        label = window.unsaved.label
        assert label.isVisible()
        assert "Nog niet opgeslagen: 1 afspraak — de database is bezet" in label.text()
        assert journal_path(db).exists()
        assert TYPED.encode() in journal_path(db).read_bytes()
        page.table.selectRow(0)  # back: the text is still there
        assert page.wie.text() == before + TYPED
        assert _stored_wie(db, b)[0] == before  # not in the database yet
    finally:
        assert holder.wait(timeout=HOLD_S + 20) == 0, holder.stderr.read() if holder.stderr else ""

    qtbot.waitUntil(lambda: _stored_wie(db, b)[0] == before + TYPED, timeout=10_000)
    qtbot.waitUntil(lambda: not window.unsaved.label.isVisible(), timeout=5_000)
    assert not journal_path(db).exists()
    assert not any("niets verloren" in text for text in said), said
    assert any(text.startswith("Opgeslagen om") for text in said)
    window.close()
    window.store.close()


@pytest.mark.slow
def test_an_import_into_the_open_database_is_shown_and_survives_typing(qtbot, tmp_path):
    db = tmp_path / "avond.sqlite"
    b = _meeting_on_afspraken(db)
    with Store.open(db) as store:  # the other laptop's copy, made before
        bundle = build_bundle(store)
    window = _window(qtbot, db)
    page = window.console.pages["afspraken"]
    page.table.selectRow(0)
    afspraak = page.current

    row = next(a for a in bundle["tabellen"]["afspraak"] if a["id"] == afspraak.id)
    row["wat"] = "Een bankje bij de speeltuin (van de andere laptop)"
    row["bijgewerkt"] = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).isoformat()
    path = tmp_path / "andere-laptop.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    data = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "app", "import", str(path), "--db", str(db), "--data-dir", data],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: page.wat.text() == row["wat"], timeout=5_000)  # the view shows it
    assert page.model.rows()[0].wat == row["wat"]
    page.wie.setFocus()
    qtbot.keyClicks(page.wie, TYPED)
    page.flush()
    _, wat, wie = next(r for r in _stored(db, b) if r[0] == afspraak.id)
    assert wat == row["wat"]  # the imported text survived the typing
    assert wie == afspraak.wie + TYPED
    window.close()
    window.store.close()


@pytest.mark.slow
def test_text_only_in_the_journal_is_saved_after_a_kill_and_a_restart(qtbot, tmp_path):
    db = tmp_path / "avond.sqlite"
    b = _meeting_on_afspraken(db)
    before = _stored_wie(db, b)[0]
    holder = _hold(db, 120)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "e2e" / "journal_child.py"), str(db), TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "bewaard", child.stderr.read() if child.stderr else line
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        assert holder.stdin is not None
        holder.stdin.close()  # the other writer finishes
        holder.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert _stored_wie(db, b)[0] == before  # only the journal has it
    assert journal_path(db).exists()

    window = _window(qtbot, db)  # the restart
    qtbot.waitUntil(lambda: _stored_wie(db, b)[0] == before + TYPED, timeout=10_000)
    assert not journal_path(db).exists()
    window.close()
    window.store.close()
