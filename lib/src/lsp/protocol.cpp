// SPDX-License-Identifier: Apache-2.0
#include "protocol.hpp"

#include <filesystem>

#include "journey/utf8.hpp"
#include "uri.hpp"

namespace journey::lsp {

json to_json(const Position& p) {
  return json{{"line", p.line}, {"character", p.character}};
}

json to_json(const Range& r) {
  return json{{"start", to_json(r.start)}, {"end", to_json(r.end)}};
}

namespace {

int int_at(const json& j, const char* key) {
  if (!j.is_object()) return 0;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return 0;
  auto v = it->get<long long>();
  return v < 0 ? 0 : v > (1 << 30) ? (1 << 30) : static_cast<int>(v);
}

}  // namespace

Position position_from(const json& j) {
  return Position{int_at(j, "line"), int_at(j, "character")};
}

Range range_from(const json& j) {
  if (!j.is_object()) return {};
  return Range{position_from(j.value("start", json::object())),
               position_from(j.value("end", json::object()))};
}

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

int code_point_column(std::string_view line, int character) {
  std::size_t bytes = byte_of_utf16(line, character);
  return 1 + static_cast<int>(count_code_points(line.substr(0, bytes)));
}

std::string uri_of(const std::string& uri, const std::string& file) {
  if (file.empty()) return uri;
  return uri_of_path(std::filesystem::absolute(file).lexically_normal().string());
}

json location(const Snapshot& snapshot, const std::string& uri, const std::string& file,
              const SourceSpan& span) {
  const SourceText* source = snapshot.source_of(file);
  Range range = source != nullptr ? to_range(*source, span) : Range{};
  if (source == nullptr && span.known()) {
    range = Range{{span.line - 1, span.column - 1}, {span.line - 1, span.column - 1}};
  }
  return json{{"uri", uri_of(uri, file)}, {"range", to_json(range)}};
}

std::string string_at(const json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace journey::lsp
