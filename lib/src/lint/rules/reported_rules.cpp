// SPDX-License-Identifier: Apache-2.0
// Rules whose findings come from the loader (syntax and schema) or from the lint engine itself
// (model resolution, suppressions). They are listed so that they can be configured and documented
// like any other rule; their logic lives where the problem is first seen.
#include "rule_support.hpp"

namespace journey::rules {

// The rules whose findings the loader and the engine make, in documentation order.
const RuleInfo k_reported[] = {
    {"yaml-syntax", Severity::error, "syntax",
     "the file is not valid YAML: a syntax error, binary data, invalid UTF-8, an empty file or "
     "more than one document",
     "Nothing else can be checked until the file parses. Binary data and invalid UTF-8 would "
     "otherwise leak into diagrams and reports.",
     "journey: Signup\nphases:\n  see:\n\ttouchpoints: []   # a tab is not indentation\n",
     "Fix the YAML at the position shown; indent with spaces; save the file as UTF-8."},
    {"input-limit", Severity::error, "syntax",
     "the file exceeds a safety limit: over 16 MiB, nesting deeper than 64 levels, or aliases "
     "that expand to more than 1,000,000 nodes",
     "Limits keep journey fast and safe on hostile input such as YAML alias bombs; no real "
     "journey comes near them.",
     "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# ... "
     "and so on, nine levels deep\n",
     "Split the journey, flatten the nesting, or write the aliased content out."},
    {"duplicate-key", Severity::error, "syntax", "a key appears twice in the same map",
     "YAML forbids it and parsers disagree on which value wins; journey keeps the first and "
     "ignores the second, which is rarely what the author meant.",
     "- id: checkout\n  emotion: 2\n  emotion: 4\n", "Remove one of the two keys."},
    {"unknown-key", Severity::error, "schema",
     "a key that the journey format does not define (usually a typo)",
     "An unknown key is silently lost data: 'emoton: 2' records no emotion at all.",
     "- id: checkout\n  emoton: 2\n",
     "Use the suggested key, or prefix your own keys with 'x-' (for example 'x-jira: SHOP-12')."},
    {"missing-field", Severity::error, "schema",
     "a required key is missing (journey, model, phases; id and name of personas and "
     "touchpoints; id and phase of KPIs)",
     "Without them the journey cannot be checked, diffed or rendered.",
     "journey: Signup\nphases: {}\n# no model\n", "Add the key."},
    {"wrong-type", Severity::error, "schema",
     "a value of the wrong type: a list where a string belongs, a quoted number, ...",
     "A quoted '4' is a string, not an emotion; a scalar where a list belongs is usually a "
     "forgotten pair of brackets.",
     "- id: checkout\n  emotion: '4'\n  pains: slow page\n",
     "Write numbers without quotes and lists in brackets or as '- item' lines."},
    {"invalid-value", Severity::error, "schema",
     "a value outside its allowed set: state, evidence, senses, dates, ids",
     "These values drive rules, scores and diagrams; a misspelt one would be ignored.",
     "state: currrent\nreviewed: 12/03/2026\n",
     "Use one of the listed values; write dates as YYYY-MM-DD."},
    {"unknown-model", Severity::error, "model",
     "the model is neither a built-in model, nor one from a configured model directory, nor a "
     "readable, valid model file",
     "Phases are checked against the model; without it most rules cannot run.",
     "model: see-thinks-do-care\n",
     "Use an id from 'journey models', or a path such as ./models/mine.yaml relative to the "
     "journey file."},
    {"too-many-findings", Severity::warning, "suppression",
     "the file has more findings than journey reports (10,000); the rest are not shown",
     "Past 10,000 findings a report helps nobody, and holding them all would let one file "
     "exhaust a CI runner's memory.",
     "# a journey of 10,000 touchpoints, none with a channel\n",
     "Fix the findings shown (often one rule, all over the file), then lint again."},
    {"unused-suppression", Severity::info, "suppression",
     "a 'journey-lint: disable' comment that suppresses nothing, or names an unknown rule",
     "Stale suppressions hide the next real problem on that line.",
     "    emotion: 4  # journey-lint: disable=emotion-drop\n",
     "Remove the comment or the rule id from it."},
};

std::vector<std::unique_ptr<Rule>> make_reported_rules() {
  std::vector<std::unique_ptr<Rule>> out;
  for (const RuleInfo& info : k_reported) out.push_back(std::make_unique<ReportedRule>(info));
  return out;
}

}  // namespace journey::rules
