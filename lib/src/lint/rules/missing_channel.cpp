// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class MissingChannel final : public Rule {
 public:
  RuleInfo info() const override {
    return {"missing-channel",
            Severity::warning,
            "practice",
            "a touchpoint without a channel",
            "The channel (web, app, email, store, phone, ...) tells who builds and measures the "
            "touchpoint; channel mix is part of the coverage score.",
            "- id: checkout\n  name: Checkout\n  emotion: 2\n",
            "Add 'channel:'."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    for (const Touchpoint& tp : ctx.journey.touchpoints) {
      if (tp.channel.present && !tp.channel.value.empty()) continue;
      out.push_back(finding(info(), anchor(tp), touchpoint_path(ctx.journey, tp, "channel"),
                            translate("touchpoint %1$s has no channel; add 'channel:' (web, app, "
                                      "email, store, ...)",
                                      label(tp))));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_missing_channel() {
  return std::make_unique<MissingChannel>();
}

}  // namespace journey::rules
