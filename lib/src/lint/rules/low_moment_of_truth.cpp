// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class LowMomentOfTruth final : public Rule {
 public:
  RuleInfo info() const override {
    return {
        "low-moment-of-truth",
        Severity::warning,
        "practice",
        "a moment of truth where the emotion is 2 or below (for any persona) and no opportunity is "
        "listed",
        "Moments of truth decide whether the customer goes on; a bad one there outweighs "
        "good ones elsewhere. Marking it and leaving it low says the map knows and does "
        "nothing.",
        "- id: checkout\n  name: Checkout\n  moment: true\n  emotion: 2\n",
        "Add 'opportunities:' that lift it, or plan the fix and lower the severity with a "
        "suppression that says why."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (!tp.moment.usable() || !tp.moment.value || !tp.opportunities.value.empty()) continue;
      std::vector<int> values = emotion_values(tp);
      int lowest = 5;
      for (int v : values) lowest = std::min(lowest, v);
      if (values.empty() || lowest > 2) continue;
      out.push_back(finding(
          info(), first_line(tp.moment.span), touchpoint_path(ctx.journey, tp, "moment"),
          translate("touchpoint %1$s is a moment of truth with emotion %2$s and no opportunity; "
                    "add 'opportunities:' to lift it",
                    label(tp), lowest)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_low_moment_of_truth() {
  return std::make_unique<LowMomentOfTruth>();
}

}  // namespace journey::rules
