#!/usr/bin/env bash
# Signs one Windows program in place (Authenticode, SHA-256) with osslsigncode, once the
# municipality has a code-signing certificate. build.sh calls it for wijkpraat.exe and
# wijkpraat-cli.exe, makensis for the setup and its uninstaller, when WIN_SIGN_PFX is set:
#   WIN_SIGN_PFX        the certificate and key, PKCS#12 (.pfx/.p12)
#   WIN_SIGN_PASS_FILE  a file holding its password (optional)
#   WIN_SIGN_TIMESTAMP  an RFC 3161 timestamp server, e.g. http://timestamp.digicert.com
#                       (optional, needs the network; keeps the signature valid after the
#                       certificate expires)
#   sign.sh FILE
set -euo pipefail
file=$1
args=(sign -pkcs12 "$WIN_SIGN_PFX" -h sha256 -n Wijkpraat)
if [ -n "${WIN_SIGN_PASS_FILE:-}" ]; then args+=(-readpass "$WIN_SIGN_PASS_FILE"); fi
if [ -n "${WIN_SIGN_TIMESTAMP:-}" ]; then args+=(-ts "$WIN_SIGN_TIMESTAMP"); fi
rm -f "$file.signed"
osslsigncode "${args[@]}" -in "$file" -out "$file.signed" >/dev/null
mv -f "$file.signed" "$file"
