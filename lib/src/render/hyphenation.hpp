// SPDX-License-Identifier: Apache-2.0
// Where a long word may be broken across lines: at the hyphenation points of its language, from
// the TeX patterns that LibreOffice uses (libhyphen with Debian's hyphen-nl and hyphen-en-us), and
// after a hyphen or slash the word already has. A word is never broken without a visible hyphen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "journey/words.hpp"

namespace journey::render_detail {

struct BreakPoint {
  std::size_t at;   // byte offset in the word: the first piece ends here
  bool add_hyphen;  // false after a '-' or '/' the word holds
};

// The points where `word` (UTF-8) may be broken, in order. Without the language's patterns
// installed, only the word's own hyphens and slashes.
std::vector<BreakPoint> break_points(std::string_view word, Language language);

// Whether the patterns of `language` are installed (a render warns once when they are not).
bool has_hyphenation(Language language);

}  // namespace journey::render_detail
