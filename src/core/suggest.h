#pragma once
/// "Did you mean" suggestions from edit distance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// Levenshtein distance over bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest candidate within a distance of max(2, len/3), or nullopt.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

/// "bedoelde u 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ww
