; Inno Setup script: a per-machine installer around the onedir bundle (dist\einclusie).
; Build on Windows (see README.md beside this file):
;   iscc /DVersion=0.1.0 packaging\windows\einclusie.iss
; The installer needs administrator rights once; the program then runs for every user from a
; read-only Program Files folder and writes only to each user's data folder (or the shared
; folder that site.toml names).

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C1D3C52-9C5B-4D4E-9A55-3E0B7B0B2F11}
AppName=E-inclusie Wegwijzer
AppVersion={#Version}
AppPublisher=E-inclusie Wegwijzer
DefaultDirName={autopf}\E-inclusie Wegwijzer
DefaultGroupName=E-inclusie Wegwijzer
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=einclusie-wegwijzer-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=E-inclusie Wegwijzer
; Silent installs for deployment tools: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; the whole onedir bundle
Source: "..\..\dist\einclusie\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the site file, when IT puts one beside setup.exe (one per municipality or counter)
Source: "{src}\site.toml"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{group}\E-inclusie Wegwijzer"; Filename: "{app}\einclusie.exe"
Name: "{group}\E-inclusie Wegwijzer (support console)"; Filename: "{app}\einclusie-console.exe"; Parameters: "--self-test"
Name: "{group}\{cm:UninstallProgram,E-inclusie Wegwijzer}"; Filename: "{uninstallexe}"

[Run]
; check the installation on its own files; quiet, visible in the installer's log
Filename: "{app}\einclusie-console.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Self-test..."
