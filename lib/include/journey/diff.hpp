// SPDX-License-Identifier: Apache-2.0
// Semantic diff of two versions of a journey: what changed in meaning, not in lines.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "journey/funnel.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"

namespace journey {

// regression: worse for the customer; change: a change to review; info: bookkeeping.
enum class ChangeClass { regression = 0, change = 1, info = 2 };
const char* to_string(ChangeClass c);
bool parse_change_class(const std::string& text, ChangeClass& out);

struct ChangeKind {
  const char* id;  // kebab-case, stable: e.g. "emotion-decreased"
  ChangeClass default_class;
  const char* summary;
};

// Every kind of change, in documentation order.
const std::vector<ChangeKind>& change_kinds();
const ChangeKind* find_change_kind(const std::string& id);

// The class of every change kind in force as YAML (`diff: changes:` for lint --print-config):
// the configured one, else the default.
std::string describe_change_classes(
    const std::map<std::string, std::optional<ChangeClass>>& configured);

struct Change {
  std::string kind;  // a ChangeKind id
  ChangeClass change_class = ChangeClass::change;
  std::string path;  // YAML path with identifiers, e.g. phases.do.touchpoints[id=x].emotion
  int old_line = 0;  // 1-based line on each side, 0 where the element does not exist
  int new_line = 0;
  std::string old_value;  // for display; empty where not applicable
  std::string new_value;
  std::string message;  // one line, e.g. "emotion 3 -> 1 (worse)"
};

// A side of a diff: a loaded journey (phases bound to its model), or nothing for an added or
// deleted journey.
struct DiffSide {
  std::string label;                 // shown to the user: a path, "REV:PATH", "a/x (abc1234)"
  const Journey* journey = nullptr;  // null: the journey does not exist on this side
  const Model* model = nullptr;
  // The journey's funnels computed from its exports (Analysis::funnels): a step whose conversion
  // fell between the sides is a regression. Null: funnels are compared by their ids only.
  const std::vector<FunnelResult>* funnels = nullptr;
};

struct DiffOptions {
  // Per change kind: a class, or nullopt to ignore the kind (from the configuration).
  std::map<std::string, std::optional<ChangeClass>> classes;
};

struct DiffResult {
  std::vector<Change> changes;  // in a stable order: journey, model, personas, phases, touchpoints
                                // (in new-file order), KPIs
  std::size_t count(ChangeClass c) const;
};

DiffResult diff_journeys(const DiffSide& old_side, const DiffSide& new_side,
                         const DiffOptions& options = {});

enum class DiffFormat { text, json, markdown, github };
bool parse_diff_format(const std::string& name, DiffFormat& out);

struct DiffReportOptions {
  bool color = false;
  std::string new_file;  // github: the file annotations point at
};

void write_diff(const DiffResult& result, const DiffSide& old_side, const DiffSide& new_side,
                DiffFormat format, const DiffReportOptions& options, std::ostream& out);

// A normalised, stable rendering of a journey, one fact per line, for git's textconv: key order,
// quoting and indentation do not show; phases in model order, everything else in file order.
void write_textconv(const Journey& journey, std::ostream& out);

}  // namespace journey
