// SPDX-License-Identifier: Apache-2.0
// Inline suppressions in YAML comments:
//   emotion: 1   # journey-lint: disable=emotion-drop            (this line)
//   # journey-lint: disable-next-line=missing-channel,missing-emotion
//   # journey-lint: disable-file=phase-without-kpi               (anywhere in the file)
#pragma once

#include <string>
#include <vector>

#include "journey/finding.hpp"
#include "journey/source.hpp"

namespace journey {

struct Suppression {
  enum class Scope { line, next_line, file };
  Scope scope = Scope::line;
  int line = 0;  // the line the comment is on
  struct Entry {
    std::string rule;
    SourceSpan span;  // of the rule id in the comment
    bool used = false;
  };
  std::vector<Entry> entries;
  bool truncated = false;  // named more than k_max_suppressed_rules rules; the rest are ignored
};

// A comment may name this many rules; more is either a mistake or an attack on lint's time.
constexpr std::size_t k_max_suppressed_rules = 64;

std::vector<Suppression> parse_suppressions(const SourceText& source);

// Removes suppressed findings and marks the suppressions that were used. Findings of the syntax
// category (yaml-syntax, input-limit, duplicate-key) are kept: a file whose YAML is broken has no
// comments that can be trusted. So are findings in other files (`Finding::file`: a catalog or a
// data file): the journey's comments are about the journey.
void apply_suppressions(std::vector<Suppression>& suppressions, Findings& findings);

// unused-suppression findings: entries that suppressed nothing, or name an unknown rule.
Findings unused_suppressions(const std::vector<Suppression>& suppressions);

}  // namespace journey
