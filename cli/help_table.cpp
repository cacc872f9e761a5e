// SPDX-License-Identifier: Apache-2.0
#include "help_table.hpp"

#include <sstream>

namespace journey::cli {

std::string help_table(const std::string& title, const std::vector<HelpRow>& rows) {
  constexpr std::size_t k_indent = 13, k_columns = 80;
  std::string out = title + ":\n";
  for (const auto& [name, summary] : rows) {
    std::string line = "  " + name;
    line.resize(std::max(k_indent, line.size() + 1), ' ');
    std::istringstream words(summary);
    bool first = true;
    for (std::string w; words >> w; first = false) {
      if (!first && line.size() + 1 + w.size() > k_columns) {
        out += line + "\n";
        line = std::string(k_indent, ' ') + w;
      } else {
        line += (first ? "" : " ") + w;
      }
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace journey::cli
