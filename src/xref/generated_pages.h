#pragma once
/// Pages the cross-link passes make themselves (no Markdown source): bronnen.html,
/// afkortingen.html.
#include "markdown/parsed_site.h"

namespace ww {

/// Appends `<li><a href="…">title</a></li>` for page index `page`, linked from `from_output`.
void append_page_link(std::string& out, const ParsedSite& site, const std::string& from_output,
                      std::size_t page);

/// "<details>" with links to `pages` (indices), or a short sentence for a few: the "gebruikt op"
/// lists of the generated pages. `label` is "Gebruikt op" or "Genoemd op".
std::string page_links_html(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label);

/// The data of a "Gebruikt op" / "Genoemd op" list in a part: `label`, `aantal`, `veel` (more
/// than 3: the theme folds the list away) and `paginas` `{title, url}` (url relative to
/// `from_output`).
toml::table page_links_data(const ParsedSite& site, const std::string& from_output,
                            const std::vector<std::size_t>& pages, const std::string& label);

}  // namespace ww
