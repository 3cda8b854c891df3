#!/bin/sh
# Installs Wijkpraat for this user only, without root rights:
#   the program      ~/.local/lib/wijkpraat/
#   the command      ~/.local/bin/wijkpraat
#   the menu entry   ~/.local/share/applications/wijkpraat.desktop (+ the icon)
# `install-linux.sh --verwijder` removes those again. Your data (the database, backups
# and logs in ~/.local/share/Wijkpraat) is never touched, not even by --verwijder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
: "${HOME:?HOME is niet gezet}"
share=${XDG_DATA_HOME:-$HOME/.local/share}
lib="$HOME/.local/lib/wijkpraat"
bin="$HOME/.local/bin"
apps="$share/applications"
icons="$share/icons/hicolor"
sizes="16 32 48 64 128 256"

remove_program() {
    rm -rf "$lib"
    rm -f "$bin/wijkpraat" "$apps/wijkpraat.desktop" "$icons/scalable/apps/wijkpraat.svg"
    for s in $sizes; do rm -f "$icons/${s}x${s}/apps/wijkpraat.png"; done
}

case "${1:-}" in
    --verwijder)
        remove_program
        echo "Wijkpraat is verwijderd. Uw gegevens staan nog in $share/Wijkpraat."
        exit 0
        ;;
    "") ;;
    *)
        echo "Gebruik: $0 [--verwijder]" >&2
        exit 2
        ;;
esac

if [ ! -x "$here/wijkpraat" ]; then
    echo "Start dit script vanuit de uitgepakte map van Wijkpraat." >&2
    exit 1
fi
remove_program  # an older version goes first; the data stays
mkdir -p "$lib" "$bin" "$apps" "$icons/scalable/apps"
cp -a "$here/wijkpraat" "$here/_internal" "$here/install-linux.sh" "$lib/"
ln -s "$lib/wijkpraat" "$bin/wijkpraat"
for s in $sizes; do
    mkdir -p "$icons/${s}x${s}/apps"
    cp "$here/icons/wijkpraat-$s.png" "$icons/${s}x${s}/apps/wijkpraat.png"
done
cp "$here/icons/wijkpraat.svg" "$icons/scalable/apps/wijkpraat.svg"
# The menu entry names the program by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=wijkpraat\$|Exec=\"$lib/wijkpraat\"|" "$here/wijkpraat.desktop" >"$apps/wijkpraat.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true

echo "Wijkpraat is geïnstalleerd: $("$lib/wijkpraat" --version)"
echo "Start het vanuit het menu (Kantoor) of met: wijkpraat"
echo "Controleren of alles werkt: wijkpraat self-test"
echo "Verwijderen: $lib/install-linux.sh --verwijder"
