#pragma once
/// Glossary terms: the first use on a page of a term or one of its `varianten` links to the term
/// (with the term's `kort` for the toggletip). Case-insensitive, whole words, longest match
/// first; never in headings, links, code, or on the term's own page. Term pages get "Komt voor
/// op", woordenlijst.html gets the A-Z list, and a term no page uses gives a warning.
#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

void run_glossary_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
