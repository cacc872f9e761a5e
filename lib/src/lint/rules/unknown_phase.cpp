// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

std::vector<std::string> phase_keys(const Model& model) {
  std::vector<std::string> keys;
  for (const auto& p : model.phases) {
    keys.push_back(p.id);
    keys.insert(keys.end(), p.aliases.begin(), p.aliases.end());
  }
  return keys;
}

std::string phase_list(const Model& model) {
  std::string list;
  for (const auto& p : model.phases) list += (list.empty() ? "" : ", ") + p.id;
  return list;
}

class UnknownPhase final : public Rule {
 public:
  RuleInfo info() const override {
    return {
        "unknown-phase",
        Severity::error,
        "model",
        "a phase (or a KPI's phase) that the journey's model does not have",
        "Phases are the backbone of the map: a misspelt or foreign phase falls out of the "
        "model's order, its coverage and every diagram.",
        "model: see-think-do-care\nphases:\n  awareness:     # not a phase of see-think-do-care\n"
        "    touchpoints: []\n",
        "Use one of the model's phase ids or aliases ('journey models show MODEL' lists them)."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    if (ctx.model == nullptr) return;
    const auto keys = phase_keys(*ctx.model);
    for (const Phase& phase : ctx.journey.phases) {
      if (phase.model_phase >= 0) continue;
      report(ctx, phase.key, "phases." + phase.key.value, keys, out);
    }
    for (std::size_t i = 0; i < ctx.journey.kpis.size(); ++i) {
      const Kpi& kpi = ctx.journey.kpis[i];
      if (kpi.phase.present && kpi.model_phase < 0) {
        report(ctx, kpi.phase, kpi_path(kpi, i, "phase"), keys, out);
      }
    }
  }

 private:
  void report(const LintContext& ctx, const Text& key, std::string path,
              const std::vector<std::string>& keys, Findings& out) const {
    std::string suggestion = closest_match(key.value, keys);
    std::string message =
        translate("'%1$s' is not a phase of model '%2$s'", key.value, ctx.model->id);
    message +=
        did_you_mean(suggestion, translate("; its phases are: %1$s", phase_list(*ctx.model)));
    out.push_back(
        finding(info(), key.span, std::move(path), std::move(message), std::move(suggestion)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_phase() {
  return std::make_unique<UnknownPhase>();
}

}  // namespace journey::rules
