// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class EmotionOutOfRange final : public Rule {
 public:
  RuleInfo info() const override {
    return {"emotion-out-of-range",
            Severity::error,
            "schema",
            "an emotion outside 1..5, for the touchpoint or for one persona",
            "Emotion is a 5-point scale (1 very negative, 3 neutral, 5 very positive, as in "
            "Mermaid's journey diagrams); other values break curves, colours and scores.",
            "- id: checkout\n  name: Checkout\n  emotion: 7\n",
            "Use 1, 2, 3, 4 or 5."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      check_value(tp.emotion, touchpoint_path(ctx.journey, tp, "emotion"), nullptr, out);
      for (const PersonaEmotion& e : tp.persona_emotions.value) {
        check_value(e.value, touchpoint_path(ctx.journey, tp, "emotion." + e.persona.value),
                    &e.persona.value, out);
      }
    }
  }

 private:
  // `persona` is the persona whose emotion this is, null for the touchpoint's own.
  void check_value(const Field<int>& emotion, std::string path, const std::string* persona,
                   Findings& out) const {
    if (!emotion.usable()) return;
    int e = emotion.value;
    if (e >= 1 && e <= 5) return;
    std::string message;
    if (persona == nullptr) {
      message = e > 5 ? translate(
                            "emotion %1$s is outside the scale 1..5; the nearest value is 5 "
                            "(very positive)",
                            e)
                      : translate(
                            "emotion %1$s is outside the scale 1..5; the nearest value is 1 "
                            "(very negative)",
                            e);
    } else {
      message = e > 5 ? translate(
                            "emotion of '%1$s' %2$s is outside the scale 1..5; the nearest "
                            "value is 5 (very positive)",
                            *persona, e)
                      : translate(
                            "emotion of '%1$s' %2$s is outside the scale 1..5; the nearest "
                            "value is 1 (very negative)",
                            *persona, e);
    }
    out.push_back(finding(info(), emotion.span, std::move(path), std::move(message)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_emotion_out_of_range() {
  return std::make_unique<EmotionOutOfRange>();
}

}  // namespace journey::rules
