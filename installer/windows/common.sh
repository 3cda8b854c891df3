# Shared by build.sh (`make windows`) and test.sh (`make windows-test`). Sourced, not run.
#
# Paths (override with the environment):
#   WIN_CACHE  downloads: the pinned Windows Python, the wheels, earlier releases
#              (default .cache/windows in the checkout, git-ignored)
#   WIN_BUILD  Wine prefixes, the Windows Python, PyInstaller's work, the screenshot
#              (default build/windows)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/installer/windows
WIN_CACHE=${WIN_CACHE:-$ROOT/.cache/windows}
WIN_BUILD=${WIN_BUILD:-$ROOT/build/windows}
PYTHON=${PYTHON:-python3}
NAME=$("$PYTHON" "$ROOT/installer/project_meta.py")
VERSION=$("$PYTHON" "$ROOT/installer/project_meta.py" version)
PRODUCT=Wijkpraat
SETUP=$ROOT/dist/$NAME-$VERSION-setup.exe
BUNDLE=$WIN_BUILD/dist/$NAME
WINPY=$WIN_BUILD/python
ICU_STUB=$WIN_BUILD/icu-stub
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Wijkpraat'

# Headless Wine: no debug noise, no Mono/Gecko download prompts, no menu entries or
# file associations written into the Linux desktop.
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export WINEARCH=win64
# Wine passes the Linux environment on: the app must see only what these scripts set.
unset QT_QPA_PLATFORM WIJKPRAAT_DATA_DIR WIJKPRAAT_DB
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)

say() { printf '\n==> %s\n' "$*"; }
die() {
  printf 'FOUT: %s\n' "$*" >&2
  exit 1
}

# Debian packages, installed when missing (as root); waits for a dpkg lock held by
# someone else instead of failing.
need_debs() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "install as root: apt-get install ${missing[*]}"
  say "Installing Debian packages: ${missing[*]}"
  local apt=(apt-get -o DPkg::Lock::Timeout=900 -qq)
  local try
  for try in 1 2 3 4 5; do
    if "${apt[@]}" update && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y \
      --no-install-recommends "${missing[@]}" </dev/null; then
      return 0
    fi
    echo "apt-get failed (attempt $try); waiting for the package lock"
    sleep 20
  done
  die "could not install ${missing[*]}"
}

# A virtual screen for the whole script: Qt under Wine needs an X display, even offscreen.
XVFB_PID=
start_xvfb() {
  [ -n "$XVFB_PID" ] && return 0
  local fifo
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  local display
  read -r display <"$fifo"
  rm -f "$fifo"
  export DISPLAY=":$display"
  trap stop_all EXIT
  trap 'stop_all; exit 143' INT TERM
}

stop_all() {
  if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX" ]; then
    "$WINESERVER" -k >/dev/null 2>&1 || true
  fi
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  XVFB_PID=
}

# Runs a Windows program. Its output goes through a pipe: Wine 8's Python dies with
# `init_sys_streams … WinError 6` when its output is a plain file.
wine_run() {
  "$WINE" "$@" 2>&1 | cat
  return "${PIPESTATUS[0]}"
}

# Waits until every Windows process of the prefix has ended (installers and the
# uninstaller start copies of themselves and return at once).
wine_wait() { "$WINESERVER" -w; }

# A new Wine prefix that says it is Windows 10, with the ICU stand-in in system32
# (Qt6Core.dll needs icuuc.dll; Wine 8 has none; see icu_stub.py: never shipped).
new_prefix() {
  export WINEPREFIX=$1
  if [ -d "$WINEPREFIX" ]; then
    "$WINESERVER" -k >/dev/null 2>&1 || true
    rm -rf "$WINEPREFIX"
  fi
  mkdir -p "$(dirname "$WINEPREFIX")"
  wine_run wineboot --init >/dev/null
  wine_run reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null
  cp "$ICU_STUB"/*.dll "$WINEPREFIX/drive_c/windows/system32/"
  wine_wait
}

use_prefix() {
  export WINEPREFIX=$1
  [ -f "$WINEPREFIX/system.reg" ] || die "no Wine prefix in $WINEPREFIX"
}

# The Windows user's profile folder inside the prefix.
wine_profile() {
  local d
  for d in "$WINEPREFIX"/drive_c/users/*; do
    [ "$(basename "$d")" = Public ] || {
      echo "$d"
      return
    }
  done
  die "no user profile in $WINEPREFIX"
}

# A Linux path as Wine sees it (drive Z: is /).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

mib() { du -sm "$1" | cut -f1; }
