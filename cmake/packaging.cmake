# Installation and the Debian package (README, "Installing").
#
# `cmake --install build --prefix P` puts the binary in P/bin and the standard theme in
# P/share/wegwijzer/themes, where the binary finds it through /proc/self/exe
# (src/cli/theme_dirs.h). The theme is installed as files, not compiled in: a gemeente or theme
# author reads and copies the templates from there, and the binary loads a theme folder the same
# way whether it is the site's own or the installed one. The modules (libgit2 for editions from
# git, cpp-httplib for serve, libzip for build --zip, libcrypto for basis.lock's hashes) go to
# P/lib/wegwijzer, where the binary finds them the same way
# (src/core/module.h); wegwijzer_module() in src/CMakeLists.txt installs them. Everything else
# the binary needs is compiled in (livereload.js, serve.css, the common-words list) or comes
# from Debian (hyphen-nl).
#
# `cmake --build build --target package` (or `cpack --config build/CPackConfig.cmake`) makes
# build/wegwijzer_<version>_<arch>.deb; .ci/package runs it for releases.
include(GNUInstallDirs)
install(TARGETS wegwijzer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/themes/standaard DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijzer/themes)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wegwijzer)
set(CPACK_PACKAGE_VENDOR "Vereniging van Nederlandse Gemeenten")
# Who answers for the package. The release passes its own (.ci/package, WEGWIJZER_PACKAGE_MAINTAINER);
# the reserved .invalid domain marks a local build, so no made-up address ends up in a package.
set(WEGWIJZER_PACKAGE_MAINTAINER "Wegwijzer-beheer <beheer@wegwijzer.invalid>"
    CACHE STRING "Maintainer field of the .deb: Name <email>")
set(CPACK_PACKAGE_CONTACT "${WEGWIJZER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Site generator for the VNG Richtinggevend kader toegang")
# The summary is the first line of the control file's Description; this is the rest.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Wegwijzer turns the Markdown sources of the VNG Richtinggevend kader toegang,\n"
  "lokale teams en integrale dienstverlening and its Verkenningsinstrument Toegang\n"
  "(VIT) into an accessible, cross-linked website in Dutch that also works offline.\n"
  "'wegwijzer init gemeente' makes a repository for a gemeente's own copy.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(WEGWIJZER_RELEASE_REPO)  # src/cli/CMakeLists.txt: the GitHub repository that releases it
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/${WEGWIJZER_RELEASE_REPO}")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # wegwijzer_<version>_<arch>.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The shared libraries the binary and the modules link (cmark-gfm, libhyphen, mimalloc,
# libstdc++; libgit2, cpp-httplib, libzip, libssl3 through the modules, ...) become Depends through dpkg-shlibdeps (Debian package dpkg-dev); the Dutch hyphenation
# patterns that `wegwijzer check` reads at run time are a data package, so they are named.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hyphen-nl")
include(CPack)
