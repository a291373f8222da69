#pragma once
/// Lint rules of `wegwijzer check` that a build does not enforce: accessibility of the
/// Markdown (heading levels, alt text, link texts) and the completeness of the content
/// (kort, sources that are never cited, long pages without sub-headings). A glossary term that
/// no page uses is reported by the build itself (xref/glossary_pass, `term-ongebruikt`).
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "markdown/parsed_site.h"

namespace ww {

/// A page body with more words than this and no sub-heading gets a warning.
inline constexpr int kMaxWordsWithoutHeadings = 600;

/// One run of the lint rules over a site, split so that a streaming build can run it per page
/// (BuildOptions::inspect): lint_begin once, lint_page for every page on any thread (it writes
/// slot i only), lint_end once to merge the slots in page order.
struct LintRun {
  struct Slot {
    Diagnostics diags;            ///< the page's own findings
    std::set<std::string> cited;  ///< citation keys the page uses
  };
  std::vector<Slot> slots;  ///< one per page
};

/// Prepares a run over the site's pages.
LintRun lint_begin(const ParsedSite& site);
/// The rules on page i: reads its trees and every record's `Page`; writes run.slots[i] only.
void lint_page(const ParsedSite& site, std::size_t i, LintRun& run);
/// The findings of every page in page order, then bron-ongebruikt.
void lint_end(const ParsedSite& site, LintRun& run, Diagnostics& diags);

/// Runs every lint rule over the parsed site (before the passes changed it) and reports into
/// `diags` (the three steps above, on one thread). Rule ids: kop-overgeslagen,
/// afbeelding-zonder-alt, lege-linktekst, vage-linktekst, kort-ontbreekt, bron-ongebruikt,
/// lange-pagina-zonder-kopjes.
void lint_site(const ParsedSite& site, Diagnostics& diags);

/// True for link texts that say nothing about where the link goes ("klik hier", "lees meer").
bool is_vague_link_text(std::string_view text);

}  // namespace ww
