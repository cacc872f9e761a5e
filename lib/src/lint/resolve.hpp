// What a journey uses besides its model, resolved by the lint engine before the rules run, so that
// every command sees the resolved journey: catalogs (`use:`, catalogs.cpp) and data files
// (`data:`, data_overlay.cpp). See docs/format.md, "Catalogs" and "Data files".
#pragma once

#include <functional>
#include <string>

#include "journey/lint.hpp"

namespace journey::lint {

// Whether a finding is an error for this journey (its configured level, or a syntax rule).
using IsError = std::function<bool(const Finding&)>;

// Reads the catalogs `j` uses (paths relative to `path`, the journey's file) and what they use in
// turn; adds their personas, channels and owners to `j`. Appends the catalogs' own findings (with
// `file` set), unusable-catalog at a `use:` entry and catalog-conflict. Every catalog read, or
// tried, goes to analysis.inputs, its text to analysis.report.other_sources.
void resolve_catalogs(Journey& j, const std::string& path, const IsError& is_error,
                      Analysis& analysis, Findings& out);

// Reads the data files `j` names and merges their rows into touchpoint metrics and KPI actuals
// (the data wins; data-conflict where the YAML said otherwise). Appends the files' own findings,
// unusable-data, data-unknown-reference, data-duplicate-row and data-conflict. Run after
// resolve_catalogs: rows may name a persona from a catalog.
void merge_data(Journey& j, const std::string& path, Analysis& analysis, Findings& out);

}  // namespace journey::lint
