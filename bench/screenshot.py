"""Screenshot of the real app window on a virtual X screen (Xvfb).

Usage: python bench/screenshot.py [--db FILE] [--out FILE.png] [--size 1366x768] [-- app args]
Starts Xvfb, starts `python -m app` on it, waits until a window is mapped, grabs the
whole X screen with Qt (as a screen capture tool would), then stops both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="database (default: a fresh demo database)")
    parser.add_argument("--out", default="out/screenshot.png")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--wait", type=float, default=4.0, help="seconds to let the window settle")
    parser.add_argument("--bijeenkomst", help="open the bijeenkomst whose title contains this")
    parser.add_argument("--view", help="console page: bespreken, archetype, kompas, rollen, …")
    parser.add_argument("app_args", nargs="*")
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        print(
            "Xvfb ontbreekt: draai `make screenshot` als root of installeer xvfb.", file=sys.stderr
        )
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="wijkpraat-shot-"))
    db = args.db or str(tmp / "demo.sqlite")
    env = {**os.environ, "WIJKPRAAT_DATA_DIR": str(tmp)}
    env.pop("QT_QPA_PLATFORM", None)
    if not args.db:
        subprocess.run([sys.executable, "-m", "app", "demo", "--db", db], check=True, env=env)
    if args.bijeenkomst:
        _open_at(db, args.bijeenkomst, args.view)
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{args.size}x24", "-nolisten", "tcp"]
    )
    env["DISPLAY"] = display
    app = None
    try:
        time.sleep(1.0)
        app = subprocess.Popen([sys.executable, "-m", "app", "--db", db, *args.app_args], env=env)
        time.sleep(args.wait)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        grab = (
            "import sys; from PySide6.QtGui import QGuiApplication; a=QGuiApplication([]); "
            "ok=a.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)"
        )
        subprocess.run([sys.executable, "-c", grab, args.out], check=True, env=env)
        print(f"Schermafdruk: {args.out}")
        return 0
    finally:
        if app:
            app.terminate()
            app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)


def _open_at(db: str, title_part: str, view: str | None) -> None:
    """Make the app reopen at a bijeenkomst and page, as after a restart."""
    from app.store import SETTING_BIJEENKOMST, SETTING_VIEW, Store

    with Store.open(db) as store:
        match = next(b for b in store.bijeenkomsten() if title_part.lower() in b.titel.lower())
        store.set_setting(SETTING_BIJEENKOMST, match.id)
        store.set_setting(SETTING_VIEW, view or "bespreken")


if __name__ == "__main__":
    sys.exit(main())
