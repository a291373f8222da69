#pragma once
/// The print edition (`print.html`, like mdBook's print page): the whole kader on one page in
/// the reading order of `leesvolgorde`, with a table of contents and every chapter's notes.
#include "config/site_config.h"
#include "markdown/parsed_site.h"
#include "templates/navigation.h"

namespace ww {

inline constexpr const char* kPrintOutput = "print.html";

/// One chapter of the print edition.
struct PrintPart {
  std::size_t page = 0;  ///< index in ParsedSite::pages
  std::string id;        ///< id of the chapter on print.html; its inner ids are "<id>--<old id>"
};

/// The chapters in reading order with unique ids (slugs of the file names).
std::vector<PrintPart> print_parts(const ParsedSite& site, const Navigation& nav);

/// The body of print.html: the table of contents and the chapters, from the rendered pages.
std::string print_body(const ParsedSite& site, const std::vector<PrintPart>& parts,
                       const SiteConfig& config);

/// Appends print.html as a generated page (template "print", html already set). Call after
/// render_site, so every chapter's html (with its notes) is there. Does nothing when the
/// reading order is empty.
void add_print_page(ParsedSite& site, const Navigation& nav, const SiteConfig& config,
                    Diagnostics& diags);

}  // namespace ww
