#include "rule_support.hpp"

namespace journey::rules {

namespace {

class EmotionOutOfRange final : public Rule {
 public:
  RuleInfo info() const override {
    return {"emotion-out-of-range",
            Severity::error,
            "schema",
            "an emotion outside 1..5",
            "Emotion is a 5-point scale (1 very negative, 3 neutral, 5 very positive, as in "
            "Mermaid's journey diagrams); other values break curves, colours and scores.",
            "- id: checkout\n  name: Checkout\n  emotion: 7\n",
            "Use 1, 2, 3, 4 or 5."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (!tp.emotion.usable()) continue;
      int e = tp.emotion.value;
      if (e >= 1 && e <= 5) continue;
      std::string hint = e > 5 ? "5 (very positive)" : "1 (very negative)";
      out.push_back(finding(info(), tp.emotion.span, touchpoint_path(ctx.journey, tp, "emotion"),
                            "emotion " + std::to_string(e) +
                                " is outside the scale 1..5; the nearest value is " + hint));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_emotion_out_of_range() {
  return std::make_unique<EmotionOutOfRange>();
}

}  // namespace journey::rules
