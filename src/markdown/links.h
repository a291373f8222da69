#pragma once
/// Rewrites links written as relative paths to `.md` sources into relative `.html` links,
/// and reports every dead page or anchor, unsafe URL and link that leaves the site.
#include "markdown/parsed_site.h"

namespace ww {

/// The relative URL from output file `from` to output file `to` (both relative to the site root).
std::string relative_url(const std::string& from, const std::string& to);

void rewrite_links(ParsedSite& site, Diagnostics& diags);

}  // namespace ww
