#pragma once
/// The A-Z list of woordenlijst.html (the woordenlijst section page): a letter index and every
/// term with its `kort`, sorted by `term` (not by title). Made as the data of the theme's
/// partial `woordenlijst` (docs/templates.md, "Page parts").
#include <string>
#include <vector>

#include "content/page.h"

namespace ww {

/// The data of the partial `woordenlijst` for the section page `index`, and the letter ids
/// (`letter-a`, …, `letter-overig`) it puts on that page.
struct WoordenlijstData {
  toml::table data;
  std::vector<std::string> anchors;
};

/// What the section page `index` lists: `zie_ook` (the links to afkortingen.html and
/// bronnen.html, when the site has them), then per letter the terms of `terms`. Needs only the
/// pages' front matter (title, kort, term, output), no syntax tree: the term pages may come later.
WoordenlijstData woordenlijst_data(const Page& index, const std::vector<const Page*>& terms,
                                   bool has_afkortingen, bool has_bronnen);

/// The letter a term is listed under ("casuïstiek" -> 'C', "(basis)hulp" -> 'B'), '#' if none.
char term_letter(const std::string& term);

/// The sort key of a term: folded, leading punctuation dropped.
std::string term_sort_key(const std::string& term);

}  // namespace ww
