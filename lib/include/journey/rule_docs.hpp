// Rule documentation generated from the rule registry: one source for `journey rules RULE`,
// docs/rules.md and the RULES section of man/journey-lint.1.
#pragma once

#include <ostream>

#include "journey/rule.hpp"

namespace journey {

void write_rule_explanation(const RuleInfo& rule, std::ostream& out);
void write_rules_markdown(std::ostream& out);
void write_rules_man(std::ostream& out);

}  // namespace journey
