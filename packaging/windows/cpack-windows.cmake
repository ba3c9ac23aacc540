# Windows packages (issue 11): an NSIS installer and a portable ZIP, both
# Sendtrix-<version>-win64.*. Included from packaging/packaging.cmake (top-level scope, after
# the targets exist, before include(CPack)). Needs NSIS 3 (makensis) on the PATH for `cpack`.
#
# What the installer does:
#   * installs into "Sendtrix" (bin\sendtrix.exe, bin\sendtrix-cli.exe, Qt next to them);
#   * Start menu entry "Sendtrix", an optional desktop icon and an optional PATH entry (for
#     sendtrix-cli) on its options page, an uninstaller in Settings > Apps;
#   * upgrades in place: an installed version is uninstalled first (same registry key for
#     every version, CPACK_PACKAGE_INSTALL_REGISTRY_KEY below);
#   * "Open with Sendtrix" for .csv and .vcf files, without taking over their default app;
#   * per user without administrator rights, or for all users when run as administrator
#     (see "Per-user installs" below).

if(NOT WIN32)
    return()
endif()

set(SENDTRIX_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})

# ---- the executables: icon and version resource ----------------------------------------
# Explorer, the Start menu, "Open with" and Settings > Apps show the icon of sendtrix.exe.
file(TO_NATIVE_PATH "${SENDTRIX_WINDOWS_DIR}/sendtrix.ico" _sendtrix_ico_native)
string(REPLACE "\\" "\\\\" _sendtrix_ico_rc "${_sendtrix_ico_native}")
set(_sendtrix_rc ${CMAKE_BINARY_DIR}/packaging/windows/sendtrix.rc)
file(CONFIGURE OUTPUT ${_sendtrix_rc} @ONLY CONTENT [=[
#include <winver.h>
IDI_ICON1 ICON "@_sendtrix_ico_rc@"
VS_VERSION_INFO VERSIONINFO
 FILEVERSION @PROJECT_VERSION_MAJOR@,@PROJECT_VERSION_MINOR@,@PROJECT_VERSION_PATCH@,0
 PRODUCTVERSION @PROJECT_VERSION_MAJOR@,@PROJECT_VERSION_MINOR@,@PROJECT_VERSION_PATCH@,0
 FILEOS VOS_NT_WINDOWS32
 FILETYPE VFT_APP
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Sendtrix"
      VALUE "FileDescription", "Sendtrix"
      VALUE "FileVersion", "@PROJECT_VERSION@"
      VALUE "ProductName", "Sendtrix"
      VALUE "ProductVersion", "@PROJECT_VERSION@"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
]=])
target_sources(sendtrix PRIVATE ${_sendtrix_rc})
target_sources(sendtrix-cli PRIVATE ${_sendtrix_rc})

# ---- deployment: Qt, the MSVC runtime, translations --------------------------------------
# The MSVC runtime DLLs (vcruntime140*.dll, msvcp140*.dll) next to the executables, so no
# VC++ redistributable has to be installed first. The UCRT is part of Windows 10 and later.
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desktop)
include(InstallRequiredSystemLibraries)

# windeployqt: Qt's imported target when this Qt exports one, else the program next to qmake.
set(_sendtrix_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(TARGET Qt6::qmake)
    get_target_property(_sendtrix_qmake Qt6::qmake IMPORTED_LOCATION)
    if(_sendtrix_qmake)
        get_filename_component(_sendtrix_qmake_dir "${_sendtrix_qmake}" DIRECTORY)
        list(APPEND _sendtrix_qt_bin "${_sendtrix_qmake_dir}")
    endif()
endif()
if(TARGET Qt6::windeployqt)
    set(SENDTRIX_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(SENDTRIX_WINDEPLOYQT windeployqt HINTS ${_sendtrix_qt_bin} REQUIRED)
endif()
# Qt's own strings (standard buttons, file dialogs) in the languages Sendtrix ships.
# Language::apply loads qtbase_<lang>.qm from QLibraryInfo's translations folder, which for
# a deployed app is bin\translations; windeployqt would only write merged qt_<lang>.qm files.
file(GLOB _sendtrix_ts RELATIVE ${CMAKE_SOURCE_DIR}/translations
     ${CMAKE_SOURCE_DIR}/translations/sendtrix_*.ts)
string(REGEX REPLACE "sendtrix_([A-Za-z_]+)\\.ts" "\\1" SENDTRIX_LANGUAGES "${_sendtrix_ts}")
set(SENDTRIX_QT_TRANSLATIONS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")

# Runs after install(TARGETS) (this file is included after it): deploys Qt next to the
# installed executables, in `cmake --install` and in every CPack package alike. Signs them
# when SENDTRIX_SIGN_PFX (a .pfx file) is set in the environment: docs/releasing.md.
set(_sendtrix_deploy [=[
set(_bin "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_BINDIR@")
foreach(_exe "@SENDTRIX_APP_FILE@" "@SENDTRIX_CLI_FILE@")
    message(STATUS "windeployqt ${_bin}/${_exe}")
    execute_process(
        COMMAND "@SENDTRIX_WINDEPLOYQT@" --no-compiler-runtime --no-translations
                --verbose 1 "${_bin}/${_exe}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "windeployqt failed on ${_exe} (${_rc})")
    endif()
endforeach()
# The desktop app uses SQLite only: the other drivers would need client DLLs it never ships.
file(GLOB _drivers "${_bin}/sqldrivers/*.dll")
set(_have_sqlite FALSE)
foreach(_d IN LISTS _drivers)
    get_filename_component(_n "${_d}" NAME_WE)
    if(_n MATCHES "^qsqlited?$")
        set(_have_sqlite TRUE)
    else()
        file(REMOVE "${_d}")
    endif()
endforeach()
if(NOT _have_sqlite)
    message(FATAL_ERROR "windeployqt did not deploy the QSQLITE driver (sqldrivers/qsqlite.dll)")
endif()
file(MAKE_DIRECTORY "${_bin}/translations")
foreach(_lang @SENDTRIX_LANGUAGES@)
    set(_qm "@SENDTRIX_QT_TRANSLATIONS@/qtbase_${_lang}.qm")
    if(EXISTS "${_qm}")
        file(COPY "${_qm}" DESTINATION "${_bin}/translations")
    else()
        message(WARNING "${_qm} not found: Qt's own strings stay in English for '${_lang}'")
    endif()
endforeach()
if(DEFINED ENV{SENDTRIX_SIGN_PFX} AND NOT "$ENV{SENDTRIX_SIGN_PFX}" STREQUAL "")
    find_program(_signtool signtool REQUIRED)
    foreach(_exe "@SENDTRIX_APP_FILE@" "@SENDTRIX_CLI_FILE@")
        execute_process(
            COMMAND "${_signtool}" sign /fd SHA256 /f "$ENV{SENDTRIX_SIGN_PFX}"
                    /p "$ENV{SENDTRIX_SIGN_PASSWORD}"
                    /tr http://timestamp.digicert.com /td SHA256
                    /d Sendtrix "${_bin}/${_exe}"
            RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "signtool failed on ${_exe} (${_rc})")
        endif()
    endforeach()
endif()
]=])
set(SENDTRIX_APP_FILE "$<TARGET_FILE_NAME:sendtrix>")
set(SENDTRIX_CLI_FILE "$<TARGET_FILE_NAME:sendtrix-cli>")
string(CONFIGURE "${_sendtrix_deploy}" _sendtrix_deploy @ONLY)
install(CODE "${_sendtrix_deploy}" COMPONENT desktop)

# ---- CPack: common ---------------------------------------------------------------------
# CPACK_VERBATIM_VARIABLES (packaging.cmake) makes the NSIS snippets below reach NSIS as
# written: backslashes and quotes are not CMake escapes there.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR NSIS ZIP)
# One package with everything installed (the desktop component is all there is on Windows):
# no components page in the installer, one ZIP.
set(CPACK_MONOLITHIC_INSTALL ON)
unset(CPACK_COMPONENTS_ALL) # packaging.cmake's list: not used by a monolithic package
set(CPACK_PACKAGE_FILE_NAME "Sendtrix-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sendtrix")
# The same key for every version (the default has the version in it): an installed older
# version is found and removed, which is what "upgrade in place" rests on.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Sendtrix")
set(CPACK_PACKAGE_EXECUTABLES sendtrix "Sendtrix")
set(CPACK_CREATE_DESKTOP_LINKS sendtrix)

# ---- CPack: NSIS -----------------------------------------------------------------------
file(TO_NATIVE_PATH "${SENDTRIX_WINDOWS_DIR}/sendtrix.ico" CPACK_NSIS_MUI_ICON)
set(CPACK_NSIS_MUI_UNIICON "${CPACK_NSIS_MUI_ICON}")
set(CPACK_NSIS_PACKAGE_NAME "Sendtrix")
set(CPACK_NSIS_DISPLAY_NAME "Sendtrix")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\sendtrix.exe")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The options page: PATH (for sendtrix-cli) and the desktop icon checkbox. NSIS shows that
# page only with MODIFY_PATH, so the optional desktop icon needs it too.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "sendtrix.exe")
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_URL_INFO_ABOUT "https://sendtrix.nl/")
set(CPACK_NSIS_HELP_LINK "https://sendtrix.nl/")
set(CPACK_NSIS_CONTACT "support@sendtrix.nl")

# "Open with Sendtrix" for .csv and .vcf (sendtrix FILE starts the import at its preview).
# Registered under SHCTX: HKCU for a per-user install, HKLM for all users. The files keep
# their default app: Sendtrix is added to "Open with" (OpenWithProgids, Applications) and
# as a context-menu entry of its own (SystemFileAssociations).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\Sendtrix.Contacts" "" "Contacts file"
  WriteRegStr SHCTX "Software\Classes\Sendtrix.Contacts\DefaultIcon" "" "$INSTDIR\bin\sendtrix.exe,0"
  WriteRegStr SHCTX "Software\Classes\Sendtrix.Contacts\shell\open\command" "" '"$INSTDIR\bin\sendtrix.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\sendtrix.exe" "FriendlyAppName" "Sendtrix"
  WriteRegStr SHCTX "Software\Classes\Applications\sendtrix.exe\shell\open\command" "" '"$INSTDIR\bin\sendtrix.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\sendtrix.exe\SupportedTypes" ".csv" ""
  WriteRegStr SHCTX "Software\Classes\Applications\sendtrix.exe\SupportedTypes" ".vcf" ""
  WriteRegStr SHCTX "Software\Classes\.csv\OpenWithProgids" "Sendtrix.Contacts" ""
  WriteRegStr SHCTX "Software\Classes\.vcf\OpenWithProgids" "Sendtrix.Contacts" ""
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.csv\shell\Sendtrix" "" "Open with Sendtrix"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.csv\shell\Sendtrix" "Icon" "$INSTDIR\bin\sendtrix.exe,0"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.csv\shell\Sendtrix\command" "" '"$INSTDIR\bin\sendtrix.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.vcf\shell\Sendtrix" "" "Open with Sendtrix"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.vcf\shell\Sendtrix" "Icon" "$INSTDIR\bin\sendtrix.exe,0"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.vcf\shell\Sendtrix\command" "" '"$INSTDIR\bin\sendtrix.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
# Runs before any file is removed. A per-user uninstaller (see below) cannot remove an
# all-users install: it says so instead of half-uninstalling.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ClearErrors
  FileOpen $0 "$INSTDIR\uninstall-check.tmp" w
  IfErrors 0 +3
    MessageBox MB_OK|MB_ICONSTOP "Sendtrix was installed for all users: uninstall it as administrator (right-click Uninstall.exe in $INSTDIR, Run as administrator)." /SD IDOK
    Abort
  FileClose $0
  Delete "$INSTDIR\uninstall-check.tmp"
  DeleteRegKey SHCTX "Software\Classes\Sendtrix.Contacts"
  DeleteRegKey SHCTX "Software\Classes\Applications\sendtrix.exe"
  DeleteRegValue SHCTX "Software\Classes\.csv\OpenWithProgids" "Sendtrix.Contacts"
  DeleteRegValue SHCTX "Software\Classes\.vcf\OpenWithProgids" "Sendtrix.Contacts"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.csv\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.vcf\OpenWithProgids"
  DeleteRegKey SHCTX "Software\Classes\SystemFileAssociations\.csv\shell\Sendtrix"
  DeleteRegKey SHCTX "Software\Classes\SystemFileAssociations\.vcf\shell\Sendtrix"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# ---- Per-user installs -----------------------------------------------------------------
# CMake's NSIS generator (3.25) has no per-user switch: its template says
# `RequestExecutionLevel admin`, so UAC asks for an administrator, and its "JustMe" branch
# (which exists: SHCTX, $SMPROGRAMS and the uninstall key all follow SetShellVarContext)
# is only reached by non-administrators who cannot run it anyway. Writing our own template
# with NSIS's MultiUser.nsh (or the UAC plug-in) would fork ~1000 lines of CMake's template.
# The simplest real option: CPack looks for NSIS.template.in in CPACK_MODULE_PATH first, so
# CMake's own template is copied into the build folder with three changes:
#   1. RequestExecutionLevel user: no UAC prompt. Started normally, the installer sees a
#      standard (non-elevated) token, takes its "JustMe" branch and installs for the
#      current user (HKCU, the user's Start menu). "Run as administrator" gives an elevated
#      token: the template's "AllUsers" branch, Program Files and HKLM, as before.
#   2. The per-user default folder is %LOCALAPPDATA%\Programs\Sendtrix (where Windows puts
#      per-user apps) instead of the template's Documents\Sendtrix.
#   3. The check for an installed version (upgrade in place) looks in HKCU as well as HKLM.
# Left as they are: a per-user installer cannot write the all-users PATH (choose "current
# user" on the options page), and an all-users install is uninstalled as administrator
# (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS says so). The ZIP needs no installation at all.
# Checked against CMake 3.25's Modules/Internal/CPack/NSIS.template.in; if another CMake's
# template lacks one of the lines, the stock template is used (administrator install) and
# configuring warns.
# Silent installs: `Sendtrix-x.y.z-win64.exe /S` (per user), elevated for all users;
# `/D=C:\path` (last argument) chooses the folder.
set(_sendtrix_nsis_in "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
set(_sendtrix_nsis_dir "${CMAKE_BINARY_DIR}/packaging/windows/nsis")
if(EXISTS "${_sendtrix_nsis_in}")
    file(READ "${_sendtrix_nsis_in}" _t)
    set(_ok TRUE)
    set(_uninst_key [=[Software\Microsoft\Windows\CurrentVersion\Uninstall\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@]=])
    foreach(_pair
            "RequestExecutionLevel admin|RequestExecutionLevel user"
            [=[StrCpy $INSTDIR "$DOCUMENTS\@CPACK_PACKAGE_INSTALL_DIRECTORY@"|StrCpy $INSTDIR "$LOCALAPPDATA\Programs\@CPACK_PACKAGE_INSTALL_DIRECTORY@"]=]
            "ReadRegStr $0 HKLM \"${_uninst_key}\" \"UninstallString\"|ReadRegStr $0 HKLM \"${_uninst_key}\" \"UninstallString\"\n  StrCmp $0 \"\" 0 +2\n  ReadRegStr $0 HKCU \"${_uninst_key}\" \"UninstallString\"")
        string(FIND "${_pair}" "|" _bar)
        string(SUBSTRING "${_pair}" 0 ${_bar} _from)
        math(EXPR _bar "${_bar} + 1")
        string(SUBSTRING "${_pair}" ${_bar} -1 _to)
        string(FIND "${_t}" "${_from}" _at)
        if(_at EQUAL -1)
            set(_ok FALSE)
            message(WARNING "NSIS template of CMake ${CMAKE_VERSION} differs (no '${_from}'): "
                            "the installer will need administrator rights")
            break()
        endif()
        string(REPLACE "${_from}" "${_to}" _t "${_t}")
    endforeach()
    if(_ok)
        file(WRITE "${_sendtrix_nsis_dir}/NSIS.template.in" "${_t}")
        set(CPACK_MODULE_PATH "${_sendtrix_nsis_dir}" ${CMAKE_MODULE_PATH})
    endif()
endif()
