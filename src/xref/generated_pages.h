#pragma once
/// Helpers of the pages the cross-link passes make themselves (no Markdown source):
/// bronnen.html, afkortingen.html.
#include "markdown/parsed_site.h"

namespace ww {

/// The data of a "Gebruikt op" / "Genoemd op" list in a part: `label`, `aantal`, `veel` (more
/// than 3: the theme folds the list away) and `paginas` `{title, url}` (url relative to
/// `from_output`).
toml::table page_links_data(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label);

}  // namespace ww
