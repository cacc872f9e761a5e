// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the rule implementations.
#pragma once

#include <string>

#include "journey/rule.hpp"

namespace journey::rules {

// A finding of `rule`: rules pass their own info(), so that no finding can carry an id the
// registry does not know.
inline Finding finding(const RuleInfo& rule, const SourceSpan& span, std::string path,
                       std::string message, std::string suggestion = {}) {
  return make_finding(rule.id, span, std::move(path), std::move(message), std::move(suggestion));
}

// A rule whose findings are made where the problem is first seen (the loader, the engine, the
// catalog and data resolution): listed so that it can be configured and documented like any
// other; its check() has nothing to do.
class ReportedRule final : public Rule {
 public:
  explicit ReportedRule(RuleInfo info) : info_(info) {}
  RuleInfo info() const override { return info_; }
  void check(const LintContext&, Findings&) const override {}

 private:
  RuleInfo info_;
};

// The best span to point at for a touchpoint as a whole: its id, else its map.
inline const SourceSpan& anchor(const Touchpoint& tp) {
  return tp.id.present ? tp.id.span : tp.span;
}

inline bool has_blocker(const Touchpoint& tp) {
  for (const Pain& p : tp.pains.value) {
    if (p.severity.usable() && p.severity.value == PainSeverity::blocker) return true;
  }
  return false;
}

inline std::string label(const Touchpoint& tp) {
  return "'" + (tp.id.present ? tp.id.value : tp.name.value) + "'";
}

// The first `width` columns of a span, so that findings on a whole map underline its first key.
inline SourceSpan first_line(SourceSpan span) {
  if (span.end_line != span.line) {
    span.end_line = span.line;
    span.end_column = span.column + 1;
  }
  return span;
}

}  // namespace journey::rules
