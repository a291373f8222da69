#pragma once
/// Dutch wording for toml++'s parse errors ("Error while parsing key-value pair: expected '=', saw
/// '\"'"). Unknown descriptions keep the original English text.
#include <string>
#include <string_view>

namespace ww {

/// The Dutch message for a toml++ error description; `original` is set to the English text when
/// the translation is only partial (so the hint can show it), empty otherwise.
std::string toml_error_dutch(std::string_view description, std::string& original);

}  // namespace ww
