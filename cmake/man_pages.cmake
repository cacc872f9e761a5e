# SPDX-License-Identifier: Apache-2.0
# The man pages of man/ installed compressed, as Debian policy wants them (gzip -9n: best
# compression, no name or time stamp in the header, so the same page gives the same bytes).
find_program(JOURNEY_GZIP gzip REQUIRED)
mark_as_advanced(JOURNEY_GZIP)
file(GLOB JOURNEY_MAN_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
set(JOURNEY_MAN_GZ)
foreach(page ${JOURNEY_MAN_PAGES})
  get_filename_component(name ${page} NAME)
  set(gz ${PROJECT_BINARY_DIR}/man/${name}.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E copy ${page} ${PROJECT_BINARY_DIR}/man/${name}
    COMMAND ${JOURNEY_GZIP} -9nf ${PROJECT_BINARY_DIR}/man/${name}
    DEPENDS ${page} VERBATIM)
  list(APPEND JOURNEY_MAN_GZ ${gz})
endforeach()
add_custom_target(journey_man_pages ALL DEPENDS ${JOURNEY_MAN_GZ})
install(FILES ${JOURNEY_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
