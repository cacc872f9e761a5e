// SPDX-License-Identifier: Apache-2.0
#include "journey/messages.hpp"
#include "journey/suggest.hpp"
#include "rule_support.hpp"

namespace journey::rules {

namespace {

class UnknownOwner final : public Rule {
 public:
  RuleInfo info() const override {
    return {"unknown-owner",
            Severity::warning,
            "data",
            "an owner (of the journey, a touchpoint or a backstage action) is no owner id of the "
            "catalogs in use, when a catalog lists owners",
            "Ownership is how a map turns into work: an owner that no team recognises is no "
            "owner, and 'support' and 'customer service' would split one team's touchpoints.",
            "use: [owners.yaml]   # lists marketing, sales, support\n# ...\n      - {id: "
            "order, name: Order, owner: custmer-service}\n",
            "Use an owner id of the catalog (the suggestion), or add the owner to it."};
  }

  void check(const LintContext& ctx, Findings& out) const override {
    const Journey& j = ctx.journey;
    if (!j.owners_listed || !j.catalogs_complete) return;
    std::vector<std::string> ids;
    for (const Owner& o : j.owners) ids.push_back(o.id.value);
    IdSuggester owners(std::move(ids));
    check_owner(j.owner, "owner", owners, out);
    for (const Touchpoint& tp : j.touchpoints) {
      check_owner(tp.owner, touchpoint_path(j, tp, "owner"), owners, out);
      for (std::size_t i = 0; i < tp.backstage.value.size(); ++i) {
        check_owner(tp.backstage.value[i].owner,
                    touchpoint_path(j, tp, "backstage[" + std::to_string(i) + "].owner"), owners,
                    out);
      }
    }
  }

 private:
  void check_owner(const Text& owner, const std::string& path, IdSuggester& owners,
                   Findings& out) const {
    if (!owner.usable() || owner.value.empty() || owners.contains(owner.value)) return;
    std::string suggestion = owners.suggest(owner.value);
    out.push_back(finding(info(), owner.span, path,
                          translate("owner '%1$s' is not in the owner catalog", owner.value) +
                              did_you_mean(suggestion, tr("; add it there or use one of its ids")),
                          suggestion));
  }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_owner() {
  return std::make_unique<UnknownOwner>();
}

}  // namespace journey::rules
