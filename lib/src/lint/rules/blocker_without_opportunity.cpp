// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class BlockerWithoutOpportunity final : public Rule {
 public:
  RuleInfo info() const override {
    return {"blocker-without-opportunity",
            Severity::warning,
            "practice",
            "a touchpoint has a blocker pain (the customer gives up) and no opportunity",
            "A blocker is a fail point: customers leave the journey there. It is the first thing a "
            "map should propose to fix, and what a reviewer looks for beside it.",
            "- id: checkout\n  name: Checkout\n  pains:\n    - {text: account required, "
            "severity: blocker}\n",
            "Add 'opportunities:' with what would remove the blocker."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (!tp.opportunities.value.empty()) continue;
      for (const Pain& p : tp.pains.value) {
        if (!p.severity.usable() || p.severity.value != PainSeverity::blocker) continue;
        out.push_back(finding(info(), first_line(p.span), touchpoint_path(ctx.journey, tp, "pains"),
                              translate("touchpoint %1$s has the blocker '%2$s' and no "
                                        "opportunity; add 'opportunities:' to remove it",
                                        label(tp), p.value)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_blocker_without_opportunity() {
  return std::make_unique<BlockerWithoutOpportunity>();
}

}  // namespace journey::rules
