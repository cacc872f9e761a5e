// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class MissingEmotion final : public Rule {
 public:
  RuleInfo info() const override {
    return {"missing-emotion",
            Severity::warning,
            "practice",
            "a touchpoint without an emotion",
            "The emotion curve is the heart of a journey map; a touchpoint without one leaves a "
            "hole in it and in the experience score.",
            "- id: checkout\n  name: Checkout\n  channel: web\n",
            "Add 'emotion:' from 1 (very negative) to 5 (very positive)."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (records_emotion(tp)) continue;
      out.push_back(finding(info(), anchor(tp), touchpoint_path(ctx.journey, tp, "emotion"),
                            translate("touchpoint %1$s has no emotion; add 'emotion:' from 1 "
                                      "(very negative) to 5 (very positive)",
                                      label(tp))));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_missing_emotion() {
  return std::make_unique<MissingEmotion>();
}

}  // namespace journey::rules
