# SPDX-License-Identifier: Apache-2.0
# Installing journey_core for other projects (CMake package and pkg-config file) and packaging
# everything `cmake --install` installs as two Debian packages (cpack -G DEB): journey (component
# `runtime`: the command, man pages, completions) and journey-dev (component `development`: the
# static library, headers, CMake package and pkg-config file), each with its copyright file and
# Debian changelog.
include(CMakePackageConfigHelpers)

# --- find_package(journey CONFIG): journey::core --------------------------------------------------
set(JOURNEY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/journey)
install(EXPORT journeyTargets NAMESPACE journey:: FILE journeyTargets.cmake
        DESTINATION ${JOURNEY_CMAKE_DIR} COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/journeyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/journeyConfig.cmake
                              INSTALL_DESTINATION ${JOURNEY_CMAKE_DIR})
# 0.x releases make no compatibility promise across minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/journeyConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/journeyConfig.cmake
              ${PROJECT_BINARY_DIR}/journeyConfigVersion.cmake
        DESTINATION ${JOURNEY_CMAKE_DIR} COMPONENT development)

# --- pkg-config journey ---------------------------------------------------------------------------
# Paths relative to the .pc file (${pcfiledir}), so that the same file is right after
# `cmake --install --prefix DIR`, in the Debian package (CPack installs into a staging directory)
# and wherever the tree is copied.
function(journey_pc_dir out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(JOURNEY_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH JOURNEY_PC_UP "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" JOURNEY_PC_UP "${JOURNEY_PC_UP}")  # ../.. for lib/pkgconfig
  set(JOURNEY_PC_PREFIX "\${pcfiledir}/${JOURNEY_PC_UP}")
endif()
journey_pc_dir(JOURNEY_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
journey_pc_dir(JOURNEY_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/journey.pc.in ${PROJECT_BINARY_DIR}/journey.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/journey.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT development)

# --- copyright and changelog ---------------------------------------------------------------------
set(JOURNEY_PACKAGE_CONTACT
    "journey maintainers <maintainers@users.noreply.h-seed-967d358c.example>"
    CACHE STRING "Maintainer of the Debian packages (Name <email>): their control files and changelog")
set(JOURNEY_DEB_RELEASE 1 CACHE STRING "The Debian revision of the packages (0.1.0-REVISION)")
set(JOURNEY_DEB_VERSION "${PROJECT_VERSION}-${JOURNEY_DEB_RELEASE}")
# The machine-readable copyright file (DEP-5) and the Debian changelog, compressed with gzip -9n
# (no name or time stamp: the same bytes every build), in the documentation folder of each
# package; `cmake --install` puts them in share/doc/journey and share/doc/journey-dev alike.
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/copyright.in
               ${PROJECT_BINARY_DIR}/debian/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/changelog.in
               ${PROJECT_BINARY_DIR}/debian/changelog.Debian @ONLY)
find_program(JOURNEY_GZIP gzip REQUIRED)
execute_process(COMMAND ${JOURNEY_GZIP} -9nf ${PROJECT_BINARY_DIR}/debian/changelog.Debian
                RESULT_VARIABLE JOURNEY_GZIP_RESULT)
if(NOT JOURNEY_GZIP_RESULT EQUAL 0)
  message(FATAL_ERROR "gzip -9n of the Debian changelog failed")
endif()
# Lintian's overrides, each with its reason (cmake/debian/lintian-overrides).
foreach(component_package "runtime;journey" "development;journey-dev")
  list(GET component_package 0 component)
  list(GET component_package 1 package)
  install(FILES ${PROJECT_BINARY_DIR}/debian/copyright
                ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
  configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/lintian-overrides
                 ${PROJECT_BINARY_DIR}/debian/lintian/${package} @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/debian/lintian/${package}
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides COMPONENT ${component})
endforeach()

# --- cpack -G DEB ---------------------------------------------------------------------------------
if(NOT CMAKE_SOURCE_DIR STREQUAL PROJECT_SOURCE_DIR)
  return()  # a subproject of another build: its packaging is the parent's business
endif()
set(CPACK_PACKAGE_NAME journey)
set(CPACK_PACKAGE_VENDOR "journey maintainers")
set(CPACK_PACKAGE_CONTACT "${JOURNEY_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's description starts with its own synopsis. CPackDeb puts the summary before it
# unless the summary is CPack's default, which it otherwise takes from PROJECT_DESCRIPTION.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)  # the binary; CMake never strips static libraries
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# One package per component; anything installed without a component is in neither.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${JOURNEY_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # journey_0.1.0-1_amd64.deb, journey-dev_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# journey: the command, its man pages and completions.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME journey)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
# The summary, then the extended description; CPack indents each line for the control file.
string(JOIN "\n" CPACK_DEBIAN_RUNTIME_DESCRIPTION
  "${PROJECT_DESCRIPTION}"
  "journey keeps customer journey maps as YAML in git, lints them against a"
  "journey model (See-Think-Do-Care, AIDA, ...), diffs, scores and renders them"
  "with Graphviz, and writes a static site of all of them."
  "This package holds the journey command with its man pages and bash, zsh and"
  "fish completions.")
find_program(JOURNEY_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(JOURNEY_DPKG_SHLIBDEPS)
if(JOURNEY_DPKG_SHLIBDEPS)
  # The libraries the binary links, with versions (libgvc6 also holds Graphviz's plugins: layout,
  # cairo/pango renderers, loaded at run time).
  set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
else()
  # libcpp-httplib for journey-serve, the preview server `journey serve` runs.
  string(CONCAT CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS
         "libc6, libstdc++6, libgcc-s1, libyaml-cpp0.7, libgvc6, libcgraph6, libhyphen0, "
         "libcairo2, libfontconfig1, libcpp-httplib0.11")
endif()
# Diagrams are laid out with these fonts' metrics (see scripts/bootstrap.sh); Noto CJK draws
# Chinese, Japanese and Korean; the hyphenation patterns break long Dutch and English words.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS
    "fonts-liberation2, fonts-dejavu-core, fonts-noto-cjk, hyphen-nl, hyphen-en-us")

# journey-dev: building against journey_core (find_package or pkg-config) needs the headers of
# its dependencies and pkg-config, so they are dependencies here.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME journey-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "libyaml-cpp-dev, libgraphviz-dev, libcairo2-dev, libhyphen-dev, pkg-config")
string(JOIN "\n" CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
  "${PROJECT_DESCRIPTION} - development files"
  "journey keeps customer journey maps as YAML in git, lints them against a"
  "journey model, diffs, scores and renders them with Graphviz."
  "This package holds journey_core, the static library that does all of"
  "journey's work, with its headers, its CMake package (find_package(journey),"
  "target journey::core) and its pkg-config file (journey).")
include(CPack)
