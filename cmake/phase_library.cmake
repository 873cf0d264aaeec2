# granska_phase(NAME [USES phase...] [LINKS target...]): the static library
# checker_NAME from every .cpp in the calling folder (main.cpp excepted: it is
# the binary's). USES names the earlier phases it may include and links;
# LINKS the third-party libraries. `grammar` counts as a phase between base
# and model.
function(granska_phase name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "USES;LINKS")
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  file(GLOB headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.hpp)
  list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
  set(target checker_${name})
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  set(uses_targets)
  foreach(used IN LISTS arg_USES)
    if(used STREQUAL "grammar")
      list(APPEND uses_targets grammar)
    else()
      list(APPEND uses_targets checker_${used})
    endif()
  endforeach()
  target_link_libraries(${target} PUBLIC ${uses_targets} ${arg_LINKS})
  granska_build_speed(${target})
  granska_check_layering(${target} "checker/${name}" "${arg_USES}" ${sources} ${headers})
endfunction()

# The build-time layering check: every #include "checker/<phase>/..." or
# "grammar/..." in `files` must name `own` or one of `uses`. Runs again
# whenever one of the files changes; the library waits for it.
function(granska_check_layering target own uses)
  set(files ${ARGN})
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.layering)
  string(REPLACE ";" "," uses_list "${uses}")
  string(REPLACE ";" "," files_list "${files}")
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DOWN=${own} "-DUSES=${uses_list}" "-DFILES=${files_list}"
            -DSTAMP=${stamp} -P ${PROJECT_SOURCE_DIR}/cmake/check_layering.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/check_layering.cmake
    COMMENT "Checking the includes of ${own}" VERBATIM)
  add_custom_target(${target}_layering DEPENDS ${stamp})
  add_dependencies(${target} ${target}_layering)
endfunction()
