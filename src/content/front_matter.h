#pragma once
/// Splits a page into TOML front matter (between `+++` lines) and the Markdown body.
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace ww {

struct FrontMatterSplit {
  std::string front;   ///< TOML text between the fences
  int front_line = 2;  ///< file line of the first TOML line
  std::string body;    ///< Markdown after the closing fence
  int body_line = 1;   ///< file line of the first body line
};

/// `text` must already be newline-normalised. Reports a missing or unclosed fence.
std::optional<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& file,
                                                   Diagnostics& diags);

}  // namespace ww
