// SPDX-License-Identifier: Apache-2.0
// Reading files from git without a shell.
#pragma once

#include <string>
#include <vector>

namespace journey {

// `git show REV:PATH`, spawned with an argument vector (no shell, so nothing in REV or PATH is
// interpreted). False with `error` holding git's own message when git fails or is missing.
bool git_show(const std::string& rev_path, std::string& out, std::string& error);

// `git ARGS...` with an argument vector (no shell), standard input from /dev/null, standard output
// into `out` (at most k_max_input_bytes; git is stopped past it). False with `error` holding git's
// own message when git fails, is missing or says too much. The caller passes `--end-of-options`
// or `--` before anything from a user; `-C DIR` runs git in DIR.
bool git_run(const std::vector<std::string>& args, std::string& out, std::string& error);

}  // namespace journey
