// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class PhaseOrder final : public Rule {
 public:
  RuleInfo info() const override {
    return {"phase-order",
            Severity::warning,
            "model",
            "phases are not written in the order of the model",
            "Readers and reviewers expect the journey in the customer's order; file order also "
            "decides the implicit flow between touchpoints that have no 'next'.",
            "model: see-think-do-care\nphases:\n  think: {touchpoints: []}\n"
            "  see: {touchpoints: []}   # see comes before think\n",
            "Move the phase so that the phases follow the model's order."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.model == nullptr) return;
    const Phase* latest = nullptr;
    for (const Phase& phase : ctx.journey.phases) {
      if (phase.model_phase < 0) continue;
      if (latest != nullptr && phase.model_phase < latest->model_phase) {
        out.push_back(finding(info(), phase.key.span, "phases." + phase.key.value,
                              translate("phase '%1$s' comes after '%2$s' in the file but "
                                        "before it in model '%3$s'; move it up so the phases "
                                        "follow the model",
                                        phase.key.value, latest->key.value, ctx.model->id)));
        continue;
      }
      if (latest == nullptr || phase.model_phase > latest->model_phase) latest = &phase;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_phase_order() {
  return std::make_unique<PhaseOrder>();
}

}  // namespace journey::rules
