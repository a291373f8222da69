#pragma once
/// The A-Z list of woordenlijst.html (the woordenlijst section page): a letter index and every
/// term with its `kort`, sorted by `term` (not by title).
#include <string>
#include <vector>

#include "markdown/parsed_site.h"

namespace ww {

/// HTML for the section page at `index_page`: letter index, then per letter the terms of
/// `term_pages` (page indices). Adds the letter ids to that page's anchors.
std::string woordenlijst_html(ParsedSite& site, std::size_t index_page,
                              const std::vector<std::size_t>& term_pages);

/// The letter a term is listed under ("casuïstiek" -> 'C', "(basis)hulp" -> 'B'), '#' if none.
char term_letter(const std::string& term);

/// The sort key of a term: folded, leading punctuation dropped.
std::string term_sort_key(const std::string& term);

}  // namespace ww
