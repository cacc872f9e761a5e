// SPDX-License-Identifier: Apache-2.0
#include <iterator>

#include "journey/diff.hpp"
#include "journey/messages.hpp"

namespace journey {

const char* to_string(ChangeClass c) {
  switch (c) {
    case ChangeClass::regression:
      return "regression";
    case ChangeClass::change:
      return "change";
    case ChangeClass::info:
      return "info";
  }
  return "change";
}

bool parse_change_class(const std::string& text, ChangeClass& out) {
  if (text == "regression") {
    out = ChangeClass::regression;
  } else if (text == "change") {
    out = ChangeClass::change;
  } else if (text == "info") {
    out = ChangeClass::info;
  } else {
    return false;
  }
  return true;
}

namespace {

using C = ChangeClass;

// Every kind, in documentation order. A table of constants, so no initialisation order to mind.
const ChangeKind k_kinds[] = {
    {"journey-added", C::change, "the journey file is new"},
    {"journey-removed", C::change, "the journey file was deleted"},
    {"journey-changed", C::change, "the title, description, owner or state changed"},
    {"reviewed-changed", C::info, "the date of the last review changed"},
    {"model-changed", C::change, "the journey now follows another model"},
    {"persona-added", C::change, "a persona was added"},
    {"persona-removed", C::change, "a persona was removed"},
    {"persona-changed", C::change,
     "a persona's name, description, goals, frustrations, needs "
     "or channels changed"},
    {"phase-added", C::change, "a phase was added"},
    {"phase-removed", C::change, "a phase was removed"},
    {"phase-emptied", C::regression, "a phase lost all its touchpoints"},
    {"phase-goal-changed", C::info, "a phase's goal changed"},
    {"phase-role-changed", C::info, "the customer's role in a phase changed"},
    {"touchpoint-added", C::change, "a touchpoint was added"},
    {"touchpoint-removed", C::change, "a touchpoint was removed"},
    {"touchpoint-moved", C::change, "a touchpoint moved to another phase"},
    {"touchpoint-reordered", C::info, "a touchpoint moved within its phase"},
    {"touchpoint-renamed", C::info, "a touchpoint's name changed"},
    {"channel-changed", C::change, "a touchpoint's channel changed"},
    {"owner-changed", C::change, "a touchpoint's owner changed"},
    {"personas-changed", C::change, "the personas of a touchpoint changed"},
    {"senses-changed", C::info, "the senses of a touchpoint changed"},
    {"events-changed", C::info, "the analytics events that measure a touchpoint changed"},
    {"url-changed", C::info, "a touchpoint's URL changed"},
    {"evidence-changed", C::info, "how we know about a touchpoint changed"},
    {"handoff-changed", C::info, "a touchpoint's handoff note changed"},
    {"emotion-decreased", C::regression, "a touchpoint's emotion went down"},
    {"emotion-increased", C::change, "a touchpoint's emotion went up"},
    {"emotion-added", C::change, "a touchpoint got an emotion"},
    {"emotion-removed", C::change, "a touchpoint lost its emotion"},
    {"persona-emotion-decreased", C::regression, "a persona's emotion at a touchpoint went down"},
    {"persona-emotion-increased", C::change, "a persona's emotion at a touchpoint went up"},
    {"persona-emotion-added", C::change, "a persona got an emotion at a touchpoint"},
    {"persona-emotion-removed", C::change, "a persona lost its emotion at a touchpoint"},
    {"pain-added", C::regression, "a pain was added to a touchpoint"},
    {"pain-removed", C::change, "a pain was removed from a touchpoint"},
    {"pain-severity-raised", C::regression,
     "a pain became more severe (minor, workaround, blocker)"},
    {"pain-severity-lowered", C::change, "a pain became less severe"},
    {"opportunity-added", C::change, "an opportunity was added to a touchpoint"},
    {"opportunity-removed", C::regression, "an opportunity was dropped from a touchpoint"},
    {"action-added", C::change, "a customer action was added to a touchpoint"},
    {"action-removed", C::change, "a customer action was removed from a touchpoint"},
    {"thought-added", C::info, "a customer thought or quote was added to a touchpoint"},
    {"thought-removed", C::info, "a customer thought or quote was removed from a touchpoint"},
    {"artifact-added", C::info, "something the customer sees or holds was added to a touchpoint"},
    {"artifact-removed", C::info,
     "something the customer sees or holds was removed from a touchpoint"},
    {"backstage-added", C::change, "a backstage action was added to a touchpoint"},
    {"backstage-removed", C::change, "a backstage action was removed from a touchpoint"},
    {"backstage-changed", C::info, "the owner of a backstage action changed"},
    {"support-added", C::change, "a support system or process was added to a touchpoint"},
    {"support-removed", C::change, "a support system or process was removed from a touchpoint"},
    {"moment-added", C::change, "a touchpoint became a moment of truth"},
    {"moment-removed", C::change, "a touchpoint is no longer a moment of truth"},
    {"moment-changed", C::info, "the name of a moment of truth changed"},
    {"metric-added", C::info, "a touchpoint metric was added"},
    {"metric-removed", C::info, "a touchpoint metric was removed"},
    {"metric-changed", C::change, "a touchpoint metric's value changed"},
    {"next-added", C::change, "a transition between touchpoints was added"},
    {"next-removed", C::change, "a transition between touchpoints was removed"},
    {"kpi-added", C::change, "a KPI was added"},
    {"kpi-removed", C::change, "a KPI was removed"},
    {"kpi-changed", C::change, "a KPI's name, phase or unit changed"},
    {"kpi-target-changed", C::change, "a KPI's target changed"},
    {"kpi-actual-changed", C::change,
     "a KPI's actual value changed (a regression when it moved "
     "away from its target)"},
    {"funnel-added", C::change, "a conversion funnel was declared"},
    {"funnel-removed", C::change, "a conversion funnel was dropped"},
    {"funnel-conversion-fell", C::regression,
     "fewer users go on at a funnel step than before: its step conversion, from each version's "
     "exports, fell by a percentage point or more"},
    {"funnel-conversion-rose", C::change,
     "more users go on at a funnel step than before (by a percentage point or more)"},
};

}  // namespace

const std::vector<ChangeKind>& change_kinds() {
  static const std::vector<ChangeKind> kinds(std::begin(k_kinds), std::end(k_kinds));
  return kinds;
}

const ChangeKind* find_change_kind(const std::string& id) {
  for (const auto& kind : change_kinds()) {
    if (id == kind.id) return &kind;
  }
  return nullptr;
}

std::size_t DiffResult::count(ChangeClass c) const {
  std::size_t n = 0;
  for (const auto& change : changes) n += change.change_class == c;
  return n;
}

std::string describe_change_classes(
    const std::map<std::string, std::optional<ChangeClass>>& configured) {
  std::string out =
      std::string("diff:\n  changes:  # ") + tr("the class of each change kind in force") + "\n";
  for (const ChangeKind& kind : change_kinds()) {
    auto it = configured.find(kind.id);
    std::optional<ChangeClass> in_force = kind.default_class;
    if (it != configured.end()) in_force = it->second;
    out += std::string("    ") + kind.id + ": " + (in_force ? to_string(*in_force) : "off");
    if (it != configured.end()) {
      out += "  # " + translate("default %1$s", to_string(kind.default_class));
    }
    out += "\n";
  }
  return out;
}

}  // namespace journey
