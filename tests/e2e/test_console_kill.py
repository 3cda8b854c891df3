"""Kill the running app as soon as an inbreng is typed: nothing is lost.

The issue's scenario is a laptop lid that closes a second after Enter. The test is
stricter: the kill comes the moment the child says the inbreng was typed (after the
Enter key was handled), with no grace time; what the app acknowledged must be on disk.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.content import default_pack
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_after_typing_loses_nothing_and_reopens_at_the_question(qtbot, tmp_path):
    db = tmp_path / "kill.sqlite"
    with Store.open(db) as store:
        g = store.add_gebied("Beijum", "wijk")
        b = store.add_bijeenkomst(g.id, "Kampvuur", "2026-06-01", vorm="kampvuur")
        store.set_setting(SETTING_BIJEENKOMST, b.id)
        store.set_setting(SETTING_VIEW, "bespreken")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("console_child.py")),
            str(db),
            "Bankjes bij de vijver",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("getypt "), child.stderr.read()
        vraag_id = line.split()[1]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    # Restart: the same start-up path as the app (the main window restores the place).
    store = Store.open(db)
    assert store.integrity() == "ok"
    win = MainWindow(store, default_pack())
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.console
    assert win.state.bijeenkomst.id == b.id
    assert win.state.vraag.id == vraag_id != default_pack().bouwstenen[0].vragen[0].id
    texts = [i.tekst for i in win.state.inbreng()]
    assert texts == ["Bankjes bij de vijver"]
    page = win.console.pages["bespreken"]
    assert page.inbreng_model.record(0).tekst.startswith("Bankjes bij de vijver")
    win.close()
    store.close()
