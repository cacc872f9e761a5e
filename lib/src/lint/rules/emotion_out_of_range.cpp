// SPDX-License-Identifier: Apache-2.0
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
      check_value(tp.emotion, touchpoint_path(ctx.journey, tp, "emotion"), "emotion ", out);
      for (const PersonaEmotion& e : tp.persona_emotions.value) {
        check_value(e.value, touchpoint_path(ctx.journey, tp, "emotion." + e.persona.value),
                    "emotion of '" + e.persona.value + "' ", out);
      }
    }
  }

 private:
  void check_value(const Field<int>& emotion, std::string path, const std::string& what,
                   Findings& out) const {
    if (!emotion.usable()) return;
    int e = emotion.value;
    if (e >= 1 && e <= 5) return;
    std::string hint = e > 5 ? "5 (very positive)" : "1 (very negative)";
    out.push_back(finding(
        info(), emotion.span, std::move(path),
        what + std::to_string(e) + " is outside the scale 1..5; the nearest value is " + hint));
  }
};

}  // namespace

std::unique_ptr<Rule> make_emotion_out_of_range() {
  return std::make_unique<EmotionOutOfRange>();
}

}  // namespace journey::rules
