// SPDX-License-Identifier: Apache-2.0
#include "cursor.hpp"
#include "features.hpp"
#include "journey/messages.hpp"
#include "journey/rule.hpp"

namespace journey::lsp {

namespace {

json edit_action(const std::string& title, const std::string& uri, const json& diagnostic,
                 const Range& range, const std::string& text, bool preferred) {
  json edit{{"range", to_json(range)}, {"newText", text}};
  return json{{"title", title},
              {"kind", "quickfix"},
              {"diagnostics", json::array({diagnostic})},
              {"isPreferred", preferred},
              {"edit", {{"changes", {{uri, json::array({edit})}}}}}};
}

// The edit that suppresses `rule` on a line: appended to a journey-lint comment there, a new
// comment at the end of the line, or (when the line has another comment) a comment line above.
json suppression(const TextDocument& doc, const std::string& uri, const json& diagnostic,
                 const std::string& rule, int line_number) {
  std::string_view line = doc.line(line_number);
  std::size_t hash = comment_start(line);
  std::string title = translate("Suppress %1$s on this line", rule);
  auto units = [&](std::size_t bytes) {
    return utf16_units(line.substr(0, bytes), static_cast<int>(bytes));
  };
  if (hash == std::string_view::npos) {
    Position end{line_number, units(line.size())};
    return edit_action(title, uri, diagnostic, Range{end, end}, "  # journey-lint: disable=" + rule,
                       false);
  }
  std::string_view comment = line.substr(hash);
  std::size_t directive = comment.find("journey-lint: disable=");
  if (directive != std::string_view::npos) {
    std::size_t end = hash + directive + std::string_view("journey-lint: disable=").size();
    while (end < line.size() && line[end] != ' ' && line[end] != '#') ++end;
    Position at{line_number, units(end)};
    return edit_action(title, uri, diagnostic, Range{at, at}, "," + rule, false);
  }
  std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) indent = 0;
  Position start{line_number, 0};
  return edit_action(title, uri, diagnostic, Range{start, start},
                     std::string(indent, ' ') + "# journey-lint: disable-next-line=" + rule + "\n",
                     false);
}

}  // namespace

json code_actions(const TextDocument& doc, const std::string& uri, const Range& requested,
                  const json& diagnostics) {
  json out = json::array();
  if (!diagnostics.is_array()) return out;
  for (const json& d : diagnostics) {
    // Clients send back what they kept of a diagnostic: some drop the source or the range.
    std::string source = string_at(d, "source");
    if (!d.is_object() || !(source.empty() || source == "journey")) continue;
    std::string rule = string_at(d, "code");
    Range range = d.contains("range") ? range_from(d["range"]) : requested;
    const json data = d.value("data", json::object());
    std::string suggestion = string_at(data, "suggestion");
    if (!suggestion.empty()) {
      out.push_back(
          edit_action(translate("Change to '%1$s'", suggestion), uri, d, range, suggestion, true));
    }
    bool in_other_file = d.contains("relatedInformation");
    if (!rule.empty() && find_rule(rule) != nullptr && !is_syntax_rule(rule) && !in_other_file &&
        rule != "unused-suppression") {
      out.push_back(suppression(doc, uri, d, rule, range.start.line));
    }
  }
  return out;
}

}  // namespace journey::lsp
