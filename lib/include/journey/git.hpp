// Reading files from git without a shell.
#pragma once

#include <string>

namespace journey {

// `git show REV:PATH`, spawned with an argument vector (no shell, so nothing in REV or PATH is
// interpreted). False with `error` holding git's own message when git fails or is missing.
bool git_show(const std::string& rev_path, std::string& out, std::string& error);

}  // namespace journey
