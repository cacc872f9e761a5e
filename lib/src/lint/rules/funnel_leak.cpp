// SPDX-License-Identifier: Apache-2.0
#include "funnel_support.hpp"
#include "journey/numbers.hpp"

namespace journey::rules {

namespace {

// A funnel's default leak threshold: a step that loses more than half of its users.
constexpr double k_default_threshold = 0.5;

class FunnelLeak final : public Rule {
 public:
  RuleInfo info() const override {
    return {"funnel-leak",
            Severity::warning,
            "data",
            "a funnel step loses more users than the funnel's leak-threshold, and neither it nor "
            "the step before has an opportunity",
            "Where a funnel leaks most is where the journey needs work; a leak that the map "
            "offers no idea for is a leak nobody is working on.",
            "funnels:\n  - id: checkout\n    name: Checkout\n    leak-threshold: 0.4\n"
            "    data: [exports/ga4.json]   # cart 2400 -> checkout 1200: 50% lost\n",
            "Add an opportunity to the touchpoint users leave (or the step they fail to reach), "
            "or raise the funnel's leak-threshold if the drop is expected."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    for (const FunnelResult& r : funnels_of(ctx)) {
      const Funnel& f = j.funnels[r.funnel];
      double threshold = f.leak_threshold.usable() ? f.leak_threshold.value : k_default_threshold;
      const std::vector<FunnelStep>& steps = r.total.steps;
      const FunnelStep* before = nullptr;
      for (const FunnelStep& step : steps) {
        if (!step.reached) continue;
        if (before != nullptr && step.drop_share > threshold && !has_opportunity(j, *before) &&
            !has_opportunity(j, step)) {
          out.push_back(finding_in(
              info(), step.file, step.span, funnel_path(f, r.funnel),
              "funnel " + f.id.value + " loses " + count_of(step.drop_off, "user", "users") + " (" +
                  format_fixed(step.drop_share * 100) + "%) from " + step_label(j, *before) +
                  " to " + step_label(j, step) + ", above its leak threshold of " +
                  format_fixed(threshold * 100) + "%, and neither touchpoint has an opportunity"));
        }
        before = &step;
      }
    }
  }

 private:
  static bool has_opportunity(const Journey& j, const FunnelStep& step) {
    return !j.touchpoints[step.touchpoint].opportunities.value.empty();
  }
};

}  // namespace

std::unique_ptr<Rule> make_funnel_leak() {
  return std::make_unique<FunnelLeak>();
}

}  // namespace journey::rules
