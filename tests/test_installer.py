"""Packaging: spec, .desktop file, icons, about dialog and self-test.

The Windows installer (installer/wijkpraat.nsi) is checked in test_windows_installer.py.

Fast checks only; building the bundle is `make bundle` (which runs the self-test frozen).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _project_meta():
    spec = importlib.util.spec_from_file_location("project_meta", INSTALLER / "project_meta.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spec_reads_name_and_version_from_pyproject():
    project = _pyproject()
    assert _project_meta().read_project() == (project["name"], project["version"])
    text = (INSTALLER / "wijkpraat.spec").read_text(encoding="utf-8")
    compile(text, "wijkpraat.spec", "exec")  # valid Python
    assert 'NAME, VERSION = read_project(ROOT / "pyproject.toml")' in text
    assert project["version"] not in text, "the spec must not repeat the version"


def test_spec_bundles_the_data_packages_windowed_onedir():
    text = (INSTALLER / "wijkpraat.spec").read_text(encoding="utf-8")
    for needed in (
        'collect_data_files("praatplaat_data")',
        'collect_data_files("resources")',
        'collect_submodules("reportlab.graphics.barcode")',
        '"QtQuick"',  # an unused Qt module left out
        "exclude_binaries=True",  # onedir: the libraries go next to the executable
        "COLLECT(",
        "_exe(NAME, console=False)",  # windowed
    ):
        assert needed in text, needed
    assert "_MEIPASS" not in text


def test_desktop_file_is_valid():
    path = INSTALLER / "wijkpraat.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Wijkpraat"
    assert entry["Exec"] == "wijkpraat"
    assert entry["Icon"] == "wijkpraat"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";") and entry["Categories"].endswith(";")
    assert entry["Comment"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_linux_install_script_is_valid_sh():
    result = subprocess.run(["sh", "-n", str(INSTALLER / "install-linux.sh")], capture_output=True)
    assert result.returncode == 0, result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_icon_files_have_their_sizes():
    ET.parse(ICONS / "wijkpraat.svg")  # well-formed SVG source
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"wijkpraat-{size}.png") == (size, size)
    ico = (ICONS / "wijkpraat.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # width byte 0 means 256
    assert sizes >= {16, 32, 48, 256}


def test_about_dialog_shows_version_content_data_and_licence(qtbot, tmp_path):
    from app import __version__
    from app.content import default_pack
    from widgets.common.icon import app_icon
    from widgets.dialogs.about import build_about

    pack = default_pack()
    db = tmp_path / "mijn gegevens" / "wijkpraat.sqlite"
    box = build_about(None, db, pack)
    qtbot.addWidget(box)
    text = box.text()
    assert f"Wijkpraat {__version__}" in text
    assert f"versie {pack.version}" in text
    assert str(db) in text
    assert "EUPL-1.2" in text
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 256}
    assert not box.iconPixmap().isNull()


def test_self_test_reports_a_failing_check_and_leaves_user_data_alone(monkeypatch, tmp_path):
    pytest.importorskip("app.handouts")
    import app.handouts
    from app.system import selftest

    def broken(store, bijeenkomst_id, soort):
        if soort == "kaartjes":
            raise RuntimeError("kapot")
        return b"%PDF-1.4 test"

    monkeypatch.setattr(app.handouts, "build_pdf", broken)
    monkeypatch.setattr(selftest, "_check_pdf_render", lambda ctx: "")
    monkeypatch.setattr(selftest, "_check_window", lambda ctx: "")
    lines: list[str] = []
    assert selftest.run_selftest(lines.append) == selftest.EXIT_FAILED
    assert "✗ pdf kaartjes: RuntimeError: kapot" in lines
    assert "✓ demo (2 gebieden, 4 bijeenkomsten)" in lines
    assert not any("geslaagd" in line for line in lines)
    # WIJKPRAAT_DATA_DIR points here (conftest); the self-test must not have created it.
    assert not (tmp_path / "data").exists()


@pytest.mark.slow
def test_self_test_from_source_exits_0(tmp_path):
    """`python -m app self-test`, as `make bundle` runs it frozen. Needs app.handouts."""
    pytest.importorskip("app.handouts")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKPRAAT_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("demo", "pdf afspraken", "pdf evaluatie", "hoofdvenster"):
        assert f"✓ {check}" in result.stdout
    assert "Zelftest geslaagd" in result.stdout
    assert not any(tmp_path.iterdir()), "the self-test wrote into the data folder"
