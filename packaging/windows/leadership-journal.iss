; Inno Setup script for Leadership Journal's Windows installer (scripts/build_app.py runs it).
; Installs for the current user, without administrator rights, into
; %LOCALAPPDATA%\Programs\Leadership Journal; a start menu entry; an uninstaller that
; leaves the journal (in %LOCALAPPDATA%\LeadershipJournal) where it is.
;
; build_app.py passes: /DAppVersion=0.1.0 /DSourceDir=...\dist\leadership-journal
;                      /DIconFile=...\resources\icons\leadership-journal.ico
; Signing: see README ("Signing"); uncomment SignTool below with your certificate's tool.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B1F3C2E-8F1D-4C8A-9E57-3D2A7C5B9E41}
AppName=Leadership Journal
AppVersion={#AppVersion}
AppPublisher=Leadership Journal developers
DefaultDirName={autopf}\Leadership Journal
DefaultGroupName=Leadership Journal
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=LeadershipJournal-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\leadership-journal.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
; SignTool=signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f "$CERT_PFX" /p "$CERT_PASSWORD" $f

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Leadership Journal"; Filename: "{app}\leadership-journal.exe"
Name: "{group}\{cm:UninstallProgram,Leadership Journal}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Leadership Journal"; Filename: "{app}\leadership-journal.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\leadership-journal.exe"; Description: "{cm:LaunchProgram,Leadership Journal}"; Flags: nowait postinstall skipifsilent
