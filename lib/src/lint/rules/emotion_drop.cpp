#include "rule_support.hpp"

namespace journey::rules {

namespace {

// Out-of-range emotions are emotion-out-of-range's business, not a drop.
bool in_scale(const Field<int>& emotion) {
  return emotion.usable() && emotion.value >= 1 && emotion.value <= 5;
}

class EmotionDrop final : public Rule {
 public:
  RuleInfo info() const override {
    return {"emotion-drop",
            Severity::warning,
            "flow",
            "the emotion falls by 2 or more points from one touchpoint to the next, and the "
            "second records no opportunity",
            "Sharp drops are the moments customers leave; they are where a map should propose "
            "something.",
            "- {id: pricing, name: Pricing page, emotion: 4, next: [checkout]}\n"
            "- {id: checkout, name: Checkout, emotion: 1}\n",
            "Add 'opportunities:' to the touchpoint where the emotion drops."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const auto& tps = ctx.journey.touchpoints;
    std::vector<bool> reported(tps.size(), false);
    for (std::size_t i = 0; i < tps.size(); ++i) {
      const Touchpoint& from = tps[i];
      if (!in_scale(from.emotion)) continue;
      for (std::size_t j : ctx.flow.next[i]) {
        const Touchpoint& to = tps[j];
        if (reported[j] || !in_scale(to.emotion) || !to.opportunities.value.empty()) continue;
        int drop = from.emotion.value - to.emotion.value;
        if (drop < 2) continue;
        reported[j] = true;
        out.push_back(finding(
            info(), to.emotion.span, touchpoint_path(ctx.journey, to, "emotion"),
            "emotion drops from " + std::to_string(from.emotion.value) + " at " + label(from) +
                " to " + std::to_string(to.emotion.value) + " at " + label(to) +
                " and no opportunity is recorded; add 'opportunities:' to " + label(to)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_emotion_drop() {
  return std::make_unique<EmotionDrop>();
}

}  // namespace journey::rules
