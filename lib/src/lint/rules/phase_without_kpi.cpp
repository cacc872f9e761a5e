// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class PhaseWithoutKpi final : public Rule {
 public:
  RuleInfo info() const override {
    return {"phase-without-kpi",
            Severity::info,
            "practice",
            "a phase with touchpoints but no KPI measuring it",
            "What is not measured is not managed: each phase needs at least one number that says "
            "whether it works (reach, conversion, activation, retention, NPS).",
            "phases:\n  do:\n    touchpoints: [{id: checkout, name: Checkout}]\n"
            "kpis: []   # nothing measures 'do'\n",
            "Add a KPI with 'phase:' set to this phase."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.model == nullptr) return;
    std::vector<bool> measured(ctx.model->phases.size(), false);
    for (const Kpi& kpi : ctx.journey.kpis) {
      if (kpi.model_phase >= 0) measured[kpi.model_phase] = true;
    }
    for (const Phase& phase : ctx.journey.phases) {
      if (phase.model_phase < 0 || phase.touchpoints.empty() || measured[phase.model_phase]) {
        continue;
      }
      measured[phase.model_phase] = true;  // once per model phase
      out.push_back(finding(info(), phase.key.span, "phases." + phase.key.value,
                            translate("no KPI measures phase '%1$s'; add one under 'kpis' "
                                      "with 'phase: %2$s'",
                                      phase.key.value, phase.key.value)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_phase_without_kpi() {
  return std::make_unique<PhaseWithoutKpi>();
}

}  // namespace journey::rules
