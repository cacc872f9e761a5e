// SPDX-License-Identifier: Apache-2.0
#include "escape.hpp"

#include <cctype>

#include "journey/escape.hpp"
#include "journey/utf8.hpp"

namespace journey::render_detail {

std::string html_text(const std::string& text) {
  // Labels are one line each: line breaks and tabs become spaces, then XML escaping applies.
  std::string flat = text;
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return xml_escape(flat);
}

std::string esc_string(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string safe_url(const std::string& url) {
  std::string lower;
  for (char c : url.substr(0, 8))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool ok = lower.compare(0, 7, "http://") == 0 || lower.compare(0, 8, "https://") == 0 ||
            lower.compare(0, 7, "mailto:") == 0;
  if (!ok) return {};
  for (unsigned char c : url) {
    if (c < 0x20 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\') return {};
  }
  return url;
}

std::string shorten(const std::string& text, std::size_t limit) {
  std::size_t cut = skip_code_points(text, 0, limit);
  return cut < text.size() ? text.substr(0, cut) + "…" : text;
}

}  // namespace journey::render_detail
