#pragma once
/// Abbreviations from `afkortingen.toml`. The pass never changes the words of a text (the kader
/// is published word for word): the first use on a page becomes a link to its entry on
/// afkortingen.html with the expansion in data-kort, which the theme's toggletip script shows like
/// a glossary term's explanation (unless the same paragraph already spells it out); every use is
/// in <abbr title>. Matching is case-sensitive, on whole words; headings, links and code are left
/// alone. Generates afkortingen.html (an id per entry) with the pages that use each one.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

void run_abbreviations_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The written-out form, as a site-written text should spell it (`wegwijzer check` suggests it):
/// "Wet maatschappelijke ondersteuning (Wmo)"; "Zorg, Jeugd en Onderwijs (commissie van de VNG)"
/// gives "Zorg, Jeugd en Onderwijs (ZJO, commissie van de VNG)"; a `voluit` that holds the
/// abbreviation itself is used as is.
std::string written_out(const std::string& afkorting, const std::string& voluit);

}  // namespace ww
