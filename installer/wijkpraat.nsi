; NSIS 3 script for Wijkpraat on Windows: one 64-bit installer, per user, no admin rights.
;
; Built by `make windows` (installer/windows/build.sh) on Linux with Debian's makensis,
; from the PyInstaller bundle made under Wine. Name and version come from pyproject.toml
; (installer/project_meta.py) as defines; this file never repeats them:
;   makensis -DNAME=<name> -DVERSION=<version> -DVERSION4=<a.b.c.d> \
;            -DBUNDLE=build/windows/dist/wijkpraat -DOUTFILE=dist/<name>-<version>-setup.exe \
;            installer/wijkpraat.nsi
;
; Installs to %LOCALAPPDATA%\Programs\Wijkpraat with a Start-menu shortcut, an optional
; desktop shortcut and an uninstall entry under HKCU. The user's data
; (%LOCALAPPDATA%\Wijkpraat: database, backups, logs) is a different folder that this
; installer never writes and the uninstaller never deletes. Installing over an older
; version finds it through the uninstall entry and replaces it in place.
;
; Silent use: setup.exe /S [/BUREAUBLAD] [/D=C:\folder]   (/BUREAUBLAD: desktop shortcut)
;             uninstall.exe /S

!ifndef NAME | VERSION | VERSION4 | BUNDLE | OUTFILE
  !error "Pass NAME, VERSION, VERSION4, BUNDLE and OUTFILE with -D (see the top of this file)"
!endif

; Signing (build.sh passes SIGN when WIN_SIGN_PFX is set; see installer/windows/sign.sh):
; the setup and the uninstaller it writes are signed as makensis finishes them.
!ifdef SIGN
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
ManifestSupportedOS Win10

!define PRODUCT "Wijkpraat"
!define PUBLISHER "Wijkpraat"
!define EXE "${NAME}.exe"
!define CLI_EXE "${NAME}-cli.exe"
; Never change this key name: it is how an update finds the installed version.
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define ICON "..\resources\icons\wijkpraat.ico"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
; Per user: no UAC prompt, nothing outside the user's profile.
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
; An update installs where the previous version is.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1043 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "FileDescription" "${PRODUCT} ${VERSION} installatie"
VIAddVersionKey /LANG=1043 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"

Section "${PRODUCT}" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; A running Wijkpraat keeps its program file locked (it cannot be opened for writing):
  ; ask to close it first.
  ${If} ${FileExists} "$INSTDIR\${EXE}"
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
        "${PRODUCT} is nog geopend. Sluit ${PRODUCT} en kies Opnieuw." /SD IDCANCEL IDRETRY retry
      Abort "${PRODUCT} is nog geopend."
    ${EndIf}
    FileClose $0
  ${EndIf}
  ; An update replaces the program completely, so no stale libraries stay behind.
  ; ($INSTDIR holds only the program; the data lives in %LOCALAPPDATA%\${PRODUCT}.)
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "Bijeenkomsten over wijk- en dorpsdemocratie"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "Snelkoppeling op het bureaublad" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Function .onInit
  ; /BUREAUBLAD ticks the desktop shortcut (for silent installs).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/BUREAUBLAD" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

; Removes only what the installer put in $INSTDIR, the shortcuts and the uninstall entry.
; Never %LOCALAPPDATA%\${PRODUCT}: the database, backups and logs stay for a reinstall.
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: never deletes files the user put there.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
