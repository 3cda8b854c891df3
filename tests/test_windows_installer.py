"""The Windows installer: the NSIS script, its build scripts and `.ci/run`'s decision.

Fast checks only. Building and testing the installer under Wine is
`make windows windows-test` (installer/windows/); `.ci/run` runs it when
installer/windows/windows_needed.py says the installer's inputs changed.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
WINDOWS = INSTALLER / "windows"
NSI = INSTALLER / "wijkpraat.nsi"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _nsi() -> str:
    return NSI.read_text(encoding="utf-8")


def _section(text: str, title: str) -> str:
    match = re.search(rf'^Section "{re.escape(title)}"[^\n]*\n(.*?)^SectionEnd', text, re.M | re.S)
    assert match, title
    return match.group(1)


# ---- the NSIS script ---------------------------------------------------------------------


def test_nsi_takes_name_and_version_from_pyproject():
    project = _project()
    text = _nsi()
    assert project["version"] not in text, "the version comes from pyproject.toml as a define"
    assert re.search(r"^!ifndef NAME \| VERSION \| VERSION4 \| BUNDLE \| OUTFILE$", text, re.M)
    assert re.search(r'^!define PRODUCT "(\w+)"$', text, re.M).group(1).lower() == project["name"]
    # build.sh passes them from installer/project_meta.py, the spec's own source.
    common = (WINDOWS / "common.sh").read_text(encoding="utf-8")
    assert 'NAME=$("$PYTHON" "$ROOT/installer/project_meta.py")' in common
    assert 'VERSION=$("$PYTHON" "$ROOT/installer/project_meta.py" version)' in common
    assert "SETUP=$ROOT/dist/$NAME-$VERSION-setup.exe" in common
    build = (WINDOWS / "build.sh").read_text(encoding="utf-8")
    for define in ('-DNAME="$NAME"', '-DVERSION="$VERSION"', '-DOUTFILE="$SETUP"'):
        assert define in build
    # The programs it installs are the ones the spec makes.
    spec = (INSTALLER / "wijkpraat.spec").read_text(encoding="utf-8")
    assert "_exe(NAME, console=False)" in spec and '_exe(f"{NAME}-cli", console=True)' in spec
    assert '!define EXE "${NAME}.exe"' in text and '!define CLI_EXE "${NAME}-cli.exe"' in text


def test_nsi_installs_per_user_without_admin_rights():
    text = _nsi()
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{PRODUCT\}"$', text, re.M)
    assert "Target amd64-unicode" in text  # 64-bit: no 32-bit Wine, no WOW64 redirection
    assert "HKLM" not in text and "$PROGRAMFILES" not in text
    assert "SetShellVarContext all" not in text
    registry = re.findall(r"^\s*(?:WriteReg\w+|DeleteRegKey)\s+(\w+)", text, re.M)
    assert registry and set(registry) == {"HKCU"}


def test_nsi_is_dutch_with_shortcuts_and_an_uninstall_entry():
    text = _nsi()
    assert re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"$', text, re.M) == ["Dutch"]
    assert '"$SMPROGRAMS\\${PRODUCT}.lnk"' in _section(text, "${PRODUCT}")
    desktop = re.search(r'^Section /o "([^"]+)" SecDesktop\n(.*?)^SectionEnd', text, re.M | re.S)
    assert desktop, "the desktop shortcut is optional and off unless chosen"
    assert "bureaublad" in desktop.group(1).lower() and "$DESKTOP" in desktop.group(2)
    assert '${GetOptions} $R0 "/BUREAUBLAD" $R1' in text  # silent installs can tick it
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "InstallLocation"):
        assert f'"${{UNINST_KEY}}" "{value}"' in text
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in text


def test_nsi_upgrades_in_place_and_never_deletes_user_data():
    text = _nsi()
    # An update finds the installed version's folder and replaces the program there.
    assert re.search(r'^InstallDirRegKey HKCU "\$\{UNINST_KEY\}" "InstallLocation"$', text, re.M)
    assert 'RMDir /r "$INSTDIR\\_internal"' in _section(text, "${PRODUCT}")
    uninstall = _section(text, "Uninstall")
    assert 'DeleteRegKey HKCU "${UNINST_KEY}"' in uninstall
    assert 'Delete "$SMPROGRAMS\\${PRODUCT}.lnk"' in uninstall
    assert 'Delete "$DESKTOP\\${PRODUCT}.lnk"' in uninstall
    # Only what was installed: the program folder is removed only when empty, and the data
    # folder (%LOCALAPPDATA%\Wijkpraat, app paths) is never named.
    assert 'RMDir "$INSTDIR"' in uninstall
    assert 'RMDir /r "$INSTDIR"' not in text
    assert "$APPDATA" not in uninstall
    assert not re.search(r"\$LOCALAPPDATA\\\$\{PRODUCT\}", text)
    assert not re.search(r"\$LOCALAPPDATA\\Wijkpraat\b", text, re.I)


def test_nsi_icon_exists():
    text = _nsi()
    icon = re.search(r'^!define ICON "([^"]+)"$', text, re.M).group(1)
    assert (INSTALLER / icon.replace("\\", "/")).is_file()


def _makensis(tmp_path: Path, *defines: str) -> Path:
    """Compiles the script around a three-file stand-in for the PyInstaller bundle."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("wijkpraat.exe", "wijkpraat-cli.exe", "_internal/python311.dll"):
        (bundle / name).write_bytes(b"MZ")
    out = tmp_path / "wijkpraat-9.8.7-setup.exe"
    command = ["makensis", "-V2", "-INPUTCHARSET", "UTF8", *defines]
    command += ["-DNAME=wijkpraat", "-DVERSION=9.8.7", "-DVERSION4=9.8.7.0"]
    command += [f"-DBUNDLE={bundle}", f"-DOUTFILE={out}", str(NSI)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower(), result.stdout
    assert out.read_bytes()[:2] == b"MZ"
    return out


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs Debian's nsis")
def test_nsi_compiles(tmp_path):
    _makensis(tmp_path)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("makensis", "osslsigncode", "openssl")),
    reason="needs Debian's nsis, osslsigncode and openssl",
)
def test_nsi_signs_the_setup_with_sign_sh(tmp_path, monkeypatch):
    """WIN_SIGN_PFX set: the setup comes out Authenticode-signed (a throwaway certificate)."""
    key, cert, pfx = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "test.pfx"
    subject = "/O=Gemeente Test/CN=Gemeente Test"
    make_cert = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
    make_cert += ["-subj", subject, "-keyout", str(key), "-out", str(cert)]
    subprocess.run(make_cert, check=True, capture_output=True)
    export = ["openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(cert)]
    export += ["-out", str(pfx), "-passout", "pass:"]
    subprocess.run(export, check=True, capture_output=True)
    monkeypatch.setenv("WIN_SIGN_PFX", str(pfx))
    monkeypatch.delenv("WIN_SIGN_TIMESTAMP", raising=False)
    setup = _makensis(tmp_path, f"-DSIGN=bash {WINDOWS / 'sign.sh'}")
    verify = subprocess.run(
        ["osslsigncode", "verify", "-ignore-timestamp", "-ignore-cdp", "-in", str(setup)],
        capture_output=True,
        text=True,
    ).stdout
    assert subject in verify
    digests = re.findall(r"^(?:Current|Calculated) message digest\s*:\s*(\w+)", verify, re.M)
    assert len(digests) == 2 and digests[0] == digests[1]


# ---- the build scripts -------------------------------------------------------------------


@pytest.mark.parametrize("script", ["common.sh", "build.sh", "test.sh", "sign.sh"])
def test_windows_scripts_are_valid_bash(script):
    result = subprocess.run(["bash", "-n", str(WINDOWS / script)], capture_output=True)
    assert result.returncode == 0, result.stderr


def test_windows_wheels_are_pinned_with_hashes_and_satisfy_pyproject():
    from packaging.requirements import Requirement

    text = (WINDOWS / "requirements.txt").read_text(encoding="utf-8")
    pins = dict(
        re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n\s+--hash=sha256:[0-9a-f]{64}$", text, re.M)
    )
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith(("#", " "))]
    assert len(lines) == len(pins), "every wheel is pinned with ==, each with one hash"

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    pinned = {norm(name): version for name, version in pins.items()}
    for dependency in _project()["dependencies"]:
        requirement = Requirement(dependency)
        version = pinned.get(norm(requirement.name))
        assert version, f"{requirement.name} is not pinned for Windows"
        assert requirement.specifier.contains(version), f"{requirement.name}=={version}"
    for needed in ("pyinstaller", "colorama", "pefile", "pywin32-ctypes"):
        assert needed in pinned


def test_icu_stand_in_stays_out_of_the_installer():
    build = (WINDOWS / "build.sh").read_text(encoding="utf-8")
    assert "an ICU DLL ended up in the bundle" in build
    assert "icu" not in _nsi().lower()
    stub = _load(WINDOWS / "icu_stub.py", "icu_stub")
    source = stub.stub_source(["ucnv_close", "ucnv_open"])
    assert "ucnv_open(const char *n, int *err)" in source and "*err = 4" in source


# ---- .ci/run's decision ------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path):
    """A small checkout with a green Windows build recorded in its committed stamp."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    root = tmp_path / "repo"
    for name, text in {
        "installer/windows/windows_needed.py": (WINDOWS / "windows_needed.py").read_text(),
        "installer/wijkpraat.nsi": "; nsis\n",
        "app/cli.py": "print('hoi')\n",
        "tests/test_x.py": "",
        "pyproject.toml": '[project]\nname = "x"\nversion = "1"\n',
        "Makefile": "test:\n\ttrue\n",
        "README.md": "# x\n",
        ".gitignore": "build/\n__pycache__/\n",
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    _git(root, "init", "-q")
    needed = _load(WINDOWS / "windows_needed.py", "windows_needed")
    assert needed.decide(root)[0], "no stamp yet: build"
    assert needed.main(["--root", str(root), "--write"]) == 0
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "green Windows build")
    return root, needed


def test_decision_unchanged_checkout_skips_the_windows_build(repo):
    root, needed = repo
    assert needed.decide(root) == (False, needed.decide(root)[1])
    assert needed.main(["--root", str(root)]) == needed.NOT_NEEDED


def test_decision_change_under_app_alone_does_not_select_windows(repo):
    root, needed = repo
    (root / "app" / "cli.py").write_text("print('dag')\n", encoding="utf-8")
    (root / "app" / "new.py").write_text("", encoding="utf-8")
    (root / "tests" / "test_x.py").write_text("x = 1\n", encoding="utf-8")
    (root / "README.md").write_text("# y\n", encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "app only")
    (root / "build").mkdir()
    (root / "build" / "junk").write_text("ignored", encoding="utf-8")
    assert needed.decide(root)[0] is False
    assert needed.main(["--root", str(root)]) == needed.NOT_NEEDED


@pytest.mark.parametrize(
    "change",
    ["installer/wijkpraat.nsi", "installer/windows/new.sh", "pyproject.toml", "Makefile"],
)
def test_decision_change_to_the_installer_inputs_selects_windows(repo, change):
    root, needed = repo
    path = root / change
    path.write_text((path.read_text() if path.exists() else "") + "# changed\n")
    assert needed.decide(root)[0], "an uncommitted change counts"
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "installer change")
    assert needed.decide(root)[0]
    assert needed.main(["--root", str(root)]) == 0
    # A green build records the new state; the next run skips again.
    needed.main(["--root", str(root), "--write"])
    assert needed.decide(root)[0] is False


def test_decision_deleted_installer_file_selects_windows(repo):
    root, needed = repo
    _git(root, "rm", "-q", "installer/wijkpraat.nsi")
    assert needed.decide(root)[0]


def test_decision_without_git_builds(tmp_path):
    needed = _load(WINDOWS / "windows_needed.py", "windows_needed")
    assert needed.decide(tmp_path)[0], "when in doubt, build"


def test_ci_runs_tests_always_and_windows_when_needed():
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert text.index("make test") < text.index("installer/windows/windows_needed.py")
    assert "make windows windows-test" in text
    assert (INSTALLER / "windows-build.stamp").is_file(), "commit the stamp of a green build"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^windows:\n\t.*installer/windows/build\.sh$", makefile, re.M)
    assert re.search(r"^windows-test:\n\t.*installer/windows/test\.sh$", makefile, re.M)
