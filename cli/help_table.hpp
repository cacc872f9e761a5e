// SPDX-License-Identifier: Apache-2.0
// A titled table of names and one-line summaries for a command's --help ("Views:", "Formats:"),
// each summary wrapped at 80 columns under itself.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace journey::cli {

using HelpRow = std::pair<std::string, std::string>;  // name, summary

std::string help_table(const std::string& title, const std::vector<HelpRow>& rows);

}  // namespace journey::cli
