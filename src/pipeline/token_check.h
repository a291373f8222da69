#pragma once
/// Checks on a gemeente's design-token file ([thema] tokens, klasse): broken CSS, a theme class
/// the file does not define, WCAG AA contrast of the colour pairs the standard theme uses (light
/// and, when the file has its own dark values, dark), a package that overrides the gemeente's
/// brand colours, and the size against the CSS budget.
#include <string>

#include "config/site_config.h"
#include "core/diagnostics.h"

namespace ww {

/// The CSS budget per page (docs: HTML 100 KB, CSS and JS 40 KB).
inline constexpr std::size_t kCssBudgetBytes = 40 * 1024;

struct TokenCheckInput {
  std::string theme_tokens;       ///< text of the theme's own css/tokens.css (the defaults)
  std::string theme_tokens_file;  ///< its path, for messages
  std::string file;               ///< the gemeente's token file
  std::string text;               ///< its text
  std::string klasse;             ///< [thema] klasse, may be empty
  SourcePos klasse_pos;           ///< where `klasse` stands in site-config.toml
};

void check_tokens(const TokenCheckInput& in, Diagnostics& diags);

}  // namespace ww
