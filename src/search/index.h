#pragma once
/// The inverted index over the search documents: for every search term the pages that have it
/// in their title and the documents that have it in their heading or text, with counts.
/// Built in one pass over the text (hash maps), so the time grows linearly with the text: the
/// documents are split into terms on `threads` threads, then merged in document order, so the
/// index does not depend on the thread count.
#include <cstdint>
#include <memory>
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
  /// The title pages and postings already in zoekindex.js's form (search/emit.h), made by
  /// SearchIndexBuilder::finish(corpus, true); `title_pages` and `postings` are then empty.
  std::string encoded;
};

struct SearchIndex {
  std::vector<SearchTerm> terms;          ///< sorted by term (byte order)
  std::vector<std::uint32_t> text_terms;  ///< per document: number of terms in its text
};

SearchIndex build_search_index(const SearchCorpus& corpus, unsigned threads = 1);

/// build_search_index() in the streaming build's steps: `add_page(p, page, docs, worker)` splits
/// search page p's title and documents into terms while they are in cache (on any thread; a
/// worker number owns its term table, so two threads never share one), then `finish(corpus)`
/// splits the pages that were not added (afkortingen.html, made by a merge) and merges the
/// terms in page and document order: the same index as build_search_index(corpus).
class SearchIndexBuilder {
 public:
  SearchIndexBuilder(std::size_t pages, unsigned workers);
  ~SearchIndexBuilder();
  SearchIndexBuilder(const SearchIndexBuilder&) = delete;
  SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;
  void add_page(std::size_t p, const SearchPage& page, const std::vector<SearchDoc>& docs,
                unsigned worker);
  /// `encoded`: each term's title pages and postings are written in zoekindex.js's form
  /// (SearchTerm::encoded) as they are merged, a few bytes each instead of a SearchPosting.
  SearchIndex finish(const SearchCorpus& corpus, bool encoded = false);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace ww
