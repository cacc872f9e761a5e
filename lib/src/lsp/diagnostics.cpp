// SPDX-License-Identifier: Apache-2.0
#include <filesystem>

#include "features.hpp"
#include "journey/rule.hpp"

namespace journey::lsp {

namespace {

int severity_of(Severity s) {
  switch (s) {
    case Severity::error:
      return 1;
    case Severity::warning:
      return 2;
    case Severity::info:
      return 3;
  }
  return 1;
}

// The `use:` or `data:` entry of the journey that names `file`, or the file's first line.
SourceSpan entry_naming(const Snapshot& snapshot, const std::string& file) {
  const auto& journey = snapshot.analysis.journey;
  if (!journey) return {1, 1, 1, 2};
  namespace fs = std::filesystem;
  std::string wanted = fs::path(file).lexically_normal().string();
  for (const TextList* list : {&journey->use, &journey->data}) {
    for (const Text& entry : list->value) {
      fs::path p(entry.value);
      if (p.is_relative()) p = fs::path(snapshot.path).parent_path() / p;
      if (p.lexically_normal().string() == wanted) return entry.span;
    }
  }
  for (const TextList* list : {&journey->use, &journey->data}) {
    if (list->present) return list->span;
  }
  return {1, 1, 1, 2};
}

json diagnostic_of(const Snapshot& s, const std::string& uri, const Finding& f,
                   const std::string& rules_url) {
  json d{{"severity", severity_of(f.severity)},
         {"code", f.rule},
         {"source", "journey"},
         {"message", f.message}};
  if (!rules_url.empty()) d["codeDescription"] = {{"href", rules_url + f.rule}};
  if (!f.suggestion.empty() && f.file.empty()) d["data"] = {{"suggestion", f.suggestion}};
  if (f.file.empty()) {
    d["range"] = to_json(to_range(s.source(), f.span));
  } else {
    d["range"] = to_json(to_range(s.source(), entry_naming(s, f.file)));
    d["message"] = f.file + ":" + std::to_string(f.span.line) + ":" +
                   std::to_string(f.span.column) + ": " + f.message;
    d["relatedInformation"] =
        json::array({{{"location", location(s, uri, f.file, f.span)}, {"message", f.message}}});
  }
  return d;
}

}  // namespace

json diagnostics_of(const Snapshot& s, const std::string& uri, const std::string& rules_url) {
  json out = json::array();
  if (!s.analysis.report.error.empty()) {
    out.push_back(json{{"severity", 1},
                       {"source", "journey"},
                       {"range", to_json(Range{{0, 0}, {0, 1}})},
                       {"message", s.analysis.report.error}});
  }
  for (const Finding& f : s.analysis.report.findings) {
    out.push_back(diagnostic_of(s, uri, f, rules_url));
  }
  return out;
}

}  // namespace journey::lsp
