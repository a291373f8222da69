#pragma once
/// The browser data of the VIT: a script that defines `window.WEGWIJZER_VIT`, loaded with
/// <script src> so it also works from file:// (where fetch is blocked).
#include <string>
#include <string_view>

#include "config/site_config.h"
#include "core/json.h"  // json_string
#include "markdown/parsed_site.h"

namespace ww {

/// Version of the data file's shape and of the answers the browser saves and exports.
/// Raise it only with a migration in themes/standaard/static/js/vit/storage.js.
inline constexpr int kVitSchema = 1;

/// The whole data file: schema, site (short_name, title, versie, datum, gemeente), answer scale,
/// perspectives, waarden, the kenmerken in number order (title, waarde, urls relative to the
/// site root, questions) and the retired questions with their old text. Deterministic.
std::string vit_data_js(const ParsedSite& site, const SiteConfig& config);

}  // namespace ww
