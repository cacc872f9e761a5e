// SPDX-License-Identifier: Apache-2.0
// What the funnel rules share: the funnels a rule sees and findings in an export file.
#pragma once

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

}  // namespace journey::rules
