// SPDX-License-Identifier: Apache-2.0
// Did-you-mean suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace journey {

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), ASCII-case-folded.
// Work is O(|a| * min(|b|, 2 * max + 1)) whatever the strings hold: only the band of cells within
// `max` of the diagonal is computed, and the result is max + 1 for anything farther than `max`.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t max = static_cast<std::size_t>(-1));

// A typo is at most this many edits away, however long the word: "emoton" is one from "emotion";
// a word 11 edits from every id is no typo of any.
constexpr std::size_t k_max_suggestion_distance = 10;

// Cells of the edit-distance table that one did-you-mean may compute (about 0.1 s of CPU): past
// this, no suggestion. An unknown id of 2,000 characters against 10,000 ids of the same length
// stays cheap.
constexpr std::size_t k_suggestion_budget = 50'000'000;

// The candidate closest to `word`, or empty when none is close enough to be a likely typo (a third
// of the word, at most k_max_suggestion_distance) or the budget runs out first. `budget` is the
// number of table cells still allowed; it is decreased by the work done.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates,
                          std::size_t& budget);
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// The tail of a message about an unknown word: "; did you mean 'x'?" when there is a suggestion,
// else `otherwise` (a hint such as "; 'journey rules' lists them", or nothing).
std::string did_you_mean(const std::string& suggestion, const std::string& otherwise = {});

// Many words checked against one list of ids (touchpoint channels against a channel catalog, the
// rows of a data file against the touchpoints): membership in O(1), and did-you-means for each
// distinct word once, for the first `words` distinct words only and within one shared budget of
// table cells, so that thousands of distinct unknown words against thousands of long ids cannot
// make lint take minutes; past either, no suggestion.
class IdSuggester {
 public:
  explicit IdSuggester(std::vector<std::string> ids, std::size_t words = 200,
                       std::size_t budget = 4 * k_suggestion_budget);
  bool contains(const std::string& word) const { return known_.count(word) > 0; }
  std::string suggest(const std::string& word);

 private:
  std::vector<std::string> ids_;
  std::unordered_set<std::string> known_;
  std::unordered_map<std::string, std::string> memo_;
  std::size_t words_;
  std::size_t budget_;
};

}  // namespace journey
