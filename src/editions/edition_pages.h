#pragma once
/// The change views: data for the theme's `wijziging` and `wijzigingen` templates.
#include "editions/compare.h"
#include "markdown/parsed_site.h"

namespace ww {

/// "basiskenmerken/05-brede-blik.md" -> "wijzigingen/basiskenmerken-05-brede-blik.html".
std::string change_view_output(const std::string& source);

/// Adds a change view (`wijzigingen/<slug>.html`, template `wijziging`) for every changed or
/// renamed page, puts the link to it on that page (`page.editie.wijziging_url`), and gives
/// wijzigingen.html (the editors' page, or a generated one when there is none) the overview
/// (`page.editie.groepen`).
void add_edition_pages(ParsedSite& site, const EditionChanges& changes, Diagnostics& diags);

}  // namespace ww
