// SPDX-License-Identifier: Apache-2.0
// Charts drawn here as inline SVG (no script, no external file): a small line chart per figure for
// the history, styled by the site's CSS through classes.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "words.hpp"

namespace journey::site {

struct TrendChart {
  std::string id;     // unique on the page; the ids of the title and description derive from it
  std::string title;  // e.g. "Score"
  std::vector<std::string> labels;            // one per point (dates), oldest first
  std::vector<std::optional<double>> values;  // nullopt: no value at that point
  double low = 0, high = 1;                   // the y axis
  int digits = 1;                             // decimals shown
};

void write_trend_chart(std::ostream& out, const TrendChart& chart, const Words& words);

// A number rounded up to a tidy axis maximum: 1, 2, 5, 10, 20, 50, ... (at least `minimum`).
double nice_ceiling(double value, double minimum);

}  // namespace journey::site
