// SPDX-License-Identifier: Apache-2.0
// What the funnel rules share: the funnels a rule sees and findings in an export file.
#pragma once

#include <cmath>

#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "rule_support.hpp"

namespace journey::rules {

inline const std::vector<FunnelResult>& funnels_of(const LintContext& ctx) {
  static const std::vector<FunnelResult> none;
  return ctx.funnels != nullptr ? *ctx.funnels : none;
}

// A finding at `span` of `file` (an export; the journey itself when empty).
inline Finding finding_in(const RuleInfo& rule, const std::string& file, const SourceSpan& span,
                          std::string path, std::string message) {
  Finding f = finding(rule, span, std::move(path), std::move(message));
  f.file = file;
  return f;
}

inline std::string step_label(const Journey& j, const FunnelStep& step) {
  return label(j.touchpoints[step.touchpoint]);
}

// A count of users as count_of writes its number (whole counts in full, others as %g), with this
// thread's decimal mark: "1200", "2.5" ("2,5" in Dutch).
inline std::string users_text(double n) {
  bool whole = n == std::floor(n) && std::fabs(n) < 1e15;
  return with_decimal_mark(whole ? format_fixed(n, 0) : format_number(n), message_language());
}

// The n that picks the singular or plural of a count of users for translate_n: the singular for
// exactly 1 as count_of, a plural form for fractions (2.5 users, 1.5 users).
inline unsigned long users_plural(double n) {
  if (n == 1) return 1;
  bool whole = n == std::floor(n) && n >= 0 && n < 1e15;
  return whole ? static_cast<unsigned long>(n) : 2;
}

}  // namespace journey::rules
