// SPDX-License-Identifier: Apache-2.0
// Plain YAML is a minefield of implicit types and indicators (`no` is false in YAML 1.1, `1e3` a
// number, `*a` an alias, `a: b` a map, `#` a comment after a space, `,` ends a flow item). Rather
// than follow every reader's resolver, a string is written plain only when it cannot be anything
// else in any of them; everything else is double-quoted, the one style that can hold any string.
#include "journey/yaml_write.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "journey/utf8.hpp"

namespace journey {

namespace {

constexpr char32_t k_replacement = 0xFFFD;

// Characters written as escapes: controls (C0, DEL, C1), the line and paragraph separators,
// the byte-order mark and non-characters a reader may refuse, and the bidirectional controls
// that make an editor show text in another order than it is read.
bool needs_escape(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
         cp == 0xFFFE || cp == 0xFFFF || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Words a YAML 1.1 or 1.2 reader resolves to null or a boolean, in any letter case.
bool is_reserved_word(std::string_view text) {
  static const std::array<std::string_view, 9> words = {"null", "true", "false", "yes", "no",
                                                        "on",   "off",  "y",     "n"};
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return word.size() == text.size() &&
           std::equal(word.begin(), word.end(), text.begin(), [](char a, char b) {
             return a == std::tolower(static_cast<unsigned char>(b));
           });
  });
}

// A first character that is an indicator, or may start a number, date or special float
// (`-1`, `+1`, `.5`, `.inf`, `2026-01-01`, `0x1F`): such text is never left plain.
bool risky_start(char c) {
  static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`.+~=<\\";
  return indicators.find(c) != std::string_view::npos ||
         std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool plain_is_safe(std::string_view text) {
  if (text.empty() || risky_start(text.front()) || is_reserved_word(text)) return false;
  if (text.front() == ' ' || text.back() == ' ') return false;
  // ':' and '#' only mean something next to a space, and ',' '[' ']' '{' '}' only in flow
  // context; refusing them all keeps the rule simple enough to trust.
  if (text.find_first_of(":#,[]{}") != std::string_view::npos) return false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    if (len == 0 || needs_escape(cp)) return false;
    i += len;
  }
  return true;
}

void append_escape(std::string& out, char32_t cp) {
  switch (cp) {
    case 0:
      out += "\\0";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    default:
      break;
  }
  char buffer[12];
  if (cp <= 0xFF) {
    std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(cp));
  }
  out += buffer;
}

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) {
      append_escape(out, k_replacement);
      i += 1;  // one byte at a time: the next may start a valid sequence
      continue;
    }
    if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (needs_escape(cp)) {
      append_escape(out, cp);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  out += '"';
  return out;
}

std::string yaml_scalar(std::string_view text) {
  return plain_is_safe(text) ? std::string(text) : yaml_quoted(text);
}

}  // namespace journey
