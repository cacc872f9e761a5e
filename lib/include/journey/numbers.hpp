// SPDX-License-Identifier: Apache-2.0
// Numbers as text, the same way in every output.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "journey/words.hpp"

namespace journey {

// Shortest natural form: 1000, 0.02, 1.5e+06.
inline std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// A fixed number of decimals: format_fixed(3.14159, 2) == "3.14".
inline std::string format_fixed(double value, int digits = 1) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

// Digits in groups of three: format_grouped(10000, ',') == "10,000" ('.' in Dutch).
inline std::string format_grouped(long long value, char separator) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

// A count and its noun, singular for exactly one: count_of(1, "pain", "pains") == "1 pain",
// count_of(0, ...) == "0 pains", count_of(2.5, ...) == "2.5 pains". Whole counts in full
// ("1000000 files", never %g's "1e+06").
inline std::string count_of(double n, const char* one, const char* many) {
  bool whole = n == std::floor(n) && std::fabs(n) < 1e15;
  return (whole ? format_fixed(n, 0) : format_number(n)) + " " + (n == 1 ? one : many);
}

// A formatted number with the language's decimal mark: "7.6" in English, "7,6" in Dutch.
inline std::string with_decimal_mark(std::string text, Language language) {
  if (language == Language::nl) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// The thousands separator of a language: ',' in English, '.' in Dutch.
inline char thousands_separator(Language language) {
  return language == Language::nl ? '.' : ',';
}

}  // namespace journey
