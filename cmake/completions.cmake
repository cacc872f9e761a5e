# SPDX-License-Identifier: Apache-2.0
# Writes the shell completion scripts from the built binary (journey completion SHELL).
# Usage: cmake -DJOURNEY=path/to/journey -DOUT=dir -P completions.cmake
file(MAKE_DIRECTORY "${OUT}")
foreach(pair "bash;journey" "zsh;_journey" "fish;journey.fish")
  list(GET pair 0 shell)
  list(GET pair 1 name)
  execute_process(COMMAND "${JOURNEY}" completion ${shell} OUTPUT_FILE "${OUT}/${name}"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "journey completion ${shell} failed")
  endif()
endforeach()
