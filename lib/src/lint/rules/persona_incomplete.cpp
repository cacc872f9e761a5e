// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class PersonaIncomplete final : public Rule {
 public:
  RuleInfo info() const override {
    return {"persona-incomplete",
            Severity::warning,
            "practice",
            "a persona without goals, or without frustrations or needs",
            "A persona is useful for the goals it pursues and the frustrations it brings; a "
            "name and an age alone do not explain any emotion on the map.",
            "personas:\n  - id: sam\n    name: Sam\n    goals: [win more clients]\n",
            "Add 'goals:' and 'frustrations:' (or 'needs:')."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (std::size_t i = 0; i < ctx.journey.personas.size(); ++i) {
      const Persona& p = ctx.journey.personas[i];
      bool goals = !p.goals.value.empty();
      bool frustrations = !p.frustrations.value.empty() || !p.needs.value.empty();
      if (goals && frustrations) continue;
      const char* message = noop_tr(
          "persona '%1$s' has no frustrations or needs; add 'frustrations:' so the map can "
          "explain what this persona feels");
      if (!goals && !frustrations) {
        message = noop_tr(
            "persona '%1$s' has no goals and frustrations; add 'goals:' so the map can explain "
            "what this persona feels");
      } else if (!goals) {
        message = noop_tr(
            "persona '%1$s' has no goals; add 'goals:' so the map can explain what this persona "
            "feels");
      }
      std::string key = !goals ? "goals" : "frustrations";
      const SourceSpan& where = p.id.present ? p.id.span : first_line(p.span);
      std::string name = p.id.present ? p.id.value : p.name.value;
      Finding f = finding(info(), where, persona_path(p, i, key), translate(message, name));
      f.file = p.file;  // a catalog's persona: to be completed in the catalog
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_persona_incomplete() {
  return std::make_unique<PersonaIncomplete>();
}

}  // namespace journey::rules
