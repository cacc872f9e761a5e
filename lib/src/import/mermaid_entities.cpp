// SPDX-License-Identifier: Apache-2.0
#include "mermaid_entities.hpp"

#include <cctype>
#include <utility>

#include "journey/utf8.hpp"

namespace journey::import_detail {

namespace {

bool is_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// The HTML entities people write in diagrams; a browser knows two thousand more.
char32_t named_entity(std::string_view name) {
  static const std::pair<std::string_view, char32_t> names[] = {
      {"lt", '<'},       {"gt", '>'},        {"amp", '&'},       {"quot", '"'},
      {"apos", '\''},    {"nbsp", 0xA0},     {"colon", ':'},     {"semi", ';'},
      {"num", '#'},      {"percnt", '%'},    {"comma", ','},     {"ndash", 0x2013},
      {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
      {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"laquo", 0xAB},    {"raquo", 0xBB},
      {"euro", 0x20AC},  {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
      {"deg", 0xB0},     {"middot", 0xB7},   {"bull", 0x2022},   {"times", 0xD7},
      {"rarr", 0x2192},  {"larr", 0x2190},   {"hearts", 0x2665}, {"check", 0x2713},
  };
  for (const auto& [entity, cp] : names) {
    if (entity == name) return cp;
  }
  return 0;
}

// The character a code names, or 0 when it names none.
char32_t code_point(std::string_view inner) {
  bool numeric = !inner.empty() && inner.size() <= 7;
  for (char c : inner) numeric = numeric && std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (!numeric) return named_entity(inner);
  char32_t cp = 0;
  for (char c : inner) cp = cp * 10 + static_cast<char32_t>(c - '0');
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

}  // namespace

std::size_t entity_length(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != '#') return 0;
  std::size_t j = i + 1;
  while (j < text.size() && is_word(text[j])) ++j;
  if (j == i + 1 || j >= text.size() || text[j] != ';') return 0;
  return j + 1 - i;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = entity_length(text, i);
    char32_t cp = len > 0 ? code_point(text.substr(i + 1, len - 2)) : 0;
    if (cp == 0) {
      out += text[i++];
      continue;
    }
    append_utf8(out, cp);
    i += len;
  }
  return out;
}

}  // namespace journey::import_detail
