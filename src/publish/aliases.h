#pragma once
/// Old addresses of renamed pages (`aliassen` in the front matter): a small redirect page at
/// each, so bookmarks and links from elsewhere keep working on a web server and from file://.
#include "config/site_config.h"
#include "core/diagnostics.h"
#include "markdown/parsed_site.h"

namespace ww {

/// Adds a redirect page to site.files for every alias of every page. An alias that is also a
/// page, a generated page, a file of the site or another alias is an error at the alias.
/// Call after every pass that adds pages or files.
void add_alias_pages(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The redirect page at `alias` for a page titled `title` at `target` (output paths).
std::string alias_page_html(const std::string& alias, const std::string& target,
                            const std::string& title);

}  // namespace ww
