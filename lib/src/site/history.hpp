// SPDX-License-Identifier: Apache-2.0
// --history: a journey's versions from git (the commits that touched its file), their key figures
// and scores, and the semantic diff of the version reported against a base revision. Git runs
// without a shell (git_run), with literal pathspecs and --end-of-options before user input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "journey/config.hpp"
#include "journey/diff.hpp"
#include "journey/journey.hpp"
#include "journey/lint.hpp"
#include "journey/site.hpp"
#include "summary.hpp"

namespace journey::site {

struct HistoryPoint {
  std::string commit;  // full hash; empty for the version in the working tree, not committed
  std::string date;    // committer date, YYYY-MM-DD
  std::string subject;
  bool scored = false;
  double score = 0;
  Figures figures;
  std::string problem;  // why it has no figures (lint errors)
  bool loaded = false;
};

struct History {
  std::string unavailable;           // why there is no history; empty when there is
  std::vector<HistoryPoint> points;  // oldest first
  bool truncated = false;            // older commits left out (history_limit)
  std::string base_label;            // the diff's base: "abc1234 (2026-10-01)" or --since as given
  bool has_base = false;             // a base was found (it may not hold the journey)
  std::optional<DiffResult> diff;    // the changes from the base to this version
  std::string diff_problem;          // why there is no diff although there is a base
  bool base_scored = false;
  double base_score = 0;
};

// Figures of a loaded journey (phases bound).
Figures figures_of(const Journey& journey);

// The history of `file` whose version being reported is `current` (from its text `text`).
History read_history(const std::string& file, const std::string& text, const Analysis& current,
                     const Config& config, const SiteOptions& options);

// A short label for a commit: the first 7 digits and the date.
std::string commit_label(const std::string& hash, const std::string& date);

}  // namespace journey::site
