// SPDX-License-Identifier: Apache-2.0
#include "funnel_support.hpp"
#include "journey/messages.hpp"

namespace journey::rules {

namespace {

class FunnelStepWithoutData final : public Rule {
 public:
  RuleInfo info() const override {
    return {"funnel-step-without-data",
            Severity::warning,
            "data",
            "a step of a funnel that none of its exports counts",
            "A step without a count breaks the funnel in two: the conversion across it, and the "
            "leak there, cannot be known.",
            "funnels:\n  - id: checkout\n    name: Checkout\n    steps: [cart, checkout, "
            "confirmation]\n    data: [exports/posthog.json]   # no purchase step\n",
            "Add the step to the export (or its event to the touchpoint's events:), or drop it "
            "from the funnel's steps."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    for (const FunnelResult& r : funnels_of(ctx)) {
      const Funnel& f = j.funnels[r.funnel];
      for (std::size_t i = 0; i < r.total.steps.size(); ++i) {
        const FunnelStep& step = r.total.steps[i];
        if (step.reached) continue;
        const Touchpoint& tp = j.touchpoints[step.touchpoint];
        SourceSpan at = tp.events.present ? tp.events.span : anchor(tp);
        std::string path = touchpoint_path(j, tp, "events");
        for (std::size_t k = 0; k < f.steps.value.size(); ++k) {
          if (f.steps.value[k].value == tp.id.value) {
            at = f.steps.value[k].span;
            path = funnel_path(f, r.funnel, "steps[" + std::to_string(k) + "]");
            break;
          }
        }
        out.push_back(finding(info(), at, path,
                              translate("no export of funnel %1$s counts %2$s: match one of its "
                                        "steps with the touchpoint's events:",
                                        f.id.value, label(tp))));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_funnel_step_without_data() {
  return std::make_unique<FunnelStepWithoutData>();
}

}  // namespace journey::rules
