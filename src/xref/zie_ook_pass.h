#pragma once
/// "Hangt samen met" in both directions: when basiskenmerk 3 lists 7 in `zie_ook`, 7 also shows 3.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

void run_zie_ook_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
