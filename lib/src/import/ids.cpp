// SPDX-License-Identifier: Apache-2.0
// Accent folding covers Latin-1 and Latin Extended-A, the letters of the Western and Central
// European languages journeys are written in; a full Unicode decomposition table would be a
// dependency for little gain, and other scripts are kept (for matching) or dropped (for ids).
#include "ids.hpp"

#include <array>
#include <cctype>

#include "journey/utf8.hpp"

namespace journey::import_detail {

namespace {

// ASCII for U+00C0..U+017F, lower case; empty for the signs among them (x and division).
const std::array<const char*, 192>& latin_table() {
  static const std::array<const char*, 192> table = [] {
    std::array<const char*, 192> t{};
    std::size_t i = 0;
    auto add = [&](std::size_t count, const char* ascii) {
      for (std::size_t k = 0; k < count; ++k) t[i++] = ascii;
    };
    for (int upper_then_lower = 0; upper_then_lower < 2; ++upper_then_lower) {  // U+00C0, U+00E0
      add(6, "a"), add(1, "ae"), add(1, "c"), add(4, "e"), add(4, "i"), add(1, "d"), add(1, "n");
      add(5, "o"), add(1, ""), add(1, "o"), add(4, "u"), add(1, "y"), add(1, "th");
      add(1, upper_then_lower == 0 ? "ss" : "y");  // U+00DF sharp s, U+00FF y with diaeresis
    }
    add(6, "a"), add(8, "c"), add(4, "d"), add(10, "e"), add(8, "g"), add(4, "h"), add(10, "i");
    add(2, "ij"), add(2, "j"), add(3, "k"), add(10, "l"), add(9, "n"), add(6, "o"), add(2, "oe");
    add(6, "r"), add(8, "s"), add(6, "t"), add(12, "u"), add(2, "w"), add(3, "y"), add(6, "z");
    add(1, "s");
    return t;
  }();
  return table;
}

// The code point at `i` and its length (1 for a byte that is not valid UTF-8, read as U+FFFD).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  std::size_t len = decode_utf8(s, i, cp);
  if (len > 0) return len;
  cp = 0xFFFD;
  return 1;
}

bool is_combining_mark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F);
}

// Spaces and punctuation of other blocks that separate words as ASCII punctuation does.
bool is_other_separator(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD;
}

std::string fold(std::string_view text, bool keep_other_scripts) {
  std::string out;
  bool pending_dash = false;
  auto letters = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out.append(piece);
  };
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = decode(text, i, cp);
    if (cp < 0x80 && std::isalnum(static_cast<int>(cp))) {
      char c = static_cast<char>(std::tolower(static_cast<int>(cp)));
      letters(std::string_view(&c, 1));
    } else if (cp >= 0xC0 && cp <= 0x17F) {
      const char* ascii = latin_table()[cp - 0xC0];
      if (*ascii == '\0') pending_dash = true;
      letters(ascii);
    } else if (is_combining_mark(cp)) {
      // part of the letter before it: dropped, as its accent would be
    } else if (cp < 0x80 || is_other_separator(cp) || !keep_other_scripts) {
      pending_dash = true;
    } else {
      letters(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string fold_key(std::string_view text) {
  return fold(text, true);
}

std::string ascii_slug(std::string_view text, std::size_t max_length) {
  std::string slug = fold(text, false);
  if (slug.size() <= max_length) return slug;
  std::size_t cut = slug.rfind('-', max_length);
  // A dash in the last third of the room ends the id at a word; otherwise cut mid-word.
  if (cut == std::string::npos || cut < max_length * 2 / 3) cut = max_length;
  slug.resize(cut);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string shorten(std::string_view text) {
  if (text.size() <= 40) return std::string(text);
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::string IdAllocator::take(const std::string& base) {
  if (used_.insert(base).second) return base;
  std::size_t& next = next_suffix_[base];
  if (next < 2) next = 2;
  for (;; ++next) {
    std::string candidate = base + "-" + std::to_string(next);
    if (used_.insert(candidate).second) {
      ++next;
      return candidate;
    }
  }
}

}  // namespace journey::import_detail
