; Inno Setup script for Facilitator on Windows: a per-user install (no administrator
; rights needed), a Start menu entry, the .workshop file type with its icon, and an
; uninstaller (Settings → Apps). Build the bundle first (python tasks.py bundle), then:
;
;   iscc /DAppVersion=0.1.0 build\installers\windows\facilitator.iss
;
; The installer lands in build\dist\Facilitator-<version>-windows-setup.exe.
; Not yet verified on a real Windows system: the CI workflow (.github/workflows/bundle.yml)
; compiles it on a hosted runner.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Facilitator"
#define AppExe "facilitator.exe"
#define Root "..\..\.."

[Setup]
AppId={{6F1C3C52-8D0B-4E57-9A3B-F4C1A9D2E715}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Facilitator developers
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default (into %LOCALAPPDATA%\Programs), for everyone if the user asks for it
; and can elevate.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\facilitator\resources\icons\facilitator.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\build\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
; Swedish is not among Inno Setup's official translations: Swedish users get English.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\facilitator\resources\icons\facilitator.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .workshop file type: its icon, "Open" with Facilitator. HKA is HKCU for a per-user
; install and HKLM for an install for everyone; the keys go with the uninstaller.
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.workshop\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Workshop"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop"; ValueType: string; ValueName: ""; ValueData: "Facilitator workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\facilitator.ico,0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".workshop"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
