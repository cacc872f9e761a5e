// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

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

  // Each persona's curve counts when emotions are recorded per persona; one finding per
  // touchpoint, for the first curve that drops there.
  void check(const LintContext& ctx, Findings& out) const override {
    const auto& tps = ctx.journey.touchpoints;
    const std::vector<std::string> subjects = emotion_subjects(ctx.journey);
    std::vector<bool> reported(tps.size(), false);
    for (std::size_t i = 0; i < tps.size(); ++i) {
      for (std::size_t j : ctx.flow.next[i]) {
        const Touchpoint& to = tps[j];
        if (reported[j] || !to.opportunities.value.empty()) continue;
        for (const std::string& subject : subjects) {
          std::optional<int> a = emotion_of(tps[i], subject), b = emotion_of(to, subject);
          if (!a || !b || *a - *b < 2) continue;
          reported[j] = true;
          const SourceSpan& where =
              to.persona_emotions.present ? to.persona_emotions.span : to.emotion.span;
          std::string message =
              subject.empty()
                  ? translate(
                        "emotion drops from %1$s at %2$s to %3$s at %4$s and no "
                        "opportunity is recorded; add 'opportunities:' to %4$s",
                        *a, label(tps[i]), *b, label(to))
                  : translate(
                        "emotion for '%1$s' drops from %2$s at %3$s to %4$s at %5$s and no "
                        "opportunity is recorded; add 'opportunities:' to %5$s",
                        subject, *a, label(tps[i]), *b, label(to));
          out.push_back(finding(info(), first_line(where),
                                touchpoint_path(ctx.journey, to, "emotion"), std::move(message)));
          break;
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_emotion_drop() {
  return std::make_unique<EmotionDrop>();
}

}  // namespace journey::rules
