// SPDX-License-Identifier: Apache-2.0
// Did-you-mean: the banded edit distance agrees with the full table, and long or many ids stay
// cheap (a hostile id of thousands of characters against thousands of ids).
#include <catch2/catch.hpp>
#include <random>

#include "journey/suggest.hpp"

using namespace journey;

namespace {

// The whole table, as the distance was computed before it was banded: the reference.
std::size_t full_distance(const std::string& a, const std::string& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

}  // namespace

TEST_CASE("suggest: the banded distance equals the full table up to its bound") {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(0, 12), letter(0, 3);
  for (int round = 0; round < 3000; ++round) {
    std::string a, b;
    for (int i = length(random); i > 0; --i) a += static_cast<char>('a' + letter(random));
    for (int i = length(random); i > 0; --i) b += static_cast<char>('a' + letter(random));
    std::size_t full = full_distance(a, b);
    INFO(a << " / " << b);
    CHECK(edit_distance(a, b) == full);
    for (std::size_t max : {0u, 1u, 2u, 3u, 5u}) {
      CHECK(edit_distance(a, b, max) == std::min(full, max + 1));
    }
  }
}

TEST_CASE("suggest: typos are found, distant words are not") {
  CHECK(closest_match("emoton", {"emotion", "owner", "channel"}) == "emotion");
  CHECK(closest_match("chanel", {"emotion", "owner", "channel"}) == "channel");
  CHECK(closest_match("Owner", {"emotion", "owner"}) == "owner");
  CHECK(closest_match("xyz", {"emotion", "owner"}).empty());
  // Eleven edits are no typo, however long the word.
  std::string id(60, 'a');
  std::string far = id;
  for (int i = 0; i < 11; ++i) far[static_cast<std::size_t>(i) * 5] = 'b';
  CHECK(closest_match(far, {id}).empty());
  far[50] = 'a';
  CHECK(closest_match(far, {id}) == id);
}

TEST_CASE("suggest: a 2,000-character id against 1,000 ids of its length is bounded work") {
  std::mt19937 random(1);
  std::uniform_int_distribution<int> letter(0, 25);
  auto word = [&] {
    std::string s(2000, 'a');
    for (char& c : s) c = static_cast<char>('a' + letter(random));
    return s;
  };
  std::vector<std::string> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back(word());
  std::string typo = ids[500];
  typo[1000] = typo[1000] == 'z' ? 'y' : 'z';
  // Work is counted in table cells, not timed: the full tables would be 1,000 x 2,000 x 2,000
  // cells (about 50 s); the band keeps it to 2,000 x 21 cells per id at most.
  std::size_t budget = k_suggestion_budget;
  CHECK(closest_match(typo, ids, budget) == ids[500]);
  CHECK(k_suggestion_budget - budget <= 1000u * 2000u * 21u);
  std::size_t unknown_budget = k_suggestion_budget;
  CHECK(closest_match(word(), ids, unknown_budget).empty());
  CHECK(k_suggestion_budget - unknown_budget <= 1000u * 2000u * 21u);
  // A small budget gives no suggestion rather than more work.
  std::size_t small = 10'000;
  CHECK(closest_match(typo, ids, small).empty());
  CHECK(small <= 10'000u);
}
