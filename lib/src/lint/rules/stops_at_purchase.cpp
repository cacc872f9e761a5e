// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "journey/phase_names.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class StopsAtPurchase final : public Rule {
 public:
  RuleInfo info() const override {
    return {"stops-at-purchase",
            Severity::warning,
            "practice",
            "the journey covers no post-purchase phase although its model has one",
            "Most of a customer's life with a product happens after the purchase: onboarding, "
            "use, support, renewal. A map that ends at the checkout misses retention.",
            "model: see-think-do-care\nphases:\n  see: ...\n  think: ...\n  do: ...\n"
            "# no touchpoints in care\n",
            "Add touchpoints to the post-purchase phases (care, usage, loyalty, ...)."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.model == nullptr || !ctx.model->has_post_purchase()) return;
    std::string names;
    for (std::size_t i = 0; i < ctx.model->phases.size(); ++i) {
      if (ctx.model->phases[i].stage != Stage::post_purchase) continue;
      names += (names.empty() ? "'" : ", '") + phase_as_written(ctx.journey, *ctx.model, i) + "'";
    }
    for (const Phase& phase : ctx.journey.phases) {
      if (phase.model_phase >= 0 && !phase.touchpoints.empty() &&
          ctx.model->phases[phase.model_phase].stage == Stage::post_purchase) {
        return;
      }
    }
    const Journey& j = ctx.journey;
    const SourceSpan& where = j.phases_present.present ? j.phases_present.span : j.span;
    out.push_back(finding(info(), first_line(where), "phases",
                          // TRANSLATORS: %1$s lists the model's phases after the purchase.
                          translate("the journey stops at the purchase: no touchpoints in "
                                    "%1$s; map what happens after the customer buys",
                                    names)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_stops_at_purchase() {
  return std::make_unique<StopsAtPurchase>();
}

}  // namespace journey::rules
