# Writes a C++ source holding the built-in model YAML files as string literals.
# Usage: cmake -DOUTPUT=file.cpp -DINPUT_DIR=templates/models -P embed_models.cmake
set(content "// Generated from templates/models by cmake/embed_models.cmake. Do not edit.\n")
string(APPEND content "#include \"builtin_models.hpp\"\n\nnamespace journey {\n\n")
string(APPEND content "const std::vector<EmbeddedModel>& builtin_model_sources() {\n")
string(APPEND content "  static const std::vector<EmbeddedModel> models = {\n")
file(GLOB INPUTS "${INPUT_DIR}/*.yaml")
list(SORT INPUTS)
foreach(input IN LISTS INPUTS)
  get_filename_component(stem "${input}" NAME_WE)
  file(READ "${input}" text HEX)
  # Hex escapes keep any byte (UTF-8, quotes, backslashes) intact.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${text}")
  string(APPEND content "      {\"${stem}\", \"${escaped}\"},\n")
endforeach()
string(APPEND content "  };\n  return models;\n}\n\n}  // namespace journey\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
