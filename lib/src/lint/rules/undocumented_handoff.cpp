// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
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
      // TRANSLATORS: %1$s lists three touchpoints with their owners, %2$s is how many more.
      if (count > 3) targets = translate("%1$s and %2$s more", targets, count - 3);
      out.push_back(finding(info(), tp.owner.span, touchpoint_path(ctx.journey, tp, "handoff"),
                            translate("touchpoint %1$s (%2$s) leads to %3$s without a handoff; "
                                      "add 'handoff:' saying how the next owner takes over",
                                      label(tp), tp.owner.value, targets)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_undocumented_handoff() {
  return std::make_unique<UndocumentedHandoff>();
}

}  // namespace journey::rules
