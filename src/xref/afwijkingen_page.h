#pragma once
/// A gemeente copy's page "Wat wijkt af van de VNG-versie" (afwijkingen.html): every aanvulling,
/// replaced, hidden and local page, local term, and hidden and local VIT statement, with links.
/// The pass gathers the data (`page.afwijkingen`); the theme's `afwijkingen` template shows it.
#include <string>
#include <vector>

#include "config/site_config.h"
#include "markdown/parsed_site.h"

namespace ww {

/// Its template is `afwijkingen` (templates/page_data.cpp, template_for; `page` in a theme
/// without it).
inline constexpr const char* kAfwijkingenOutput = "afwijkingen.html";

/// One thing that differs from VNG's version.
struct Afwijking {
  std::string titel;
  std::string url;     ///< relative to afwijkingen.html; empty when there is nothing to link to
  std::string detail;  ///< a short explanation, or empty
  std::string bij_titel, bij_url;  ///< the page it belongs to (a statement's VIT page), or empty
};

/// One kind of difference: a heading on the page with its items.
struct AfwijkingSoort {
  std::string soort;  ///< stable name for themes and tests: "aanvullingen", "verborgen-vragen", …
  std::string kop;
  std::string uitleg;
  std::vector<Afwijking> items;
};

/// Every kind in page order, empty kinds included. A new kind is one more collector function in
/// afwijkingen_page.cpp (`kSoorten`).
std::vector<AfwijkingSoort> collect_afwijkingen(const ParsedSite& site, const SiteConfig& config);

/// True for a gemeente copy (a gemeente name, overlays or hidden pages or statements); VNG's own
/// site gets no afwijkingen.html.
bool is_gemeente_copy(const SiteConfig& config);

/// Adds afwijkingen.html to a gemeente copy (or gives the data to the content page at that
/// address, whose text then stands above the lists).
void run_afwijkingen_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

}  // namespace ww
