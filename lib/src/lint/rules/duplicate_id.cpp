// SPDX-License-Identifier: Apache-2.0
#include <unordered_map>

#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class DuplicateId final : public Rule {
 public:
  RuleInfo info() const override {
    return {"duplicate-id",
            Severity::error,
            "schema",
            "two touchpoints, personas or KPIs share an id, or two phase keys name the same "
            "model phase (an id and its alias)",
            "Ids are how 'next', 'personas', diffs and diagrams refer to things; a shared id makes "
            "every reference ambiguous.",
            "phases:\n  do:\n    touchpoints:\n      - {id: checkout, name: Checkout}\n"
            "      - {id: checkout, name: Checkout (mobile)}\n",
            "Give each element its own id."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    {
      std::unordered_map<std::string, const Touchpoint*> seen;
      for (const Touchpoint& tp : j.touchpoints) {
        if (!tp.id.present) continue;
        auto [it, inserted] = seen.emplace(tp.id.value, &tp);
        if (!inserted) {
          report(tp.id, touchpoint_path(j, tp, "id"),
                 translate("touchpoint id '%1$s' is already used at line %2$s; give this one its "
                           "own id",
                           tp.id.value, it->second->id.span.line),
                 out);
        }
      }
    }
    {
      std::unordered_map<std::string, const Persona*> seen;
      for (std::size_t i = 0; i < j.personas.size(); ++i) {
        const Persona& p = j.personas[i];
        if (!p.id.present || !p.file.empty()) continue;  // a catalog's: merged, never repeated
        auto [it, inserted] = seen.emplace(p.id.value, &p);
        if (!inserted) {
          report(p.id, persona_path(p, i, "id"),
                 translate("persona id '%1$s' is already used at line %2$s; give this one its own "
                           "id",
                           p.id.value, it->second->id.span.line),
                 out);
        }
      }
    }
    {
      std::unordered_map<std::string, const Kpi*> seen;
      for (std::size_t i = 0; i < j.kpis.size(); ++i) {
        const Kpi& k = j.kpis[i];
        if (!k.id.present) continue;
        auto [it, inserted] = seen.emplace(k.id.value, &k);
        if (!inserted) {
          report(k.id, kpi_path(k, i, "id"),
                 translate("KPI id '%1$s' is already used at line %2$s; give this one its own id",
                           k.id.value, it->second->id.span.line),
                 out);
        }
      }
    }
    if (ctx.model != nullptr) {
      std::unordered_map<int, const Phase*> seen;
      for (const Phase& phase : j.phases) {
        if (phase.model_phase < 0) continue;
        auto [it, inserted] = seen.emplace(phase.model_phase, &phase);
        if (!inserted) {
          out.push_back(finding(
              info(), phase.key.span, "phases." + phase.key.value,
              translate("'%1$s' is the same phase as '%2$s' (line %3$s); merge "
                        "their touchpoints into one",
                        phase.key.value, it->second->key.value, it->second->key.span.line)));
        }
      }
    }
  }

 private:
  // `message` says where the id was first used: one sentence per kind of element.
  void report(const Text& id, std::string path, std::string message, Findings& out) const {
    out.push_back(finding(info(), id.span, std::move(path), std::move(message)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_id() {
  return std::make_unique<DuplicateId>();
}

}  // namespace journey::rules
