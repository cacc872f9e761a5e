// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class StaleReview final : public Rule {
 public:
  RuleInfo info() const override {
    return {"stale-review",
            Severity::warning,
            "practice",
            "'reviewed' is missing or more than 12 months old",
            "Customers, channels and products change; a map nobody has checked in a year "
            "describes a journey that no longer exists.",
            "journey: Signup\nmodel: aida\nreviewed: 2024-01-15\n",
            "Review the map with the people who own its touchpoints and set 'reviewed:' to "
            "today's date."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    if (!j.reviewed.present) {
      out.push_back(finding(info(), first_line(j.span), "reviewed",
                            translate("the journey does not say when it was last reviewed; "
                                      "add 'reviewed: %1$s' after checking it",
                                      ctx.today.to_string())));
      return;
    }
    Date date;
    if (!Date::parse(j.reviewed.value, date)) return;  // invalid-value already reported it
    long age = ctx.today.days_since_epoch() - date.days_since_epoch();
    if (age <= 365) return;
    long months = age / 30;
    out.push_back(
        finding(info(), j.reviewed.span, "reviewed",
                translate_n("last reviewed %1$s month ago (%2$s); review the map and "
                            "update 'reviewed'",
                            "last reviewed %1$s months ago (%2$s); review the map and "
                            "update 'reviewed'",
                            static_cast<unsigned long>(months), months, j.reviewed.value)));
  }
};

}  // namespace

std::unique_ptr<Rule> make_stale_review() {
  return std::make_unique<StaleReview>();
}

}  // namespace journey::rules
