// SPDX-License-Identifier: Apache-2.0
#include <unordered_set>

#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class UnknownReference final : public Rule {
 public:
  RuleInfo info() const override {
    return {"unknown-reference",
            Severity::error,
            "schema",
            "a 'next' entry or a funnel's step names no touchpoint, or a touchpoint's 'personas' "
            "entry or emotion map names no persona",
            "A dangling reference breaks the flow and the persona views; it is usually a typo "
            "or a renamed id.",
            "personas:\n  - {id: sam, name: Sam}\nphases:\n  see:\n    touchpoints:\n"
            "      - {id: ad, name: Ad, personas: [samm], next: [landing-pag]}\n",
            "Use an existing id (the suggestion), or add the missing touchpoint or persona."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    std::vector<std::string> touchpoint_ids, persona_ids;
    for (const auto& tp : j.touchpoints) {
      if (tp.id.present) touchpoint_ids.push_back(tp.id.value);
    }
    for (const auto& p : j.personas) {
      if (p.id.present) persona_ids.push_back(p.id.value);
    }
    std::unordered_set<std::string> personas(persona_ids.begin(), persona_ids.end());
    // One suggester per kind of id: each distinct unknown word is looked up once, and all share
    // one budget, so that 10,000 dangling references cannot make lint take minutes.
    IdSuggester touchpoint_suggester(std::move(touchpoint_ids));
    IdSuggester persona_suggester(std::move(persona_ids));
    for (std::size_t f = 0; f < j.funnels.size(); ++f) {
      const TextList& steps = j.funnels[f].steps;
      for (std::size_t k = 0; k < steps.value.size(); ++k) {
        if (ctx.flow.by_id.count(steps.value[k].value)) continue;
        report(steps.value[k], funnel_path(j.funnels[f], f, "steps[" + std::to_string(k) + "]"),
               noop_tr("no touchpoint has the id '%1$s'"), touchpoint_suggester, out);
      }
    }
    for (const Touchpoint& tp : j.touchpoints) {
      for (std::size_t k = 0; k < tp.next.value.size(); ++k) {
        const Text& ref = tp.next.value[k];
        if (ctx.flow.by_id.count(ref.value)) continue;
        report(ref, touchpoint_path(j, tp, "next[" + std::to_string(k) + "]"),
               noop_tr("no touchpoint has the id '%1$s'"), touchpoint_suggester, out);
      }
      // A catalog that could not be read may define the persona: not checked then.
      if (!j.catalogs_complete) continue;
      for (std::size_t k = 0; k < tp.personas.value.size(); ++k) {
        const Text& ref = tp.personas.value[k];
        if (personas.count(ref.value)) continue;
        report(ref, touchpoint_path(j, tp, "personas[" + std::to_string(k) + "]"),
               noop_tr("no persona has the id '%1$s'"), persona_suggester, out);
      }
      for (const PersonaEmotion& e : tp.persona_emotions.value) {
        if (personas.count(e.persona.value) || !e.persona.valid) continue;
        report(e.persona, touchpoint_path(j, tp, "emotion." + e.persona.value),
               noop_tr("no persona has the id '%1$s'"), persona_suggester, out);
      }
    }
  }

 private:
  // `message_pattern`: marked with noop_tr, such as "no touchpoint has the id '%1$s'".
  void report(const Text& ref, std::string path, const char* message_pattern, IdSuggester& ids,
              Findings& out) const {
    std::string suggestion = ids.suggest(ref.value);
    std::string message = translate(message_pattern, ref.value);
    message += did_you_mean(suggestion, tr("; add it or fix the reference"));
    out.push_back(
        finding(info(), ref.span, std::move(path), std::move(message), std::move(suggestion)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_reference() {
  return std::make_unique<UnknownReference>();
}

}  // namespace journey::rules
