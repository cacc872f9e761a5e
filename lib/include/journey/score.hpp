// SPDX-License-Identifier: Apache-2.0
// The journey scorecard: checks scored 0-10 with a reason, weighted by category into 0-100.
// Formulas are documented in docs/scoring.md.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "journey/date.hpp"
#include "journey/funnel.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"

namespace journey {

struct ScoreDetail {
  int line = 0;  // 1-based line of the element that cost points
  std::string text;
};

struct CheckResult {
  std::string id;        // e.g. "mean-emotion"
  std::string category;  // coverage, experience, friction, measurement, ownership, freshness,
                         // personas
  bool applicable = true;
  double score = 0;    // 0..10 when applicable
  double weight = 1;   // within its category
  std::string reason;  // one line
  std::vector<ScoreDetail> details;
};

struct PhaseExperience {
  std::string phase;  // the model phase's name
  std::size_t touchpoints = 0;
  std::optional<double> mean_emotion;
  std::optional<int> lowest_emotion;
  std::size_t pains = 0;
};

struct CategoryResult {
  std::string id;
  double weight = 0;
  bool applicable = false;  // false when none of its checks can be judged
  double score = 0;         // 0..10
};

struct MinimumResult {
  std::string check;  // a check id, a category id, or "total"
  double expected = 0;
  double actual = 0;
  bool applicable = true;
  bool met = true;
};

struct Scorecard {
  std::string file;
  double total = 0;  // 0..100
  std::vector<CategoryResult> categories;
  std::vector<CheckResult> checks;
  std::vector<PhaseExperience> phases;
  std::vector<MinimumResult> minimums;  // from the configuration
  bool minimums_met() const;
};

struct ScoreSettings {
  // Weights by category id or check id; unset ones keep their defaults.
  std::map<std::string, double> weights;
  // Minimums by check id (0..10), category id (0..10) or "total" (0..100).
  std::map<std::string, double> minimums;
};

struct CheckInfo {
  const char* id;
  const char* category;
  const char* summary;  // what it measures
};
const std::vector<CheckInfo>& score_checks();
// The categories with their default weights, in order.
const std::vector<std::pair<std::string, double>>& score_categories();

// The `score:` settings in force as YAML (lint --print-config): every category's weight, the
// weights set on checks, and the minimums.
std::string describe_score_settings(const ScoreSettings& settings);

// Scores a journey whose phases are bound to `model`. `today` measures the age of `reviewed`.
// `funnels` (Analysis::funnels) give the conversion check its numbers when one has data.
Scorecard score_journey(const Journey& journey, const Model& model, const std::string& file,
                        Date today, const ScoreSettings& settings = {},
                        const std::vector<FunnelResult>& funnels = {});

enum class ScoreFormat { text, json, markdown };
bool parse_score_format(const std::string& name, ScoreFormat& out);

void write_scorecards(const std::vector<Scorecard>& cards, ScoreFormat format, bool details,
                      std::ostream& out);
// --compare: two scorecards of the same journey and the checks that moved.
void write_score_comparison(const Scorecard& old_card, const Scorecard& new_card,
                            ScoreFormat format, std::ostream& out);

}  // namespace journey
