"""Accessibility through the interface a screen reader uses: AT-SPI over D-Bus.

Under Xvfb and a private D-Bus session with the AT-SPI registry (Debian `at-spi2-core`),
`atspi_app.py` opens every window a facilitator meets (the overview, each console page,
each dialog, the speaking round, the projector in its modes) and `atspi_probe.py` reads
each accessible tree with `pyatspi` (Debian `python3-pyatspi`, what Orca uses). The test
fails on a focusable control without a name, a drawing (image, QR code, chart) without a
name and a description, and a window where Tab does not go round every control.

`make test` installs those Debian packages as root where they are missing; elsewhere the
test is skipped, naming what is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
# Rows of item views: their name is their content, and an empty cell is empty, not unnamed.
ITEM_ROLES = {"table cell", "list item", "tree item", "table row header", "table column header"}
# The room's drawings, as a screen reader must be able to read them out.
EXPECTED_DRAWINGS = {
    "projectie welkom": ("QR-code",),
    "projectie vraag": ("Handen geteld",),
    "projectie kompas": ("Kompas",),
    "console kompas": ("Kompas",),
}


def _missing() -> list[str]:
    missing = [
        package
        for tool, package in (
            ("xvfb-run", "xvfb"),
            ("xauth", "xauth"),  # xvfb-run needs it; only a recommendation of xvfb
            ("dbus-run-session", "dbus"),
        )
        if shutil.which(tool) is None
    ]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and not shutil.which(
        "at-spi-bus-launcher"
    ):
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


MISSING = _missing() if sys.platform.startswith("linux") else ["Linux"]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(MISSING), reason=f"needs {', '.join(MISSING)} (make test installs them as root)"
    ),
]


def run_scenes(tmp_path: Path, *extra: str) -> dict[str, dict]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONPATH": str(HERE.parents[1]),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # our own session bus, never the user's
    env.pop("AT_SPI_BUS_ADDRESS", None)
    command = [
        "xvfb-run",
        "--auto-servernum",
        "--server-args=-screen 0 1366x768x24",
        "dbus-run-session",
        "--",
        sys.executable,
        str(HERE / "atspi_app.py"),
        str(tmp_path / "a11y.sqlite"),
        *extra,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    lines = [x for x in result.stdout.splitlines() if x.startswith("RESULT ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


def problems(results: dict[str, dict]) -> tuple[list[str], int]:
    """Everything a screen-reader or keyboard user would trip over, and how many controls
    were checked."""
    found: list[str] = []
    drawings: list[str] = []
    checked = 0

    def visit(node: dict, scene: str, path: str) -> None:
        nonlocal checked
        role, name, states = node["role"], node["name"].strip(), node["states"]
        here = f"{path} > {role} {name[:40]!r}"
        showing = "showing" in states
        if showing and "focusable" in states and role not in ITEM_ROLES:
            checked += 1
            if not name:
                found.append(f"{scene}: focusable {role} without a name ({here})")
        # An image, or one of our drawings: a named widget without children (QR code,
        # bars, radar). An empty unnamed container is neither.
        drawing = role in ("image", "icon") or (role == "filler" and name and not node["children"])
        if showing and drawing and not (name and node["description"].strip()):
            found.append(f"{scene}: a drawing without name and description ({here})")
            drawings.append(name)
        elif showing and drawing:
            drawings.append(name)
        for child in node["children"]:
            visit(child, scene, here)

    for scene, result in results.items():
        drawings.clear()
        probe = result["probe"]
        if "error" in probe:
            found.append(f"{scene}: {probe['error']}")
            continue
        for window in probe["windows"]:
            visit(window, scene, window["role"])
        tab = result["tab"]
        if tab["trapped_in"]:
            found.append(f"{scene}: Tab never leaves {tab['trapped_in']}")
        found += [f"{scene}: Tab does not reach {m}" for m in tab["missing"]]
        for expected in EXPECTED_DRAWINGS.get(scene, ()):
            if not any(d.startswith(expected) for d in drawings):
                found.append(f"{scene}: the drawing {expected!r} is not described")
    return found, checked


def test_every_window_through_at_spi(tmp_path, capsys):
    results = run_scenes(tmp_path)
    assert len(results) >= 16  # overview, 6 console pages, 5 dialogs, round, 3 projector views
    found, checked = problems(results)
    tabbed = sum(len(r["tab"]["targets"]) for r in results.values())
    with capsys.disabled():
        print(
            f"\nAT-SPI: {checked} focusable controls checked for a name in "
            f"{len(results)} windows; Tab reached {tabbed} controls"
        )
    assert checked > 200
    assert not found, "\n".join(found)


def test_a_control_without_a_name_is_caught(tmp_path):
    """The same check with the accessible name of one control (the timer's limit, which has
    no label to borrow a name from) removed: exactly that control is reported."""
    results = run_scenes(tmp_path, "--only", "console bespreken", "--strip-name", "limit")
    found, _ = problems(results)
    assert len(found) == 1
    assert "focusable spin button without a name" in found[0]
