// SPDX-License-Identifier: Apache-2.0
#include "funnel_support.hpp"
#include "journey/messages.hpp"
#include "journey/numbers.hpp"

namespace journey::rules {

namespace {

class FunnelRisingCount final : public Rule {
 public:
  RuleInfo info() const override {
    return {"funnel-rising-count",
            Severity::warning,
            "data",
            "a step of a closed funnel counts more users than the step before it",
            "In a closed funnel a user counts at a step only after passing the steps before, so "
            "counts can only fall: a rise is a data error (steps in the wrong order, an export "
            "of an open funnel, two exports mixed).",
            "funnels:\n  - id: checkout\n    name: Checkout\n    steps: [cart, checkout]\n"
            "    data: [exports/mixpanel.json]   # cart 1200, checkout 2400\n",
            "Check the order of the funnel's steps and the export's settings; set closed: false "
            "for an open funnel."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    for (const FunnelResult& r : funnels_of(ctx)) {
      const Funnel& f = j.funnels[r.funnel];
      if (!f.is_closed()) continue;
      std::vector<const FunnelSeries*> all = {&r.total};
      for (const FunnelSeries& s : r.segments) all.push_back(&s);
      for (const FunnelSeries& s : r.periods) all.push_back(&s);
      for (const FunnelSeries* s : all) check_series(j, f, r.funnel, *s, out);
    }
  }

 private:
  void check_series(const Journey& j, const Funnel& f, std::size_t index, const FunnelSeries& s,
                    Findings& out) const {
    const FunnelStep* before = nullptr;
    for (const FunnelStep& step : s.steps) {
      if (!step.reached) continue;
      if (before != nullptr && *step.reached > *before->reached) {
        const Language language = message_language();
        const std::string from = with_decimal_mark(format_number(*before->reached), language);
        const std::string to = with_decimal_mark(format_number(*step.reached), language);
        std::string message;
        if (!s.segment.empty()) {
          message = translate(
              "the closed funnel %1$s (segment %2$s) rises from %3$s at %4$s to "
              "%5$s at %6$s: a data error",
              f.id.value, s.segment, from, step_label(j, *before), to, step_label(j, step));
        } else if (!s.period.empty()) {
          message = translate(
              "the closed funnel %1$s (period %2$s) rises from %3$s at %4$s to "
              "%5$s at %6$s: a data error",
              f.id.value, s.period, from, step_label(j, *before), to, step_label(j, step));
        } else {
          message = translate(
              "the closed funnel %1$s rises from %2$s at %3$s to %4$s at %5$s: a "
              "data error",
              f.id.value, from, step_label(j, *before), to, step_label(j, step));
        }
        out.push_back(
            finding_in(info(), step.file, step.span, funnel_path(f, index), std::move(message)));
      }
      before = &step;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_funnel_rising_count() {
  return std::make_unique<FunnelRisingCount>();
}

}  // namespace journey::rules
