// SPDX-License-Identifier: Apache-2.0
// The score settings in force, as lint --print-config shows them.
#include <sstream>

#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/score.hpp"

namespace journey {

std::string describe_score_settings(const ScoreSettings& settings) {
  std::ostringstream out;
  // The YAML stays as written; its comments are in the reader's language.
  out << "score:\n  weights:  # " << tr("categories, then checks weighted other than 1 in theirs")
      << "\n";
  for (const auto& [id, default_weight] : score_categories()) {
    auto it = settings.weights.find(id);
    double weight = it == settings.weights.end() ? default_weight : it->second;
    out << "    " << id << ": " << format_number(weight);
    if (it != settings.weights.end()) {
      out << "  # " << translate("default %1$s", format_number(default_weight));
    }
    out << "\n";
  }
  for (const CheckInfo& check : score_checks()) {
    auto it = settings.weights.find(check.id);
    if (it != settings.weights.end()) {
      out << "    " << check.id << ": " << format_number(it->second) << "  # "
          << translate("default %1$s", 1) << "\n";
    }
  }
  out << "  minimums:" << (settings.minimums.empty() ? " {}" : "") << "\n";
  for (const auto& [id, minimum] : settings.minimums) {
    out << "    " << id << ": " << format_number(minimum) << "\n";
  }
  return out.str();
}

}  // namespace journey
