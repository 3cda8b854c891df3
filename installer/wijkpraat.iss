; Inno Setup 6 script for Wijkpraat on Windows: a per-user install, no admin rights.
;
; Build on Windows after the PyInstaller bundle (see installer/README.md):
;   iscc installer\wijkpraat.iss      ->  dist\wijkpraat-<version>-setup.exe
;
; Installs to %LOCALAPPDATA%\Programs\Wijkpraat with a Start-menu entry and an
; uninstaller. The user's data (%LOCALAPPDATA%\Wijkpraat: database, backups, logs) is a
; different folder that this installer never writes and the uninstaller never deletes.
;
; AppVersion must equal `version` in pyproject.toml (tests/test_installer.py checks).
; A release build may also pass it: iscc /DAppVersion=0.1.0 installer\wijkpraat.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Wijkpraat"
#define AppExe "wijkpraat.exe"

[Setup]
; Never change AppId: Windows uses it to find the installed version for updates and removal.
AppId={{25C6FCE2-613B-4295-AF32-70F51A42B5DB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Wijkpraat
AppComments=Bijeenkomsten over wijk- en dorpsdemocratie leiden volgens het Gronings model
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt; {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\wijkpraat.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=wijkpraat-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Wijkpraat may be running during an update: ask to close it.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder completely, so no stale libraries stay behind.
; ({app} only holds the program; the data lives elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\wijkpraat\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Bijeenkomsten over wijk- en dorpsdemocratie"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: uninstalling removes only what was installed in {app}.
; The user's data in %LOCALAPPDATA%\Wijkpraat stays, so reinstalling finds it again.
