// SPDX-License-Identifier: Apache-2.0
// What a journey uses besides its model, resolved by the lint engine before the rules run, so that
// every command sees the resolved journey: catalogs (`use:`, catalogs.cpp) and data files
// (`data:`, data_overlay.cpp). See docs/format.md, "Catalogs" and "Data files".
#pragma once

#include <functional>
#include <map>
#include <string>

#include "journey/funnel.hpp"
#include "journey/lint.hpp"
#include "journey/path_scope.hpp"

namespace journey::lint {

// Whether a finding is an error for this journey (its configured level, or a syntax rule); and,
// as a second test, whether it is shown at all (--select / --ignore).
using IsError = std::function<bool(const Finding&)>;

// Where the files a journey names may be (path_scope.hpp): an entry as written in a file,
// resolved from that file's folder and checked.
struct NamedFiles {
  const PathScope& scope;
  std::string root;  // PathScope::root_of the journey

  // The path to read; empty, with `refused` saying why, when the entry may not be read.
  std::string resolve(const std::string& from, const std::string& entry, NamedFile kind,
                      std::string& refused) const;
};

// The findings of the files a journey uses (catalogs, data files): kept up to a cap of their own,
// so that they cannot crowd out the journey's own findings, and past it counted, errors apart, so
// that the exit code still sees every error (docs/SECURITY.md, "Limits").
class UsedFindings {
 public:
  UsedFindings(IsError is_error, IsError is_shown)
      : is_error_(std::move(is_error)), is_shown_(std::move(is_shown)) {}

  bool full() const { return kept_.size() >= k_max_findings; }
  bool is_error(const Finding& f) const { return is_error_(f); }
  void push(Finding f);
  // Findings a loader left out past its own cap, by rule.
  void dropped(const std::map<std::string, std::size_t>& by_rule);

  Findings& kept() { return kept_; }
  std::size_t dropped_count() const { return dropped_; }
  // Of those, the errors lint would have shown.
  std::size_t dropped_errors() const { return dropped_errors_; }

 private:
  IsError is_error_, is_shown_;
  Findings kept_;
  std::size_t dropped_ = 0, dropped_errors_ = 0;
};

// Reads the catalogs `j` uses (paths relative to `path`, the journey's file) and what they use in
// turn; adds their personas, channels and owners to `j`. Reports the catalogs' own findings (with
// `file` set), unusable-catalog at a `use:` entry and catalog-conflict. Every catalog read, or
// tried, goes to analysis.inputs, its text to analysis.report.other_sources.
void resolve_catalogs(Journey& j, const std::string& path, const NamedFiles& files,
                      Analysis& analysis, UsedFindings& out);

// Reads the data files `j` names and merges their rows into touchpoint metrics and KPI actuals
// (the data wins; data-conflict where the YAML said otherwise). Reports the files' own findings,
// unusable-data, data-unknown-reference, data-duplicate-row and data-conflict. Run after
// resolve_catalogs: rows may name a persona from a catalog.
void merge_data(Journey& j, const std::string& path, const NamedFiles& files, Analysis& analysis,
                UsedFindings& out);

// Reads each funnel's export files (`funnels[].data`, or the touchpoints' count metrics when a
// funnel has none) and computes the funnels, in the order of `funnels:`. Reports the exports' own
// findings (data-syntax, data-invalid-value, with `file` set) and unusable-data at a `data:`
// entry. Run after the model is bound and the flow built: a funnel's default steps follow it.
std::vector<FunnelResult> read_funnels(const Journey& j, const std::string& path,
                                       const NamedFiles& files, const Flow& flow,
                                       Analysis& analysis, UsedFindings& out);

}  // namespace journey::lint
