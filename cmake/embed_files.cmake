# SPDX-License-Identifier: Apache-2.0
# Writes a C++ source holding text files as string literals: the built-in models, the journey
# templates of `journey init`.
# Usage: cmake -DOUTPUT=file.cpp -DINPUT_DIR=dir -DSUFFIX=.yaml -DHEADER=x.hpp -DFUNCTION=name
#              -DTYPE=Struct -P embed_files.cmake
# Each file becomes {name, text}: its name without SUFFIX, its bytes.
set(content "// Generated from ${INPUT_DIR} by cmake/embed_files.cmake. Do not edit.\n")
string(APPEND content "#include \"${HEADER}\"\n\nnamespace journey {\n\n")
string(APPEND content "const std::vector<${TYPE}>& ${FUNCTION}() {\n")
string(APPEND content "  static const std::vector<${TYPE}> files = {\n")
file(GLOB INPUTS "${INPUT_DIR}/*${SUFFIX}")
list(SORT INPUTS)
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  string(LENGTH "${name}" name_length)
  string(LENGTH "${SUFFIX}" suffix_length)
  math(EXPR stem_length "${name_length} - ${suffix_length}")
  string(SUBSTRING "${name}" 0 ${stem_length} stem)
  file(READ "${input}" text HEX)
  # Hex escapes keep any byte (UTF-8, quotes, backslashes) intact.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${text}")
  string(APPEND content "      {\"${stem}\", \"${escaped}\"},\n")
endforeach()
string(APPEND content "  };\n  return files;\n}\n\n}  // namespace journey\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
