; Inno Setup script of the Windows installer (Inno Setup 6.2 or later).
; Built by the CI workflow after the PyInstaller bundle:
;   iscc /DAppVersion=0.2.0 packaging\windows\dossier-ccpt.iss
; Paths are relative to this file: the bundle is build\dist\dossier-ccpt (see
; packaging/dossier-ccpt.spec), the icon build\icons\dossier-ccpt.ico (packaging/build.py).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (it comes from dossier_app/__init__.py)
#endif
#define AppName "Dossier CCPT"
#define AppId "fr.dossierccpt.DossierCCPT"
#define BundleDir "..\..\build\dist\dossier-ccpt"
#define IconFile "..\..\build\icons\dossier-ccpt.ico"
#define DocumentIconFile "..\..\build\icons\dossier-ccpt-document.ico"

[Setup]
AppId={{6E2B0C1A-5D3F-4C8E-9B7A-CC9780000001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dossier CCPT
VersionInfoVersion={#AppVersion}
; Per-user by default, no administrator rights; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=dossier-ccpt-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\dossier-ccpt.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; No network, no service, nothing outside the install folder and the user's registry.

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AssocTask=Ouvrir les fichiers .ccpt avec Dossier CCPT
en.AssocTask=Open .ccpt files with Dossier CCPT
fr.DesktopTask=Créer une icône sur le Bureau
en.DesktopTask=Create a desktop icon
fr.FileType=Dossier CCPT
en.FileType=CCPT dossier

[Tasks]
Name: "assoc"; Description: "{cm:AssocTask}"
Name: "desktopicon"; Description: "{cm:DesktopTask}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#DocumentIconFile}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\dossier-ccpt.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\dossier-ccpt.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users. uninsdeletekey removes only
; these keys: the user's dossiers (.ccpt files) and settings are never touched.
Root: HKA; Subkey: "Software\Classes\.ccpt"; ValueType: string; ValueName: ""; ValueData: "{#AppId}.ccpt"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.ccpt\OpenWithProgids"; ValueType: string; ValueName: "{#AppId}.ccpt"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#AppId}.ccpt"; ValueType: string; ValueName: ""; ValueData: "{cm:FileType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#AppId}.ccpt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\dossier-ccpt-document.ico"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#AppId}.ccpt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dossier-ccpt.exe"" ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\dossier-ccpt.exe\SupportedTypes"; ValueType: string; ValueName: ".ccpt"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\dossier-ccpt.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder (Python caches); the user's
; dossiers live in their Documents and their settings in %APPDATA%, both kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
