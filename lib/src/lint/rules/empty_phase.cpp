// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "journey/phase_names.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class EmptyPhase final : public Rule {
 public:
  RuleInfo info() const override {
    return {"empty-phase",
            Severity::warning,
            "practice",
            "a phase of the model has no touchpoints (it is missing or its list is empty)",
            "A gap in the journey is a gap in the customer's experience that nobody designs or "
            "measures; if it is deliberate, say so with a suppression comment.",
            "model: see-think-do-care\nphases:\n  see: {touchpoints: [{id: ad, name: Ad}]}\n"
            "  think: {touchpoints: []}\n# do and care are missing\n",
            "Add the touchpoints the customer meets in that phase."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.model == nullptr) return;
    const Journey& j = ctx.journey;
    // A model phase may be written under several keys (an id and an alias); it is empty only
    // when none of them has touchpoints, and then it is reported once, at its first key.
    const std::size_t n = ctx.model->phases.size();
    std::vector<const Phase*> by_model(n, nullptr);
    std::vector<bool> covered(n, false);
    for (const Phase& phase : j.phases) {
      if (phase.model_phase < 0) continue;
      if (by_model[phase.model_phase] == nullptr) by_model[phase.model_phase] = &phase;
      if (!phase.touchpoints.empty()) covered[phase.model_phase] = true;
    }
    for (std::size_t i = 0; i < n; ++i) {
      const Phase* phase = by_model[i];
      if (phase == nullptr || covered[i]) continue;
      out.push_back(finding(info(), phase->key.span, "phases." + phase->key.value,
                            translate("phase '%1$s' has no touchpoints; add what the customer "
                                      "meets here",
                                      phase->key.value)));
    }
    const SourceSpan& where = j.phases_present.present ? j.phases_present.span : j.span;
    for (std::size_t i = 0; i < by_model.size(); ++i) {
      if (by_model[i] != nullptr) continue;
      const ModelPhase& mp = ctx.model->phases[i];
      out.push_back(finding(info(), first_line(where), "phases." + mp.id,
                            translate("model '%1$s' has a phase '%2$s' (%3$s) that this journey "
                                      "leaves out; add it with its touchpoints",
                                      ctx.model->id, phase_as_written(j, *ctx.model, i),
                                      mp.name(message_language()))));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_empty_phase() {
  return std::make_unique<EmptyPhase>();
}

}  // namespace journey::rules
