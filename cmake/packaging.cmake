# Installing journey_core for other projects (CMake package and pkg-config file) and packaging
# everything `cmake --install` installs as a Debian package (cpack -G DEB).
include(CMakePackageConfigHelpers)

# --- find_package(journey CONFIG): journey::core --------------------------------------------------
set(JOURNEY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/journey)
install(EXPORT journeyTargets NAMESPACE journey:: FILE journeyTargets.cmake
        DESTINATION ${JOURNEY_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/journeyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/journeyConfig.cmake
                              INSTALL_DESTINATION ${JOURNEY_CMAKE_DIR})
# 0.x releases make no compatibility promise across minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/journeyConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/journeyConfig.cmake
              ${PROJECT_BINARY_DIR}/journeyConfigVersion.cmake
        DESTINATION ${JOURNEY_CMAKE_DIR})

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
install(FILES ${PROJECT_BINARY_DIR}/journey.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# --- cpack -G DEB ---------------------------------------------------------------------------------
if(NOT CMAKE_SOURCE_DIR STREQUAL PROJECT_SOURCE_DIR)
  return()  # a subproject of another build: its packaging is the parent's business
endif()
set(JOURNEY_PACKAGE_CONTACT
    "journey maintainers <maintainers@users.noreply.h-seed-967d358c.example>"
    CACHE STRING "Maintainer of the Debian package (Name <email>)")

set(CPACK_PACKAGE_NAME journey)
set(CPACK_PACKAGE_VENDOR "journey maintainers")
set(CPACK_PACKAGE_CONTACT "${JOURNEY_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description; CPack indents each line for the control file.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "journey keeps customer journey maps as YAML in git, lints them against a"
  "journey model (See-Think-Do-Care, AIDA, ...) and renders them with Graphviz."
  "This package holds the journey command with its man pages and bash, zsh and"
  "fish completions, and the journey_core static library with its headers, its"
  "CMake package (find_package(journey), target journey::core) and its"
  "pkg-config file (journey).")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)  # the binary; CMake never strips static libraries
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # journey_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
find_program(JOURNEY_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(JOURNEY_DPKG_SHLIBDEPS)
if(JOURNEY_DPKG_SHLIBDEPS)
  # The libraries the binary links, with versions (libgvc6 also holds Graphviz's plugins: layout,
  # cairo/pango renderers, loaded at run time).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6, libstdc++6, libgcc-s1, libyaml-cpp0.7, libgvc6, libcgraph6")
endif()
# Diagrams are laid out with these fonts' metrics (see scripts/bootstrap.sh).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-liberation2, fonts-dejavu-core")
# What building against journey_core (find_package or pkg-config) needs beyond this package.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libyaml-cpp-dev, libgraphviz-dev, pkg-config")
include(CPack)
