#pragma once
/// The VIT pass: checks the questions, adds the generated results and compare pages (their
/// templates are chosen by output path, see template_for) and writes the browser data file.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// Does nothing for a site without a `vit/` section. Runs before the link pass, so content
/// may link to the generated pages (`resultaten.html`).
void run_vit_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
