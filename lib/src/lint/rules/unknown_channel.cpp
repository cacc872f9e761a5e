// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class UnknownChannel final : public Rule {
 public:
  RuleInfo info() const override {
    return {"unknown-channel",
            Severity::warning,
            "data",
            "a touchpoint's channel is no channel id of the catalogs in use, when a catalog "
            "lists channels",
            "A shared channel list keeps maps comparable: 'web shop', 'webshop' and 'site' "
            "would count as three channels in the coverage score and in every overview.",
            "use: [channels.yaml]   # lists web, app, store\n# ...\n      - {id: order, name: "
            "Order, channel: webshop}\n",
            "Use a channel id of the catalog (the suggestion), or add the channel to it."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    if (!j.channels_listed || !j.catalogs_complete) return;
    std::vector<std::string> ids;
    for (const Channel& c : j.channels) ids.push_back(c.id.value);
    IdSuggester channels(std::move(ids));
    for (const Touchpoint& tp : j.touchpoints) {
      if (!tp.channel.usable() || tp.channel.value.empty()) continue;
      if (channels.contains(tp.channel.value)) continue;
      std::string suggestion = channels.suggest(tp.channel.value);
      out.push_back(
          finding(info(), tp.channel.span, touchpoint_path(j, tp, "channel"),
                  translate("channel '%1$s' is not in the channel catalog", tp.channel.value) +
                      did_you_mean(suggestion, tr("; add it there or use one of its ids")),
                  suggestion));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_channel() {
  return std::make_unique<UnknownChannel>();
}

}  // namespace journey::rules
