// SPDX-License-Identifier: Apache-2.0
#include "funnel_support.hpp"
#include "journey/messages.hpp"
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
              // TRANSLATORS: %1$s is the funnel's id, %2$s the number of users lost, %3$s and %6$s
              // percentages (50.0), %4$s and %5$s touchpoint ids in quotes.
              translate_n("funnel %1$s loses %2$s user (%3$s%%) from %4$s to %5$s, above its leak "
                          "threshold of %6$s%%, and neither touchpoint has an opportunity",
                          "funnel %1$s loses %2$s users (%3$s%%) from %4$s to %5$s, above its "
                          "leak threshold of %6$s%%, and neither touchpoint has an opportunity",
                          users_plural(step.drop_off), f.id.value, users_text(step.drop_off),
                          decimal(step.drop_share * 100, 1), step_label(j, *before),
                          step_label(j, step), decimal(threshold * 100, 1))));
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
