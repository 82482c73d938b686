; NSIS script of the Windows installer (NSIS 3, Unicode, 64-bit).
;
; Why NSIS (it replaced an Inno Setup script, which was never built): makensis runs
; natively on Linux (Debian's package `nsis`) as well as on Windows, so the installer is
; built, installed and tried on our Linux machines (under Wine, `make package-windows`
; then `make test-windows`) exactly as the workflow builds it on a Windows runner. Inno
; Setup's compiler is a 32-bit Windows program that needs 32-bit Wine, which does not
; install cleanly on our build machines. One installer technology, one script.
;
; packaging/windows_build.py runs it with the version and the paths:
;   makensis -DAPP_VERSION=X.Y.Z -DBUNDLE_DIR=build/windows/dist/dossier-ccpt
;            -DICON_DIR=build/icons -DOUTPUT_FILE=dist/...-setup.exe -DINSTALLED_KB=N
;            packaging/windows/dossier-ccpt.nsi
;
; Per user by default, without administrator rights (into %LOCALAPPDATA%\Programs); an
; administrator may choose all users (Program Files). /S installs silently for the current
; user, /AllUsers for all. Nothing outside the install folder, the Start menu and the
; registry keys below is written, and the uninstaller removes only those: the user's
; dossiers (.ccpt files, wherever they saved them) and their settings and data
; (%LOCALAPPDATA%\dossier-ccpt) stay.

!ifndef APP_VERSION | BUNDLE_DIR | ICON_DIR | OUTPUT_FILE
  !error "run through packaging/build.py windows (it passes APP_VERSION, BUNDLE_DIR, ICON_DIR, OUTPUT_FILE)"
!endif
!define /ifndef INSTALLED_KB 0

!define APP_NAME "Dossier CCPT"
!define APP_ID "fr.dossierccpt.DossierCCPT"
!define PROG_ID "${APP_ID}.ccpt"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
Name "${APP_NAME}"
OutFile "${OUTPUT_FILE}"
BrandingText "${APP_NAME} ${APP_VERSION}"
VIProductVersion "${APP_VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${APP_VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

; Per user unless an administrator chooses all users (MultiUser.nsh ships with NSIS).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
; The uninstaller finds the mode the program was installed in from this value.
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

!define MUI_ICON "${ICON_DIR}\dossier-ccpt.ico"
!define MUI_UNICON "${ICON_DIR}\dossier-ccpt.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\dossier-ccpt.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString SectionProgram ${LANG_FRENCH} "Dossier CCPT"
LangString SectionProgram ${LANG_ENGLISH} "Dossier CCPT"
LangString SectionAssoc ${LANG_FRENCH} "Ouvrir les fichiers .ccpt avec Dossier CCPT"
LangString SectionAssoc ${LANG_ENGLISH} "Open .ccpt files with Dossier CCPT"
LangString SectionDesktop ${LANG_FRENCH} "Créer une icône sur le Bureau"
LangString SectionDesktop ${LANG_ENGLISH} "Create a desktop icon"
LangString FileType ${LANG_FRENCH} "Dossier CCPT"
LangString FileType ${LANG_ENGLISH} "CCPT dossier"
LangString NeedsX64 ${LANG_FRENCH} "Dossier CCPT demande un Windows 64 bits."
LangString NeedsX64 ${LANG_ENGLISH} "Dossier CCPT needs 64-bit Windows."

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program's own folder (files a newer version no longer has
  ; would otherwise stay); nothing of the user's is ever in it.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  File "${ICON_DIR}\dossier-ccpt-document.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\dossier-ccpt.exe" "" \
    "$INSTDIR\dossier-ccpt.exe" 0 SW_SHOWNORMAL "" "${APP_NAME}"

  ; SHCTX is HKCU for a per-user install, HKLM for all users.
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Dossier CCPT"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\dossier-ccpt.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ; "Open with" knows the program even without the association.
  WriteRegStr SHCTX "Software\Classes\Applications\dossier-ccpt.exe\SupportedTypes" ".ccpt" ""
  WriteRegStr SHCTX "Software\Classes\Applications\dossier-ccpt.exe\shell\open\command" "" \
    '"$INSTDIR\dossier-ccpt.exe" "%1"'
SectionEnd

Section "$(SectionAssoc)" SecAssoc
  WriteRegStr SHCTX "Software\Classes\.ccpt" "" "${PROG_ID}"
  WriteRegStr SHCTX "Software\Classes\.ccpt\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "$(FileType)"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\dossier-ccpt-document.ico"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" \
    '"$INSTDIR\dossier-ccpt.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\dossier-ccpt.exe"
SectionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsX64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Uninstall"
  ; The program's files only, by name: never a recursive delete of $INSTDIR, which a
  ; user may have pointed at a folder holding their own files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\dossier-ccpt.exe"
  Delete "$INSTDIR\dossier-app.exe"
  Delete "$INSTDIR\dossier-ccpt-document.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; The association only if it is still ours.
  ReadRegStr $0 SHCTX "Software\Classes\.ccpt" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegValue SHCTX "Software\Classes\.ccpt" ""
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.ccpt\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.ccpt\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.ccpt"
  DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\dossier-ccpt.exe"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; Not touched: the user's dossiers, %LOCALAPPDATA%\dossier-ccpt (settings, backups,
  ; personal dictionary, installed referential).
SectionEnd
