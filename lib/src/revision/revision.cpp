// SPDX-License-Identifier: Apache-2.0
#include "journey/revision.hpp"

#include <filesystem>
#include <sstream>

#include "journey/git.hpp"
#include "journey/messages.hpp"
#include "journey/report.hpp"

namespace fs = std::filesystem;

namespace journey {

namespace {

// Syntax-level errors leave nothing to compare; other lint findings do not stop a diff.
bool unusable(const Analysis& a) {
  if (!a.journey) return true;
  for (const Finding& f : a.report.findings) {
    if (is_syntax_rule(f.rule)) return true;
  }
  return false;
}

}  // namespace

std::string revision_path(const std::string& spec) {
  std::error_code ec;
  if (spec == "-") return "./<stdin>";
  if (spec.find(':') != std::string::npos && !fs::exists(spec, ec)) {
    return spec.substr(spec.find(':') + 1);
  }
  return spec;
}

bool is_revision_spec(const std::string& spec) {
  std::error_code ec;
  return spec == "-" || (spec.find(':') != std::string::npos && !fs::exists(spec, ec));
}

DiffSide Revision::side() const {
  return DiffSide{label, exists && analysis.journey ? &*analysis.journey : nullptr, analysis.model,
                  &analysis.funnels};
}

Revision load_revision(const std::string& spec, const std::string& label, const Config& config,
                       const std::string& stdin_text, const std::string& path) {
  Revision r;
  r.label = label.empty() ? spec : label;
  r.path = path.empty() ? revision_path(spec) : path;
  if (spec == "/dev/null") {
    r.exists = false;
    return r;
  }
  std::error_code ec;
  std::string text;
  if (spec == "-") {
    text = stdin_text;
  } else if (fs::exists(spec, ec)) {
    std::string error;
    ReadOptions named;
    named.special_files = true;  // `journey diff <(git show ...) new.journey.yaml`
    if (!read_text_file(spec, text, error, named)) {
      r.error = translate("%1$s: cannot read the file: %2$s", spec, error);
      return r;
    }
  } else if (spec.find(':') != std::string::npos) {
    std::string error;
    if (!git_show(spec, text, error)) {
      r.error = spec + ": " + error;
      return r;
    }
  } else {
    r.error =
        translate("%1$s: no such file (use /dev/null for a journey that does not exist)", spec);
    return r;
  }
  r.analysis = analyze_source(SourceText(r.label, std::move(text)), r.path, config, LintOptions{});
  if (unusable(r.analysis)) {
    std::ostringstream errors;
    write_errors(r.analysis.report, errors);
    r.error = errors.str();
    r.parse_error = true;
  }
  return r;
}

}  // namespace journey
