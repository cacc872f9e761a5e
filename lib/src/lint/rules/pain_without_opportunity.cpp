// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class PainWithoutOpportunity final : public Rule {
 public:
  RuleInfo info() const override {
    return {"pain-without-opportunity",
            Severity::warning,
            "practice",
            "a touchpoint lists pains but no opportunity to address them",
            "A journey map is a tool for change: every pain should lead to at least one idea, "
            "owner or experiment.",
            "- id: checkout\n  name: Checkout\n  pains: [card declined without reason]\n",
            "Add 'opportunities:' with what could remove the pain."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (tp.pains.value.empty() || !tp.opportunities.value.empty()) continue;
      if (has_blocker(tp)) continue;  // blocker-without-opportunity says it louder
      std::size_t n = tp.pains.value.size();
      out.push_back(finding(info(), first_line(tp.pains.span),
                            touchpoint_path(ctx.journey, tp, "pains"),
                            translate_n("touchpoint %1$s lists %2$s pain but no opportunity; add "
                                        "'opportunities:' to address them",
                                        "touchpoint %1$s lists %2$s pains but no opportunity; add "
                                        "'opportunities:' to address them",
                                        n, label(tp), n)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_pain_without_opportunity() {
  return std::make_unique<PainWithoutOpportunity>();
}

}  // namespace journey::rules
