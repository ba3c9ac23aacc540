# macOS package (issue 11): a drag-and-drop disk image, Sendtrix-<version>-macos-<arch>.dmg,
# with sendtrix.app and a link to /Applications. Included from packaging/packaging.cmake
# (top-level scope, after the targets exist, before include(CPack)).
#
# The bundle: Info.plist from Info.plist.in (identifier nl.sendtrix.Sendtrix, version from
# project(VERSION), "Open With" for CSV and vCard files), the icon sendtrix.icns, and on
# install macdeployqt puts Qt inside it. sendtrix-cli goes into the bundle too
# (sendtrix.app/Contents/MacOS/sendtrix-cli) so it uses the same Qt frameworks; users who
# want it on their PATH link it: docs/releasing.md.
# Signing (Developer ID, hardened runtime) happens here when SENDTRIX_CODESIGN_IDENTITY is
# set in the environment; notarisation is done on the .dmg afterwards (release workflow).

if(NOT APPLE)
    return()
endif()

set(SENDTRIX_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SENDTRIX_BUNDLE_ID nl.sendtrix.Sendtrix)
set(SENDTRIX_BUNDLE_ICON sendtrix.icns)
set(SENDTRIX_COPYRIGHT "Copyright © Sendtrix")
# The oldest macOS the app runs on: the plist says so, the compiler must agree. Qt 6.5 runs
# on macOS 11; Qt 6.8 and later need 12, so raise this with Qt. CMAKE_OSX_DEPLOYMENT_TARGET
# must be set when configuring (or MACOSX_DEPLOYMENT_TARGET in the environment), else the
# binaries need the macOS they were built on.
set(SENDTRIX_MACOS_MINIMUM 11.0)
if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
    message(WARNING "CMAKE_OSX_DEPLOYMENT_TARGET is not set: configure with "
                    "-DCMAKE_OSX_DEPLOYMENT_TARGET=${SENDTRIX_MACOS_MINIMUM} for a package")
elseif(CMAKE_OSX_DEPLOYMENT_TARGET VERSION_GREATER SENDTRIX_MACOS_MINIMUM)
    set(SENDTRIX_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
endif()

# ---- the bundle ------------------------------------------------------------------------
get_target_property(SENDTRIX_BUNDLE_EXECUTABLE sendtrix OUTPUT_NAME)
if(NOT SENDTRIX_BUNDLE_EXECUTABLE)
    set(SENDTRIX_BUNDLE_EXECUTABLE sendtrix)
endif()
configure_file(${SENDTRIX_MACOS_DIR}/Info.plist.in
               ${CMAKE_BINARY_DIR}/packaging/macos/Info.plist @ONLY)
set_target_properties(sendtrix PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/packaging/macos/Info.plist
    # The same values for tools that read the properties rather than the plist.
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SENDTRIX_BUNDLE_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Sendtrix
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE ${SENDTRIX_BUNDLE_ICON}
    MACOSX_BUNDLE_COPYRIGHT "${SENDTRIX_COPYRIGHT}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${SENDTRIX_BUNDLE_ID})
target_sources(sendtrix PRIVATE ${SENDTRIX_MACOS_DIR}/${SENDTRIX_BUNDLE_ICON})
set_source_files_properties(${SENDTRIX_MACOS_DIR}/${SENDTRIX_BUNDLE_ICON}
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
# Installed binaries find Qt in the bundle (macdeployqt copies it to Contents/Frameworks;
# the CLI sits in Contents/MacOS beside the app's executable).
set_target_properties(sendtrix sendtrix-cli PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")

# ---- deployment: macdeployqt, translations, signing ------------------------------------
if(TARGET Qt6::macdeployqt)
    set(SENDTRIX_MACDEPLOYQT "$<TARGET_FILE:Qt6::macdeployqt>")
else()
    find_program(SENDTRIX_MACDEPLOYQT macdeployqt
                 HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
endif()
set(SENDTRIX_QT_LIBDIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBS}")
set(SENDTRIX_QT_TRANSLATIONS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
file(GLOB _sendtrix_ts RELATIVE ${CMAKE_SOURCE_DIR}/translations
     ${CMAKE_SOURCE_DIR}/translations/sendtrix_*.ts)
string(REGEX REPLACE "sendtrix_([A-Za-z_]+)\\.ts" "\\1" SENDTRIX_LANGUAGES "${_sendtrix_ts}")
set(SENDTRIX_APP_BUNDLE "$<TARGET_FILE_NAME:sendtrix>.app")
set(SENDTRIX_CLI_FILE "$<TARGET_FILE_NAME:sendtrix-cli>")

# Runs after install(TARGETS) (this file is included after it), in `cmake --install` and in
# `cpack` alike.
set(_sendtrix_deploy [=[
set(_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_app "${_prefix}/@SENDTRIX_APP_BUNDLE@")
set(_macos "${_app}/Contents/MacOS")
set(_bin "${_prefix}/@CMAKE_INSTALL_BINDIR@")
if(EXISTS "${_bin}/@SENDTRIX_CLI_FILE@")
    file(RENAME "${_bin}/@SENDTRIX_CLI_FILE@" "${_macos}/@SENDTRIX_CLI_FILE@")
    file(GLOB _left "${_bin}/*")
    if(NOT _left)
        file(REMOVE_RECURSE "${_bin}")
    endif()
endif()
message(STATUS "macdeployqt ${_app}")
execute_process(
    COMMAND "@SENDTRIX_MACDEPLOYQT@" "${_app}"
            "-executable=${_macos}/@SENDTRIX_CLI_FILE@"
            "-libpath=@SENDTRIX_QT_LIBDIR@" -always-overwrite -verbose=1
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "macdeployqt failed (${_rc})")
endif()
# The desktop app uses SQLite only: the other drivers link client libraries (libpq, ODBC)
# that are not in the bundle.
file(GLOB _drivers "${_app}/Contents/PlugIns/sqldrivers/*.dylib")
set(_have_sqlite FALSE)
foreach(_d IN LISTS _drivers)
    get_filename_component(_n "${_d}" NAME_WE)
    if(_n STREQUAL "libqsqlite")
        set(_have_sqlite TRUE)
    else()
        file(REMOVE "${_d}")
    endif()
endforeach()
if(NOT _have_sqlite)
    message(FATAL_ERROR "macdeployqt did not deploy the QSQLITE driver (libqsqlite.dylib)")
endif()
# Qt's own strings in the languages Sendtrix ships: Language::apply loads qtbase_<lang>.qm
# from QLibraryInfo's translations path, pointed into the bundle through qt.conf.
set(_tr "${_app}/Contents/Resources/translations")
file(MAKE_DIRECTORY "${_tr}")
foreach(_lang @SENDTRIX_LANGUAGES@)
    set(_qm "@SENDTRIX_QT_TRANSLATIONS@/qtbase_${_lang}.qm")
    if(EXISTS "${_qm}")
        file(COPY "${_qm}" DESTINATION "${_tr}")
    else()
        message(WARNING "${_qm} not found: Qt's own strings stay in English for '${_lang}'")
    endif()
endforeach()
set(_conf "${_app}/Contents/Resources/qt.conf")
if(NOT EXISTS "${_conf}")
    file(WRITE "${_conf}" "[Paths]\nPlugins = PlugIns\n")
endif()
file(READ "${_conf}" _c)
if(NOT _c MATCHES "Translations *=")
    file(APPEND "${_conf}" "Translations = Resources/translations\n")
endif()
# Signing, inside out: libraries and plug-ins, frameworks, the CLI, then the bundle. With a
# Developer ID the hardened runtime and a secure timestamp are on (notarisation needs both).
# Without one the bundle is signed ad hoc: Apple silicon runs only signed code, and
# macdeployqt's changes to the binaries void the linker's signature.
set(_id "$ENV{SENDTRIX_CODESIGN_IDENTITY}")
if(_id STREQUAL "")
    execute_process(COMMAND codesign --force --deep --sign - "${_app}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "ad-hoc codesign failed (${_rc})")
    endif()
else()
    set(_sign codesign --force --timestamp --options runtime --sign "${_id}")
    file(GLOB_RECURSE _code "${_app}/Contents/PlugIns/*.dylib" "${_app}/Contents/Frameworks/*.dylib")
    file(GLOB _frameworks LIST_DIRECTORIES true "${_app}/Contents/Frameworks/*.framework")
    list(APPEND _code ${_frameworks} "${_macos}/@SENDTRIX_CLI_FILE@")
    foreach(_f IN LISTS _code)
        execute_process(COMMAND ${_sign} "${_f}" RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "codesign failed on ${_f} (${_rc})")
        endif()
    endforeach()
    set(_entitlements "")
    if(NOT "$ENV{SENDTRIX_CODESIGN_ENTITLEMENTS}" STREQUAL "")
        set(_entitlements --entitlements "$ENV{SENDTRIX_CODESIGN_ENTITLEMENTS}")
    endif()
    execute_process(COMMAND ${_sign} ${_entitlements} "${_app}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "codesign failed on ${_app} (${_rc})")
    endif()
    execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${_app}"
                    RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "codesign --verify failed on ${_app}")
    endif()
endif()
]=])
string(CONFIGURE "${_sendtrix_deploy}" _sendtrix_deploy @ONLY)
install(CODE "${_sendtrix_deploy}" COMPONENT desktop)

# ---- CPack: DragNDrop ------------------------------------------------------------------
set(CPACK_GENERATOR DragNDrop)
# One image with everything installed (the desktop component is all there is on macOS).
set(CPACK_MONOLITHIC_INSTALL ON)
unset(CPACK_COMPONENTS_ALL) # packaging.cmake's list: not used by a monolithic package
list(LENGTH CMAKE_OSX_ARCHITECTURES _sendtrix_narch)
if(_sendtrix_narch GREATER 1)
    set(_sendtrix_arch universal)
elseif(_sendtrix_narch EQUAL 1)
    set(_sendtrix_arch ${CMAKE_OSX_ARCHITECTURES})
else()
    set(_sendtrix_arch ${CMAKE_HOST_SYSTEM_PROCESSOR})
endif()
set(CPACK_PACKAGE_FILE_NAME "Sendtrix-${PROJECT_VERSION}-macos-${_sendtrix_arch}")
set(CPACK_DMG_VOLUME_NAME "Sendtrix ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${SENDTRIX_MACOS_DIR}/${SENDTRIX_BUNDLE_ICON}) # the volume's icon
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
