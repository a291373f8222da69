#pragma once
/// The search pass: runs after the other passes, collects the search documents from the final
/// syntax trees, writes zoekindex.js and the snippet texts, and adds the search page.
#include <cstddef>
#include <string>

#include "config/site_config.h"
#include "markdown/parsed_site.h"
#include "search/documents.h"
#include "search/index.h"

namespace ww {

/// The generated search page; the header's search form (zoekveld partial) submits to it.
inline constexpr const char* kSearchPageOutput = "zoeken.html";

/// Sizes of the search data, for the budget (index at most 35% of the text) and reports
/// (`snippet_bytes`: the files not written early).
struct SearchStats {
  std::size_t pages = 0;
  std::size_t docs = 0;
  std::size_t terms = 0;
  std::size_t text_bytes = 0;     ///< the documents' plain text (headings and text)
  std::size_t index_bytes = 0;    ///< zoekindex.js
  std::size_t snippet_bytes = 0;  ///< all zoektekst/*.js together
};

/// The data of the search page's partial `zoekpagina` (the form, live status, results, the
/// message shown without JavaScript and its <script src> tags are the theme's): `zoekindex`,
/// and the links without JavaScript `woordenlijst_url`, `inhoud_url` (with `heeft_woordenlijst`,
/// `heeft_inhoud`) and `heeft_links`.
toml::table search_page_data(const ParsedSite& site);

/// Adds zoekindex.js, zoektekst/*.js (to site.files) and zoeken.html (a generated page, unless
/// a page already has that output path: then an error at that page, add_generated_page()).
SearchStats run_search_pass(ParsedSite& site, const SiteConfig& config, Diagnostics& diags);

/// The end of the search pass once the documents are collected and indexed: zoekindex.js, the
/// snippet files and zoeken.html.
SearchStats finish_search_pass(ParsedSite& site, SearchCorpus corpus, SearchIndex index,
                               Diagnostics& diags);

/// Only zoeken.html, as finish_search_pass adds it, without zoekindex.js and the snippet files:
/// for `check`, which publishes nothing. The search data give no findings (they are made from
/// pages that are already checked); the page can (a page that already has its output path).
void add_search_page(ParsedSite& site, Diagnostics& diags);

/// The search pass in the streaming build's steps: made once from the pages' front matter;
/// `page(site, i, worker)` while page i's tree is there, after the other passes changed it (on
/// any thread; `worker` < the `workers` it was made with, one thread per worker number): its
/// documents, split into index terms at once; `merge` once: the documents and terms in page
/// order, the abbreviations of afkortingen.html, then finish_search_pass().
class SearchPass {
 public:
  /// `write`: where each snippet file goes as soon as it is complete (while the pages stream);
  /// the files it does not take are added to site.files.
  SearchPass(const ParsedSite& site, unsigned workers, SnippetFileWriter write = {});
  void page(const ParsedSite& site, std::size_t i, unsigned worker);
  SearchStats merge(ParsedSite& site, Diagnostics& diags);

 private:
  SearchDocuments documents_;
  SearchIndexBuilder index_;
};

}  // namespace ww
