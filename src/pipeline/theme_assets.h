#pragma once
/// Files a site's config adds to the theme: the organisation's NL Design System token CSS
/// (`[thema] tokens`) and its logo (`[gemeente] logo`).
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace ww {

struct ThemeAsset {
  std::string output;  ///< path in the output: "css/gemeente-tokens.css"
  std::string bytes;
};

/// Output path of the token CSS; base.mustache links it when `site.tokens` is set.
inline constexpr const char* kTokensOutput = "css/gemeente-tokens.css";

/// Output path of the logo for a configured logo file ("logo.svg" -> "gemeente-logo.svg").
std::string logo_output(const std::string& logo);

/// Reads the configured token CSS and logo. A missing or unreadable file, or a logo that is
/// not an image the browser shows (svg, png, jpg, webp, gif), is an error at the config key.
std::vector<ThemeAsset> load_theme_assets(const FileSystem& fs, const SiteConfig& config,
                                          Diagnostics& diags);

}  // namespace ww
