// SPDX-License-Identifier: Apache-2.0
// Rule documentation generated from the rule registry: one source for `journey rules RULE`,
// docs/rules.md and the RULES section of man/journey-lint.1.
#pragma once

#include <ostream>
#include <string>

#include "journey/rule.hpp"

namespace journey {

void write_rule_explanation(const RuleInfo& rule, std::ostream& out);
void write_rules_markdown(std::ostream& out);
void write_rules_man(std::ostream& out);

// The rules as JSON (`journey rules --format json`): {"version": 1, "rules": [...]}, each rule with
// its id, default severity, category, summary, why, example, fix and help_uri (null when there is
// none); `only` a single rule, or every rule in documentation order when null.
void write_rules_json(std::ostream& out, const std::string& information_uri,
                      const Rule* only = nullptr);

// The web page that explains a rule: BASE/docs/rules.md#RULE, where BASE is `information_uri`
// (lint's --information-uri, without a trailing '/') or else the home page this journey was
// built with (CMake's JOURNEY_HOMEPAGE, which the release workflow sets to the repository at the
// tag). Empty when neither is known.
std::string rule_help_uri(const std::string& rule, const std::string& information_uri);

}  // namespace journey
