// SPDX-License-Identifier: Apache-2.0
// JSON with positions: nlohmann-json parses and validates (UTF-8, control characters, numbers
// that overflow), and a SAX handler keeps every value in a flat tree with its byte span, so that
// a count in an export is reported at its line and column. Bounded in depth and in values; the
// tree is flat, so that nothing recurses over a hostile document.
#pragma once

#include <string>
#include <vector>

#include "journey/source.hpp"

namespace journey::funnel {

struct JsonValue {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  double number = 0;               // numbers; booleans as 0 or 1
  std::string text;                // strings
  std::size_t begin = 0, end = 0;  // bytes of the value in the source
  std::size_t key_begin = 0;       // an object member: where its key starts
  std::vector<std::size_t> items;  // arrays and objects: the values, in order
};

struct JsonDocument {
  std::vector<JsonValue> values;  // [0] is the root when `ok`
  std::vector<std::string> keys;  // per value: its key in the object that holds it
  bool ok = false;
  std::string error;  // when not ok: what is wrong (a sentence), at `error_offset`
  std::size_t error_offset = 0;

  const JsonValue& root() const { return values[0]; }
  const JsonValue& at(std::size_t i) const { return values[i]; }
  // The member `key` of an object, or null.
  const JsonValue* member(const JsonValue& object, const std::string& key) const;
};

constexpr int k_max_json_depth = 64;
constexpr std::size_t k_max_json_values = 2'000'000;

JsonDocument parse_json(const SourceText& source);

// The span of bytes [begin, end) of `source`.
SourceSpan span_of(const SourceText& source, std::size_t begin, std::size_t end);

}  // namespace journey::funnel
