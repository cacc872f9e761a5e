// SPDX-License-Identifier: Apache-2.0
#include "journey/suggest.hpp"

#include <algorithm>
#include <cctype>

#include "journey/messages.hpp"

namespace journey {

namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max) {
  const std::size_t n = a.size(), m = b.size();
  max = std::min(max, std::max(n, m));  // no distance is larger: max + 1 cannot overflow
  if ((n > m ? n - m : m - n) > max) return max + 1;
  const std::size_t far = max + 1;  // "farther than max" in the table
  // Three rows of the table, cells outside the band hold `far`; only the band is computed.
  std::vector<std::size_t> prev2(m + 1, far), prev(m + 1, far), cur(m + 1, far);
  for (std::size_t j = 0; j <= std::min(m, max); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t from = i > max ? i - max : 1;
    const std::size_t to = std::min(m, i + max);
    std::fill(cur.begin(), cur.end(), far);
    cur[0] = i <= max ? i : far;
    std::size_t row_best = cur[0];
    for (std::size_t j = from; j <= to; ++j) {
      std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        d = std::min(d, prev2[j - 2] + 1);
      }
      cur[j] = std::min(d, far);
      row_best = std::min(row_best, cur[j]);
    }
    if (row_best > max) return max + 1;  // every path through this row is already too far
    prev2.swap(prev);
    prev.swap(cur);
  }
  return std::min(prev[m], max + 1);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t& budget) {
  // A third of the word may be wrong, at least one character and at most the cap.
  const std::size_t limit =
      std::min(k_max_suggestion_distance, std::max<std::size_t>(1, word.size() / 3));
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    // The distance is at least the difference in length: skip a candidate that alone rules out.
    std::size_t shorter = std::min(word.size(), candidate.size());
    if (std::max(word.size(), candidate.size()) - shorter >= best_distance) continue;
    std::size_t cells = word.size() * std::min(candidate.size() + 1, 2 * best_distance - 1);
    if (cells > budget) return {};  // no suggestion rather than an unbounded search
    budget -= cells;
    std::size_t d = edit_distance(word, candidate, best_distance - 1);
    if (d < best_distance && d < std::max(word.size(), candidate.size())) {
      best = candidate;
      best_distance = d;
    }
  }
  return best;
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::size_t budget = k_suggestion_budget;
  return closest_match(word, candidates, budget);
}

std::string did_you_mean(const std::string& suggestion, const std::string& otherwise) {
  // TRANSLATORS: the tail of a message about an unknown word; %1$s is the known word it is
  // probably a typo of (an id, a key or a command, never translated).
  return suggestion.empty() ? otherwise : translate("; did you mean '%1$s'?", suggestion);
}

IdSuggester::IdSuggester(std::vector<std::string> ids, std::size_t words, std::size_t budget)
    : ids_(std::move(ids)), known_(ids_.begin(), ids_.end()), words_(words), budget_(budget) {}

std::string IdSuggester::suggest(const std::string& word) {
  auto it = memo_.find(word);
  if (it != memo_.end()) return it->second;
  if (memo_.size() >= words_) return {};
  return memo_.emplace(word, closest_match(word, ids_, budget_)).first->second;
}

}  // namespace journey
