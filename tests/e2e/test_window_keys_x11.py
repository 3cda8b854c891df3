"""On X11 a text field claims Ctrl+E (end of line) before any shortcut: Ctrl+E, "bijeenkomst
bewerken" in F1, did nothing while the cursor was in the inbreng field, where a
facilitator nearly always is. The offscreen platform has no such key bindings, so this
runs the real window with xcb under Xvfb (Debian xvfb, installed by `make test`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_window_keys_work_with_the_cursor_in_the_inbreng_field(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(HERE.parents[1])}
    result = subprocess.run(
        [
            "xvfb-run",
            "--auto-servernum",
            "--server-args=-screen 0 1366x768x24",
            sys.executable,
            str(HERE / "x11_keys_app.py"),
            str(tmp_path / "keys.sqlite"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [x for x in result.stdout.splitlines() if x.startswith("RESULT ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    found = json.loads(lines[-1].removeprefix("RESULT "))
    assert found["platform"] == "xcb"
    assert found["ctrl_e_dialog"] == "BijeenkomstDialog"  # the dialog, not the line's end
    assert found["ctrl_e_cursor"] == 0
    assert found["ctrl_h_focus"] and found["ctrl_h_text"] == "Een bankje"  # nothing deleted
