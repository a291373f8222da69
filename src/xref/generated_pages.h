#pragma once
/// Helpers of the pages the cross-link passes make themselves (no Markdown source):
/// bronnen.html, afkortingen.html.
#include <set>
#include <string>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// The data of a "Gebruikt op" / "Genoemd op" list in a part: `label`, `aantal`, `veel` (more
/// than 3: the theme folds the list away) and `paginas` `{title, url}` (url relative to
/// `from_output`).
toml::table page_links_data(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label);

/// The outputs of the pages the cross-link merges add after the pages are streamed
/// (bronnen.html with bronnen.toml, afkortingen.html with afkortingen.toml, afwijkingen.html in a
/// gemeente copy): content may link to them (LinkPass's `to_come`).
std::set<std::string> pages_made_later(const ParsedSite& site, const SiteConfig& config);

}  // namespace ww
