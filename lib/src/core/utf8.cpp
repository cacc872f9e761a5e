// SPDX-License-Identifier: Apache-2.0
#include "journey/utf8.hpp"

namespace journey {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t len = c < 0x80   ? 1
                          : c < 0xC2 ? 0
                          : c < 0xE0 ? 2
                          : c < 0xF0 ? 3
                          : c < 0xF5 ? 4
                                     : 0;
  if (len == 0 || i + len > s.size()) return 0;
  char32_t value = len == 1 ? c : c & (0xFFu >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    value = (value << 6) | (d & 0x3F);
  }
  const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < least[len] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  cp = value;
  return len;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  char32_t cp = 0xFFFD;
  std::size_t length = decode_utf8(s, i, cp);
  i += length == 0 ? 1 : length;
  return length == 0 ? 0xFFFD : cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
bool continues(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += !continues(c);
  return n;
}

std::size_t skip_code_points(std::string_view s, std::size_t from, std::size_t count) {
  std::size_t i = from;
  for (; i < s.size() && count > 0; --count) {
    ++i;
    while (i < s.size() && continues(s[i])) ++i;
  }
  return i;
}

std::size_t utf8_floor(std::string_view s, std::size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && continues(s[n])) --n;
  return n;
}

}  // namespace journey
