// SPDX-License-Identifier: Apache-2.0
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class UndocumentedHandoff final : public Rule {
 public:
  RuleInfo info() const override {
    return {"undocumented-handoff",
            Severity::warning,
            "flow",
            "the owner changes from one touchpoint to the next and the first says nothing about "
            "the handoff",
            "Handoffs between departments are where customers get lost: the context they gave "
            "sales is asked again by support. Writing the handoff down makes someone own it.",
            "- {id: contract, name: Contract, owner: sales, next: [kickoff]}\n"
            "- {id: kickoff, name: Kick-off call, owner: delivery}\n",
            "Add 'handoff:' to the first touchpoint: how the customer and their context pass to "
            "the next owner."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const auto& tps = ctx.journey.touchpoints;
    for (std::size_t i = 0; i < tps.size(); ++i) {
      const Touchpoint& tp = tps[i];
      if (!tp.owner.present || tp.owner.value.empty() || !tp.handoff.value.empty()) continue;
      std::string targets;
      std::size_t count = 0;
      for (std::size_t j : ctx.flow.next[i]) {
        const Touchpoint& to = tps[j];
        if (!to.owner.present || to.owner.value.empty() || to.owner.value == tp.owner.value) {
          continue;
        }
        if (count++ < 3) {
          targets += (targets.empty() ? "" : ", ") + label(to) + " (" + to.owner.value + ")";
        }
      }
      if (count == 0) continue;
      if (count > 3) targets += " and " + std::to_string(count - 3) + " more";
      out.push_back(finding(info(), tp.owner.span, touchpoint_path(ctx.journey, tp, "handoff"),
                            "touchpoint " + label(tp) + " (" + tp.owner.value + ") leads to " +
                                targets +
                                " without a handoff; add 'handoff:' saying how the next owner "
                                "takes over"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_undocumented_handoff() {
  return std::make_unique<UndocumentedHandoff>();
}

}  // namespace journey::rules
