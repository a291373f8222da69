#pragma once
/// The inverted index over the search documents: for every search term the pages that have it
/// in their title and the documents that have it in their heading or text, with counts.
/// Built in one pass over the text (hash maps), so the time grows linearly with the text: the
/// documents are split into terms on `threads` threads, then merged in document order, so the
/// index does not depend on the thread count.
#include <cstdint>
#include <string>
#include <vector>

#include "search/documents.h"

namespace ww {

struct SearchPosting {
  std::uint32_t doc = 0;
  std::uint32_t heading_count = 0;  ///< times the term is in the document's heading
  std::uint32_t text_count = 0;     ///< times the term is in the document's text
};

struct SearchTerm {
  std::string term;
  std::vector<std::uint32_t>
      title_pages;                      ///< pages with the term in title or title_extra, ascending
  std::vector<SearchPosting> postings;  ///< ascending by document
};

struct SearchIndex {
  std::vector<SearchTerm> terms;          ///< sorted by term (byte order)
  std::vector<std::uint32_t> text_terms;  ///< per document: number of terms in its text
};

SearchIndex build_search_index(const SearchCorpus& corpus, unsigned threads = 1);

}  // namespace ww
