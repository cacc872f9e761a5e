// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class UnreachableTouchpoint final : public Rule {
 public:
  RuleInfo info() const override {
    return {"unreachable-touchpoint",
            Severity::warning,
            "flow",
            "a touchpoint that no path from the start of the journey leads to",
            "The journey starts at the touchpoints of its first phase (and those marked "
            "'entry: true') and follows 'next' (or file order). A touchpoint nothing leads to is "
            "either a missing 'next' or a second way in that should be marked as an entry.",
            "phases:\n  see:\n    touchpoints:\n      - {id: ad, name: Ad, next: [checkout]}\n"
            "  think:\n    touchpoints:\n      - {id: pricing, name: Pricing page}  # nothing "
            "leads here\n  do:\n    touchpoints:\n      - {id: checkout, name: Checkout}\n",
            "Add this touchpoint's id to the 'next' of the touchpoint before it, or mark it "
            "'entry: true'."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.flow.starts.empty()) return;
    std::vector<bool> seen = reachable(ctx.flow);
    for (std::size_t i = 0; i < seen.size(); ++i) {
      if (seen[i]) continue;
      const Touchpoint& tp = ctx.journey.touchpoints[i];
      out.push_back(finding(info(), anchor(tp), touchpoint_path(ctx.journey, tp),
                            translate("touchpoint %1$s cannot be reached from the start of "
                                      "the journey; list it in the 'next' of a touchpoint before "
                                      "it, or mark it 'entry: true'",
                                      label(tp))));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_unreachable_touchpoint() {
  return std::make_unique<UnreachableTouchpoint>();
}

}  // namespace journey::rules
