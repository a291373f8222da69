#pragma once
/// Simpler words for common hard words of public-service writing ("rapportage" -> "verslag"),
/// for the hint of a "moeilijk woord" finding. A small fixed table; docs/check.md lists it.
#include <string_view>

namespace ww {

/// The simpler word or phrase for `word` (any case, also an inflected form such as
/// "rapportages"), or an empty view.
std::string_view simpler_word(std::string_view word);

}  // namespace ww
