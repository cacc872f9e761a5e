// SPDX-License-Identifier: Apache-2.0
// A finding: one thing a rule (or the loader) has to say about a file.
#pragma once

#include <string>
#include <vector>

#include "journey/source.hpp"

namespace journey {

enum class Severity { info = 0, warning = 1, error = 2 };

const char* to_string(Severity severity);
// Parses "error", "warning" or "info"; false when the text is none of them.
bool parse_severity(const std::string& text, Severity& out);

struct Finding {
  std::string rule;                     // kebab-case rule id, e.g. "pain-without-opportunity"
  Severity severity = Severity::error;  // set by the lint engine from the configuration
  SourceSpan span;                      // where; line 0 only for file-level findings
  std::string path;        // YAML path, e.g. "phases.think.touchpoints[id=website].channel"
  std::string message;     // what is wrong and what to do
  std::string suggestion;  // a did-you-mean replacement, or empty
  // The file the span is in, as shown, when it is not the report's own file: a catalog or a data
  // file the journey uses. Empty for the journey itself.
  std::string file{};  // a default, so that Finding{rule, ..., suggestion} stays warning-free
};

using Findings = std::vector<Finding>;

// A finding of rule `rule` (an id the rule registry knows), at error severity until the lint
// engine applies the configuration.
inline Finding make_finding(std::string rule, const SourceSpan& span, std::string path,
                            std::string message, std::string suggestion = {},
                            std::string file = {}) {
  Finding f;
  f.rule = std::move(rule);
  f.span = span;
  f.path = std::move(path);
  f.message = std::move(message);
  f.suggestion = std::move(suggestion);
  f.file = std::move(file);
  return f;
}

// A file reports at most this many findings: beyond it, a hostile file would make lint's memory
// and output grow without bound. The lint engine says so in one too-many-findings finding.
constexpr std::size_t k_max_findings = 10'000;

}  // namespace journey
