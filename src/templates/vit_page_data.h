#pragma once
/// Template data of the VIT pages (documented in docs/templates.md, "VIT").
#include "templates/page_data.h"

namespace ww {

/// The key of a VIT part in the page (`data-vit-kenmerk`) and in the browser (`model.sleutel`):
/// "5" for basiskenmerk 5, "deel-governance" for the gemeente's own part `vit/governance.md`.
std::string vit_deel_sleutel(const VitInfo& vit);

/// Adds to `page_data` (the `page` object) for a page in the `vit` section: `is_vit`,
/// `vit_links`, `vit_perspectieven`, the page kind (`vit_is_overzicht`, `vit_is_deel`,
/// `vit_is_resultaten`, `vit_is_vergelijken`, `vit_is_rapport`); on a VIT part `vit` with its
/// questions and answer choices; on the section page `vit_waarden` (the parts grouped by waarde)
/// and, when the gemeente has its own parts, `vit_lokale_delen`. Does nothing elsewhere.
void add_vit_page_data(const SiteView& view, const Page& page, TemplateData& page_data);

}  // namespace ww
