// SPDX-License-Identifier: Apache-2.0
#include "ids.hpp"

#include <set>

#include "journey/messages.hpp"
#include "journey/rule.hpp"

namespace journey::lsp {

namespace {

const Journey* journey_of(const Snapshot* s) {
  return s != nullptr && s->analysis.journey ? &*s->analysis.journey : nullptr;
}

// Ids a journey already writes (channels or owners without a catalog that lists them).
void add_used(std::vector<Choice>& out, std::set<std::string>& seen, const Text& text) {
  if (text.usable() && !text.value.empty() && seen.insert(text.value).second) {
    out.push_back({text.value, tr("used in this journey")});
  }
}

}  // namespace

std::vector<Choice> persona_choices(const Snapshot* s) {
  std::vector<Choice> out;
  if (const Journey* j = journey_of(s)) {
    for (const Persona& p : j->personas) out.push_back({p.id.value, p.name.value});
  }
  return out;
}

std::vector<Choice> touchpoint_choices(const Snapshot* s) {
  std::vector<Choice> out;
  if (const Journey* j = journey_of(s)) {
    for (const Touchpoint& t : j->touchpoints) out.push_back({t.id.value, t.name.value});
  }
  return out;
}

std::vector<Choice> channel_choices(const Snapshot* s) {
  std::vector<Choice> out;
  std::set<std::string> seen;
  const Journey* j = journey_of(s);
  if (j == nullptr) return out;
  for (const Channel& c : j->channels) {
    if (seen.insert(c.id.value).second) out.push_back({c.id.value, c.name.value});
  }
  if (j->channels_listed) return out;
  for (const Touchpoint& t : j->touchpoints) add_used(out, seen, t.channel);
  if (s->analysis.model != nullptr) {
    for (const ModelPhase& phase : s->analysis.model->phases) {
      for (const std::string& c : phase.channels) {
        if (seen.insert(c).second) {
          out.push_back({c, translate("typical of %1$s", phase.name(message_language()))});
        }
      }
    }
  }
  return out;
}

std::vector<Choice> owner_choices(const Snapshot* s) {
  std::vector<Choice> out;
  std::set<std::string> seen;
  const Journey* j = journey_of(s);
  if (j == nullptr) return out;
  for (const Owner& o : j->owners) {
    if (seen.insert(o.id.value).second) out.push_back({o.id.value, o.name.value});
  }
  if (j->owners_listed) return out;
  add_used(out, seen, j->owner);
  for (const Touchpoint& t : j->touchpoints) add_used(out, seen, t.owner);
  return out;
}

std::vector<Choice> phase_choices(const Snapshot* s) {
  std::vector<Choice> out;
  if (s == nullptr || s->analysis.model == nullptr) return out;
  for (const ModelPhase& p : s->analysis.model->phases) {
    out.push_back({p.id, p.name(message_language())});
  }
  return out;
}

std::vector<Choice> model_choices(const Snapshot* s) {
  const ModelCatalog& catalog =
      s != nullptr && s->config ? *s->config->catalog : ModelCatalog::builtin();
  std::vector<Choice> out;
  for (const Model* m : catalog.models()) {
    out.push_back({m->id, m->display_name(message_language())});
  }
  return out;
}

std::vector<Choice> rule_choices() {
  std::vector<Choice> out;
  for (const auto& rule : builtin_rules()) {
    RuleInfo info = rule->info();
    if (is_syntax_rule(info.id)) continue;  // cannot be suppressed
    out.push_back({info.id, info.summary});
  }
  return out;
}

}  // namespace journey::lsp
