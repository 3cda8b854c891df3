"""Reads the accessible tree of one process through AT-SPI, as a screen reader (Orca) does.

Runs with the system Python that has Debian's `python3-pyatspi`, not the venv:
    /usr/bin/python3 tests/e2e/atspi_probe.py PID
Prints one JSON object: {"windows": [node, ...]} for every window of that process that is
showing, each node {"role", "name", "description", "states", "children"}. Long item views
are cut after their first rows (the rows are all alike). Exits 2 when the process does not
appear on the accessibility bus within 20 s.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

ROWS_KEPT = 12  # children of an item view read; the rest are the same kind of row
ITEM_VIEWS = {"list", "list box", "tree", "tree table", "table"}
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "enabled": pyatspi.STATE_ENABLED,
}


def find_app(pid: int, seconds: float) -> object | None:
    deadline = time.monotonic() + seconds
    while True:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that left the bus while we looked
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)  # polling the registry, with a deadline: nothing to wait on


def node(acc: object, depth: int = 0) -> dict[str, object]:
    state = acc.getState()
    role = acc.getRoleName()
    children = []
    if depth < 40:
        count = acc.childCount
        if role in ITEM_VIEWS:
            count = min(count, ROWS_KEPT)
        for i in range(count):
            child = acc.getChildAtIndex(i)
            if child is not None:
                children.append(node(child, depth + 1))
    return {
        "role": role,
        "name": acc.name or "",
        "description": acc.description or "",
        "states": sorted(k for k, v in STATES.items() if state.contains(v)),
        "children": children,
    }


def main() -> int:
    pid = int(sys.argv[1])
    app = find_app(pid, 20)
    if app is None:
        print(json.dumps({"error": f"process {pid} is not on the accessibility bus"}))
        return 2
    windows = []
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
            windows.append(node(window))
    print(json.dumps({"windows": windows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
