// SPDX-License-Identifier: Apache-2.0
#include "funnel_support.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"

namespace journey::rules {

namespace {

class FunnelUnclaimedStep final : public Rule {
 public:
  RuleInfo info() const override {
    return {"funnel-unclaimed-step",
            Severity::warning,
            "data",
            "a step or event of a funnel export that no touchpoint claims",
            "An export step that matches no touchpoint is left out of the funnel: its users "
            "vanish from the map. A touchpoint claims a name by its events: list, its id or its "
            "name (any case).",
            "- id: checkout\n  name: Checkout\n  events: [begin_checkout]"
            "   # the export also has add_payment_info\n",
            "Add the event to the events: of the touchpoint it measures, or drop the step from "
            "the export."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    for (const FunnelResult& r : funnels_of(ctx)) {
      const Funnel& f = j.funnels[r.funnel];
      for (const UnclaimedStep& u : r.unclaimed) {
        out.push_back(finding_in(info(), u.file, u.span, funnel_path(f, r.funnel),
                                 translate("no touchpoint claims the export's step '%1$s' "
                                           "(funnel %2$s): add it to a touchpoint's events:",
                                           excerpt(u.name), f.id.value)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_funnel_unclaimed_step() {
  return std::make_unique<FunnelUnclaimedStep>();
}

}  // namespace journey::rules
