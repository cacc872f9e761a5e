// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class PersonaWithoutEmotion final : public Rule {
 public:
  RuleInfo info() const override {
    return {"persona-without-emotion",
            Severity::info,
            "practice",
            "emotions are recorded per persona, but a persona appears in no emotion map",
            "Once a journey records how each persona feels, every view draws one curve per "
            "persona named in an emotion map; a persona that none names has no curve at all.",
            "personas: [{id: lotte, name: Lotte}, {id: sam, name: Sam}]\n# ... emotion: "
            "{lotte: 4} everywhere, sam nowhere\n",
            "Add the persona's value to the emotion maps, or drop it from this journey."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    std::vector<std::string> named = emotion_subjects(j);
    if (named.size() == 1 && named.front().empty()) return;  // no maps: one curve for everyone
    for (std::size_t i = 0; i < j.personas.size(); ++i) {
      const Persona& p = j.personas[i];
      if (!p.id.present || std::find(named.begin(), named.end(), p.id.value) != named.end()) {
        continue;
      }
      // A catalog's persona: this journey's business, so at the `use:` entry it came through.
      bool own = p.file.empty();
      std::string message =
          own ? translate(
                    "persona '%1$s' appears in no emotion map, so it has no curve; add it "
                    "to the 'emotion:' maps",
                    p.id.value)
              : translate(
                    "persona '%1$s' (from catalog %2$s) appears in no emotion map, so it "
                    "has no curve; add it to the 'emotion:' maps",
                    p.id.value, p.file);
      out.push_back(finding(info(), own ? p.id.span : p.via, own ? persona_path(p, i, "id") : "use",
                            std::move(message)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_persona_without_emotion() {
  return std::make_unique<PersonaWithoutEmotion>();
}

}  // namespace journey::rules
