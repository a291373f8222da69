#pragma once
/// Citations and footnotes become numbered notes. Per page, citations (`[@key, p. 3]`) and GFM
/// footnotes (`[^1]`) are numbered together in order of first use; the marker is a superscript
/// link (role="doc-noteref") and the notes list "Bronnen en voetnoten" at the end of the page has
/// a back-link per reference (role="doc-backlink"). Replaces cmark-gfm's English footnotes.
/// Also generates bronnen.html: every source with its full reference and the pages citing it.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

void run_notes_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
