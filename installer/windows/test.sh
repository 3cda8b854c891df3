#!/usr/bin/env bash
# `make windows-test`: the installer of `make windows`, end to end in a fresh Wine prefix.
#
#  1. setup.exe /S /BUREAUBLAD: program folder, Start-menu and desktop shortcuts and the
#     HKCU uninstall entry are there; the installed folder is at most 130 MB.
#  2. The installed wijkpraat-cli.exe self-test, with Qt's offscreen and its real
#     `windows` platform (on Xvfb).
#  3. `wijkpraat-cli.exe demo --db` writes into %LOCALAPPDATA%\Wijkpraat (the default data
#     folder), then the windowed wijkpraat.exe is started and the screen is saved as
#     build/windows/screenshot.png; while it runs, the setup must refuse to update.
#  4. uninstall.exe /S: program folder, shortcuts and registry entry are gone, the data
#     in %LOCALAPPDATA%\Wijkpraat is still there.
#  5. When WIN_CACHE/releases holds an installer of an earlier version: install that one,
#     install this one over it, and check it was replaced in place (else: skipped).
# On success the setup goes to WIN_CACHE/releases (the earlier release of a later test) and
# installer/windows-build.stamp is updated (.ci/run builds Windows only when it is stale).
source "$(dirname "$0")/common.sh"

MAX_INSTALLED_MB=130
start=$(date +%s)
cd "$ROOT"
[ -f "$SETUP" ] || die "no $SETUP: run \`make windows\` first"
[ -d "$ICU_STUB" ] || die "no ICU stand-in in $ICU_STUB: run \`make windows\` first"

say "Debian packages"
need_debs wine64 xvfb imagemagick
start_xvfb

say "Fresh Wine prefix"
new_prefix "$WIN_BUILD/prefix-test"
PROFILE=$(wine_profile)
APPDIR=$PROFILE/AppData/Local/Programs/$PRODUCT
DATADIR=$PROFILE/AppData/Local/$PRODUCT
START_MENU_LNK="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/$PRODUCT.lnk"
DESKTOP_LNK=$PROFILE/Desktop/$PRODUCT.lnk

installed_version() {
  wine_run reg query "$UNINST_KEY" /v DisplayVersion | sed -n 's/.*REG_SZ[[:space:]]*//p' |
    tr -d '\r'
}

check() { # check DESCRIPTION COMMAND...: prints a line, fails the script when false
  local what=$1
  shift
  if "$@"; then echo "  ok: $what"; else die "$what"; fi
}
absent() { [ ! -e "$1" ]; }

install_setup() { # install_setup SETUP.EXE [options]
  local setup=$1
  shift
  wine_run "$setup" /S "$@" || die "$(basename "$setup") /S exited with an error"
  wine_wait
}

say "Silent install: $(basename "$SETUP") ($(du -h "$SETUP" | cut -f1))"
install_setup "$SETUP" /BUREAUBLAD
check "program folder $APPDIR" test -f "$APPDIR/$NAME.exe"
check "command-line program $NAME-cli.exe" test -f "$APPDIR/$NAME-cli.exe"
check "uninstaller" test -f "$APPDIR/uninstall.exe"
check "Start-menu shortcut" test -f "$START_MENU_LNK"
check "desktop shortcut (/BUREAUBLAD)" test -f "$DESKTOP_LNK"
check "uninstall entry in HKCU says version $VERSION" test "$(installed_version)" = "$VERSION"
check "nothing written to the data folder by the installer" absent "$DATADIR"
installed_mb=$(mib "$APPDIR")
echo "Installed folder: $installed_mb MB (at most $MAX_INSTALLED_MB)"
[ "$installed_mb" -le "$MAX_INSTALLED_MB" ] || die "installed folder is $installed_mb MB"

for platform in offscreen windows; do
  say "Self-test of the installed app inside Wine (QT_QPA_PLATFORM=$platform)"
  QT_QPA_PLATFORM=$platform wine_run "$APPDIR/$NAME-cli.exe" self-test ||
    die "self-test failed with the $platform platform"
  wine_wait
done

say "Demo data into %LOCALAPPDATA%\\$PRODUCT (the default data folder)"
# Into the database the app opens by default (`demo` alone writes a demo.sqlite of its
# own, so the example wijk never mixes with real ones).
wine_run "$APPDIR/$NAME-cli.exe" demo --db "$(winpath "$DATADIR/$NAME.sqlite")" ||
  die "demo failed"
wine_run "$APPDIR/$NAME-cli.exe" check || die "check of the demo database failed"
check "database in %LOCALAPPDATA%\\$PRODUCT" test -f "$DATADIR/$NAME.sqlite"

say "The windowed app on the screen"
# In a Wine virtual desktop, which draws the title bar with the program's icon (Xvfb has
# no window manager). The desktop starts as one flat colour; once it holds many colours,
# the window is there.
screenshot=$WIN_BUILD/screenshot.png
rm -f "$screenshot"
colours() { import -window root png:- 2>/dev/null | identify -format '%k' - 2>/dev/null || echo 0; }
("$WINE" explorer /desktop=scherm,1280x800 "$(winpath "$APPDIR/$NAME.exe")" 2>&1 |
  cat >"$WIN_BUILD/app-window.log") &
app_pid=$!
shown=
for _ in $(seq 1 45); do
  sleep 2
  if [ "$(colours)" -gt 100 ]; then
    shown=1
    break
  fi
done
[ -n "$shown" ] || die "no $PRODUCT window appeared within 90 s"
sleep 5 # let it finish painting
import -window root "$screenshot"
echo "Screenshot: $screenshot ($(colours) colours on the screen)"
# An update while Wijkpraat runs: the silent setup gives up (exit 2) instead of
# overwriting a program in use. (Not through a pipe: Wine may start its desktop process
# here, which would hold the pipe open.)
setup_status=0
"$WINE" "$SETUP" /S >/dev/null 2>&1 </dev/null || setup_status=$?
check "setup refuses while $PRODUCT runs (exit $setup_status)" test "$setup_status" = 2
"$WINESERVER" -k >/dev/null 2>&1 || true
wine_wait
wait "$app_pid" || true

say "Silent uninstall"
wine_run "$APPDIR/uninstall.exe" /S || die "uninstall.exe /S exited with an error"
wine_wait
sleep 1
wine_wait
echo "Uninstall check:"
check "program folder removed" absent "$APPDIR"
check "Start-menu shortcut removed" absent "$START_MENU_LNK"
check "desktop shortcut removed" absent "$DESKTOP_LNK"
check "uninstall entry removed from HKCU" test -z "$(installed_version)"
check "user data kept ($DATADIR/$NAME.sqlite)" test -f "$DATADIR/$NAME.sqlite"

say "Upgrade from an earlier release"
previous=
for f in "$WIN_CACHE"/releases/"$NAME"-*-setup.exe; do
  [ -f "$f" ] || continue
  v=${f##*/"$NAME"-}
  v=${v%-setup.exe}
  # only versions before this one; the newest of them
  if [ "$v" != "$VERSION" ] && [ "$(printf '%s\n%s\n' "$v" "$VERSION" | sort -V | head -n1)" = "$v" ]; then
    if [ -z "$previous" ] || [ "$(printf '%s\n%s\n' "$pv" "$v" | sort -V | tail -n1)" = "$v" ]; then
      previous=$f
      pv=$v
    fi
  fi
done
if [ -z "$previous" ]; then
  echo "Upgrade test skipped: no installer of a version before $VERSION in $WIN_CACHE/releases/"
else
  echo "Installing $(basename "$previous"), then $(basename "$SETUP") over it"
  install_setup "$previous"
  check "version $pv installed" test "$(installed_version)" = "$pv"
  # A file only the old version has: an update must not leave stale libraries behind.
  touch "$APPDIR/_internal/oud-bestand.dll"
  install_setup "$SETUP"
  check "uninstall entry now says $VERSION" test "$(installed_version)" = "$VERSION"
  check "same folder, updated in place" test -f "$APPDIR/$NAME.exe"
  check "stale files of the old version removed" absent "$APPDIR/_internal/oud-bestand.dll"
  check "one $PRODUCT uninstall entry" test "$(wine_run reg query \
    'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall' | grep -ci "$PRODUCT")" = 1
  check "user data still there" test -f "$DATADIR/$NAME.sqlite"
  QT_QPA_PLATFORM=offscreen wine_run "$APPDIR/$NAME-cli.exe" self-test | tail -n 1 ||
    die "self-test after the upgrade failed"
  wine_run "$APPDIR/uninstall.exe" /S
  wine_wait
fi

mkdir -p "$WIN_CACHE/releases"
cp "$SETUP" "$WIN_CACHE/releases/"
"$PYTHON" "$HERE/windows_needed.py" --write
echo "make windows-test: passed in $(($(date +%s) - start)) s" \
  "(installer $(du -h "$SETUP" | cut -f1), installed $installed_mb MB)"
