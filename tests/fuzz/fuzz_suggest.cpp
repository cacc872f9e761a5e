// SPDX-License-Identifier: Apache-2.0
// Did-you-mean: any word against any list of ids ends within its budget, and the banded edit
// distance agrees with the full table (computed here for short words) up to its bound. The input
// is the word, then the ids, one per line.
#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <vector>

#include "fuzz_support.hpp"
#include "journey/suggest.hpp"

namespace {

std::size_t full_distance(const std::string& a, const std::string& b) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::string word, line;
  std::getline(in, word);
  std::vector<std::string> ids;
  while (std::getline(in, line) && ids.size() < 2000) ids.push_back(line);
  std::size_t budget = 200'000;
  journey_fuzz::sink() << journey::closest_match(word, ids, budget);
  journey::IdSuggester suggester(ids, 4, 100'000);
  journey_fuzz::sink() << suggester.suggest(word) << suggester.suggest(word + "x");
  for (const std::string& id : ids) {
    if (word.size() > 48 || id.size() > 48) continue;
    std::size_t full = full_distance(word, id);
    for (std::size_t max : {0u, 1u, 3u, 10u, 100u}) {
      if (journey::edit_distance(word, id, max) != std::min(full, max + 1)) std::abort();
    }
  }
  return 0;
}
