#pragma once
/// Abbreviations from `afkortingen.toml`: the first use on a page is written out
/// ("Wet maatschappelijke ondersteuning (Wmo)") unless the same paragraph already spells it out;
/// later uses stay short (in <abbr title>). Matching is case-sensitive, on whole words; headings,
/// links and code are left alone. Generates afkortingen.html with the pages that use each one.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

void run_abbreviations_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The written-out form of the first use: "Wet maatschappelijke ondersteuning (Wmo)";
/// "Zorg, Jeugd en Onderwijs (commissie van de VNG)" gives "Zorg, Jeugd en Onderwijs (ZJO,
/// commissie van de VNG)"; a `voluit` that holds the abbreviation itself is used as is.
std::string written_out(const std::string& afkorting, const std::string& voluit);

}  // namespace ww
