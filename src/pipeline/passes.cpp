#include "pipeline/passes.h"

#include "markdown/links.h"
#include "search/search_pass.h"
#include "vit/vit_pass.h"
#include "xref/aanvulling_pass.h"
#include "xref/abbreviations_pass.h"
#include "xref/afwijkingen_page.h"
#include "xref/glossary_pass.h"
#include "xref/notes_pass.h"
#include "xref/zie_ook_pass.h"

namespace ww {

std::vector<Pass> default_passes() {
  return {
      // First: a gemeente's aanvulling moves to its place (na_kop) before any pass reads the
      // page in reading order.
      {"aanvullingen", [](ParsedSite& site, const SiteConfig& c,
                          Diagnostics& d) { run_aanvulling_pass(site, c, d); }},
      // Before links: it adds the generated VIT pages that content may link to.
      {"vit",
       [](ParsedSite& site, const SiteConfig& c, Diagnostics& d) { run_vit_pass(site, c, d); }},
      // Cross-linking (xref), before links: citations and footnotes become notes (and
      // bronnen.html),
      // then glossary terms, then abbreviations (afkortingen.html); terms go first so an
      // abbreviation inside a term stays in the term's link.
      {"notes",
       [](ParsedSite& site, const SiteConfig& c, Diagnostics& d) { run_notes_pass(site, c, d); }},
      {"glossary", [](ParsedSite& site, const SiteConfig& c,
                      Diagnostics& d) { run_glossary_pass(site, c, d); }},
      {"abbreviations", [](ParsedSite& site, const SiteConfig& c,
                           Diagnostics& d) { run_abbreviations_pass(site, c, d); }},
      // A gemeente copy: afwijkingen.html, what differs from VNG's version (after the VIT pages
      // exist, before links so content may link to it).
      {"afwijkingen", [](ParsedSite& site, const SiteConfig& c,
                         Diagnostics& d) { run_afwijkingen_pass(site, c, d); }},
      {"zie_ook",
       [](ParsedSite& site, const SiteConfig& c, Diagnostics& d) { run_zie_ook_pass(site, c, d); }},
      {"links",
       [](ParsedSite& site, const SiteConfig&, Diagnostics& d) { rewrite_links(site, d); }},
      // Keep last: it indexes the text as the other passes left it and adds zoeken.html.
      {"search",
       [](ParsedSite& site, const SiteConfig& c, Diagnostics& d) { run_search_pass(site, c, d); }},
  };
}

}  // namespace ww
