// SPDX-License-Identifier: Apache-2.0
// Names to keys and ids: folding for matching names (accents and case do not count) and ASCII ids
// that are unique in a file.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace journey::import_detail {

// `text` folded for comparison: ASCII letters in lower case, Latin letters without their accents
// ("Oriëntatie" -> "orientatie", "Straße" -> "strasse"), combining marks dropped, and every run of
// spaces and ASCII punctuation one '-', none at the ends ("Moment of truth" and
// "moment-of-truth" fold alike). Letters of other scripts are kept as they are.
std::string fold_key(std::string_view text);

// An ASCII id from a name: fold_key with letters of other scripts treated as spaces, cut to at
// most `max_length` characters at a '-' where one is near. Empty when nothing is left.
std::string ascii_slug(std::string_view text, std::size_t max_length = 48);

// A name to quote in a message, cut after 40 bytes (at a character): a name may be megabytes.
std::string shorten(std::string_view text);

// Hands out ids that are unique among those it handed out: `base`, else `base-2`, `base-3`, ...
// skipping any taken, even by an id that was itself a base ("a", "a", "a-2" -> "a", "a-2",
// "a-2-2"). Amortised constant time per id, so hostile input cannot make it quadratic.
class IdAllocator {
 public:
  std::string take(const std::string& base);

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, std::size_t> next_suffix_;
};

}  // namespace journey::import_detail
