// SPDX-License-Identifier: Apache-2.0
// Lint rules: one class per rule, registered in one explicit list.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "journey/date.hpp"
#include "journey/finding.hpp"
#include "journey/flow.hpp"
#include "journey/funnel.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"
#include "journey/source.hpp"

namespace journey {

struct RuleInfo {
  const char* id;        // kebab-case, stable
  Severity severity;     // default severity
  const char* category;  // syntax, schema, model, flow, practice, suppression, data
  const char* summary;   // one line: what it finds
  const char* why;       // why it matters
  const char* example;   // a YAML fragment that triggers it
  const char* fix;       // what to do
};

// What a rule sees. The model is null when the journey names no usable model.
struct LintContext {
  const SourceText& source;
  const Journey& journey;
  const Model* model;
  const Flow& flow;
  Date today;
  // The journey's funnels, one per Journey::funnels, computed from their exports.
  const std::vector<FunnelResult>* funnels = nullptr;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual RuleInfo info() const = 0;
  // Appends findings (rule id, span, path, message). Rules reported by the loader or the engine
  // itself (yaml-syntax, unknown-key, unknown-model, ...) have nothing to check here.
  virtual void check(const LintContext& context, Findings& out) const = 0;
};

// Every built-in rule, in documentation order.
const std::vector<std::unique_ptr<Rule>>& builtin_rules();
// The rule with this id, or null.
const Rule* find_rule(const std::string& id);
std::vector<std::string> rule_ids();
// Rules of the syntax category (yaml-syntax, input-limit, duplicate-key): always errors, never
// deselected, turned off or suppressed.
bool is_syntax_rule(const std::string& id);

}  // namespace journey
