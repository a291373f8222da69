#pragma once
/// Lint rules of `wegwijzer check` that a build does not enforce: accessibility of the
/// Markdown (heading levels, alt text, link texts) and the completeness of the content
/// (kort, glossary terms and sources that are never used, long pages without sub-headings).
#include "core/diagnostics.h"
#include "markdown/parsed_site.h"

namespace ww {

/// A page body with more words than this and no sub-heading gets a warning.
inline constexpr int kMaxWordsWithoutHeadings = 600;

/// Runs every lint rule over the parsed site (before the passes changed it) and reports into
/// `diags`. Rule ids: kop-overgeslagen, afbeelding-zonder-alt, lege-linktekst, vage-linktekst,
/// kort-ontbreekt, term-ongebruikt, bron-ongebruikt, lange-pagina-zonder-kopjes.
void lint_site(const ParsedSite& site, Diagnostics& diags);

/// True for link texts that say nothing about where the link goes ("klik hier", "lees meer").
bool is_vague_link_text(std::string_view text);

}  // namespace ww
