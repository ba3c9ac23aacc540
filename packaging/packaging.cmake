# Packages and desktop integration (issue 11), included from the top-level CMakeLists.txt
# after the targets exist. `cmake --build build --target package` (or `cpack` in the build
# folder) makes, on Linux: sendtrix_VERSION_ARCH.deb (the desktop app and its CLI),
# sendtrix-server_VERSION_ARCH.deb (the server, a systemd service), the same as .rpm when
# rpmbuild is installed, and a portable .tar.gz of each. Windows and macOS settings live
# in packaging/windows and packaging/macos; docs/releasing.md says how releases are made.

include(GNUInstallDirs)

# ---- what is installed ---------------------------------------------------------------
set(SENDTRIX_APP_ID nl.sendtrix.Sendtrix)
if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${SENDTRIX_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    string(TIMESTAMP SENDTRIX_RELEASE_DATE "%Y-%m-%d" UTC)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${SENDTRIX_APP_ID}.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/packaging/${SENDTRIX_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${SENDTRIX_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
    # Icons at the usual sizes and as SVG, named after the app id (the .desktop file's Icon).
    install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/icons/hicolor
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT desktop)
    if(SENDTRIX_BUILD_SERVER)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/sendtrix-server.service
                DESTINATION lib/systemd/system COMPONENT server)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/server.ini
                DESTINATION /etc/sendtrix COMPONENT server)
        install(FILES ${CMAKE_SOURCE_DIR}/docs/server.md ${CMAKE_SOURCE_DIR}/docs/sync-protocol.md
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sendtrix-server COMPONENT server)
    endif()
endif()

# ---- CPack -----------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "sendtrix")
set(CPACK_PACKAGE_VENDOR "Sendtrix")
set(CPACK_PACKAGE_CONTACT "Sendtrix <support@sendtrix.nl>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://sendtrix.nl/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sendtrix")
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_COMPONENTS_ALL desktop)
if(SENDTRIX_BUILD_SERVER AND UNIX AND NOT APPLE)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Sendtrix")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "The desktop app (sendtrix) and its command line (sendtrix-cli)")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Sendtrix server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "The sync and sending server (sendtrix-server), a systemd service")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ)
    find_program(SENDTRIX_RPMBUILD rpmbuild)
    if(SENDTRIX_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_SET_DESTDIR OFF)
    set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF) # /etc/sendtrix is meant

    # One .deb per component: sendtrix and sendtrix-server.
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION mail)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the libraries it links, found by dpkg-shlibdeps
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME sendtrix)
    # Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver, the X11 and
    # Wayland platform plugins, SVG icons, libsecret (QtKeychain loads it for the Secret Service).
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n, hicolor-icon-theme")
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME sendtrix-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
    set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        ${CMAKE_CURRENT_LIST_DIR}/linux/server-debian/postinst
        ${CMAKE_CURRENT_LIST_DIR}/linux/server-debian/prerm
        ${CMAKE_CURRENT_LIST_DIR}/linux/server-debian/postrm
        ${CMAKE_CURRENT_LIST_DIR}/linux/server-debian/conffiles)

    set(CPACK_RPM_COMPONENT_INSTALL ON)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_DESKTOP_PACKAGE_NAME sendtrix)
    set(CPACK_RPM_DESKTOP_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
    set(CPACK_RPM_SERVER_PACKAGE_NAME sendtrix-server)
    set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase")
    set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/sendtrix/server.ini")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /etc /lib /lib/systemd /lib/systemd/system
        /usr/lib/systemd /usr/lib/systemd/system /usr/share/metainfo /usr/share/icons
        /usr/share/icons/hicolor /usr/share/applications)

    set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/cpack-windows.cmake OPTIONAL)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/cpack-macos.cmake OPTIONAL)
endif()

include(CPack)

# ---- checks ----------------------------------------------------------------------------
# The desktop entry and the AppStream metadata pass their validators (part of the suite).
if(SENDTRIX_BUILD_TESTS AND UNIX AND NOT APPLE)
    find_program(SENDTRIX_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(SENDTRIX_APPSTREAMCLI appstreamcli)
    foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI)
        if(NOT SENDTRIX_${tool})
            # Missing validator: a failing test that says so, never a silent pass.
            set(SENDTRIX_${tool} ${CMAKE_COMMAND} -E false)
        endif()
    endforeach()
    add_test(NAME packaging_desktop_file
             COMMAND ${SENDTRIX_DESKTOP_FILE_VALIDATE}
                     ${CMAKE_CURRENT_LIST_DIR}/linux/${SENDTRIX_APP_ID}.desktop)
    add_test(NAME packaging_metainfo
             COMMAND ${SENDTRIX_APPSTREAMCLI} validate --no-net --pedantic
                     ${CMAKE_BINARY_DIR}/packaging/${SENDTRIX_APP_ID}.metainfo.xml)
    set_tests_properties(packaging_desktop_file packaging_metainfo PROPERTIES LABELS packaging)
endif()
