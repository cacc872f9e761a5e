// SPDX-License-Identifier: Apache-2.0
// Options that take one of a fixed set of values (--view, --format, --theme, ...): a validator
// that names the valid values and suggests the nearest ("did you mean 'map'?"), and a record of
// the values per option, for shell completion.
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <string>
#include <vector>

namespace journey::cli {

// Restricts `option` to `values`; `what` names a value in messages ("view", "format"), marked
// with noop_tr and translated when the message is made.
CLI::Option* one_of(CLI::Option* option, std::vector<std::string> values, const std::string& what);

// The values an option takes, for completion; empty when it takes free text.
const std::vector<std::string>& choices_of(const CLI::Option* option);

}  // namespace journey::cli
