// SPDX-License-Identifier: Apache-2.0
// Writing a command's result: to standard output for "-", else to a file replaced atomically.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "journey/lint.hpp"

namespace journey::cli {

// Standard error after "journey COMMAND: error: " ("journey: error: " for an empty command), for
// the caller to finish with the message and a newline; the one place that spells an error's head
// ("error" in the message language).
std::ostream& error_out(const std::string& command);
// The same for "journey COMMAND: warning: ".
std::ostream& warning_out(const std::string& command);

// The configuration in force for `file`, or null after "journey COMMAND: error: invalid
// configuration: ..." on standard error.
std::shared_ptr<const Config> config_or_error(ConfigResolver& resolver, const std::string& file,
                                              const std::string& command);

enum class Overwrite { allow, refuse };

// Writes `data` to `path` ("-": standard output). With Overwrite::refuse an existing file is left
// alone and the error says how to replace it. Errors go to stderr as "journey COMMAND: error: ...".
// Returns an exit code.
int write_output(const std::string& command, const std::string& path, const std::string& data,
                 Overwrite overwrite = Overwrite::allow);

}  // namespace journey::cli
