// SPDX-License-Identifier: Apache-2.0
// Writing a command's result: to standard output for "-", else to a file replaced atomically.
#pragma once

#include <string>

namespace journey::cli {

enum class Overwrite { allow, refuse };

// Writes `data` to `path` ("-": standard output). With Overwrite::refuse an existing file is left
// alone and the error says how to replace it. Errors go to stderr as "journey COMMAND: error: ...".
// Returns an exit code.
int write_output(const std::string& command, const std::string& path, const std::string& data,
                 Overwrite overwrite = Overwrite::allow);

}  // namespace journey::cli
