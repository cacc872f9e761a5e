// Did-you-mean suggestions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace journey {

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), ASCII-case-folded.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or empty when none is close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace journey
