// Did-you-mean suggestions.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace journey {

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), ASCII-case-folded.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or empty when none is close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Many words checked against one list of ids (touchpoint channels against a channel catalog, the
// rows of a data file against the touchpoints): membership in O(1), and did-you-means for each
// distinct word once and for the first `budget` distinct words only, so that thousands of distinct
// unknown words against thousands of ids cannot make lint take minutes; past it, no suggestion.
class IdSuggester {
 public:
  explicit IdSuggester(std::vector<std::string> ids, std::size_t budget = 200);
  bool contains(const std::string& word) const { return known_.count(word) > 0; }
  std::string suggest(const std::string& word);

 private:
  std::vector<std::string> ids_;
  std::unordered_set<std::string> known_;
  std::unordered_map<std::string, std::string> memo_;
  std::size_t budget_;
};

}  // namespace journey
