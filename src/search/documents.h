#pragma once
/// What the search finds: the sections of the site's pages (split at h2 and h3), glossary terms
/// and VIT questions, with their plain text, taken from the parsed site after the other passes.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "markdown/parsed_site.h"
#include "search/snippet_files.h"

namespace ww {

enum class SearchKind { section = 0, term = 1, question = 2 };

/// Ranking weight (in tenths) of the kader's own text: the basiskenmerk pages and the chapters of
/// kader/. Their sections rank above the VIT, background documents and glossary entries that
/// use the same words ("mandaat" finds basiskenmerk 11 before the VIT page about it).
inline constexpr int kPageWeightKader = 13;
inline constexpr int kPageWeightDefault = 10;

/// A page that has search documents.
struct SearchPage {
  std::string url;    ///< output path relative to the site root: "basiskenmerken/11-mandaat.html"
  std::string title;  ///< page title (the boosted field)
  std::string title_extra;  ///< also searched as title, not shown: a term's varianten
  std::string label;  ///< where it lives, shown with a result: "Basiskenmerken", "Woordenlijst"
  int weight = kPageWeightDefault;  ///< ranking weight of the page's documents, in tenths
};

/// One search document: a section of a page, a glossary term or a VIT question.
struct SearchDoc {
  std::size_t page = 0;  ///< index into SearchCorpus::pages
  SearchKind kind = SearchKind::section;
  std::string anchor;   ///< heading id on the page; "" for the top of the page
  std::string heading;  ///< section heading ("" for the text before the first heading)
  std::string text;     ///< plain text, whitespace collapsed
};

struct SearchCorpus {
  std::vector<SearchPage> pages;
  std::vector<SearchDoc> docs;  ///< grouped by page, in page order and document order
  /// The snippet files of the first `snippet_pages` pages, joined from their parts while the
  /// pages streamed; those pages' documents have an empty `text` (it was split into index terms
  /// and escaped into the part at once, so the texts are not held until the merge). The pages
  /// after these (added by a merge, or all pages of collect_search_documents()) still have their
  /// texts.
  std::size_t snippet_pages = 0;
  SnippetFileBuilder snippet_files;
};

/// The id of the "In gewone taal" heading the basiskenmerk template writes.
inline constexpr const char* kGewoneTaalAnchor = "in-gewone-taal";

/// The anchor of a VIT question on its page: "vraag-11-2" for "11.2".
std::string vit_question_anchor(const std::string& id);

/// Appends `s` to `out`, turning every run of whitespace into one space (none at the start of
/// `out` or after a space). Text with single spaces between words is copied as it is.
void append_collapsed(std::string& out, std::string_view s);

/// The text of a subtree without markup: words of adjacent blocks and table cells are kept
/// apart, raw HTML and footnote references are skipped, whitespace is collapsed.
std::string search_text(cmark_node* node);

/// Appends search_text(node) to `out` as one more block: a space between, unless `out` is
/// empty or ends in one; nothing at all when the node has no text.
void append_search_text(std::string& out, cmark_node* node);

/// Collects the documents of every page that has a syntax tree (generated pages are left out):
/// glossary pages give one term document; other pages give the text before the first heading
/// (with the "In het kort" summary), "In gewone taal", one document per h2/h3 and the
/// gemeente's aanvulling; VIT pages add one document per question. Footnote texts are left out.
/// When the site has the generated afkortingen.html, every abbreviation is a document on it.
/// The pages are read on site.workers and merged in page order.
SearchCorpus collect_search_documents(const ParsedSite& site);

/// collect_search_documents() in the streaming build's steps: made once (the section titles and
/// each page's place among the search pages, from the pages' front matter), `page(site, i)` for
/// every page on any thread while its tree is there (after the other passes changed it; slot i),
/// then `merge` once: the documents in page order, and the abbreviations of afkortingen.html.
class SearchDocuments {
 public:
  /// `write`: where the snippet files go as soon as they are complete (SnippetFileBuilder).
  explicit SearchDocuments(const ParsedSite& site, SnippetFileWriter write = {});
  void page(const ParsedSite& site, std::size_t i);
  SearchCorpus merge(const ParsedSite& site);

  /// The documents of one page, made on a worker thread.
  struct PageDocs {
    bool has = false;
    SearchPage page;
    std::vector<SearchDoc> docs;
    PageSnippets snippets;  ///< until it is joined
  };

  /// Page i's documents (after page(site, i)); `has` is false for a page without a tree.
  [[nodiscard]] const PageDocs& of(std::size_t i) const { return per_page_[i]; }
  /// Makes page i's snippet part from its documents' texts and drops the texts (call it after
  /// they are indexed), for every page after page(site, i), on any thread. The parts are joined
  /// into the snippet files in page order as soon as the pages before are done. Either every
  /// page gets this or none: merge() hands the files on in SearchCorpus::snippet_files.
  void make_snippets(std::size_t i);
  /// Page i's place among the search pages (the corpus's `pages`).
  [[nodiscard]] std::size_t search_page(std::size_t i) const { return search_index_[i]; }
  /// How many search pages the pages give (without those a merge adds).
  [[nodiscard]] std::size_t search_pages() const { return count_; }

 private:
  std::map<std::string, std::string> section_titles_;
  std::vector<std::size_t> search_index_;
  std::size_t count_ = 0;
  std::vector<PageDocs> per_page_;
  // The parts joined in page order (make_snippets): which pages are done, the first page not yet
  // joined, the files so far.
  std::mutex join_;
  std::vector<char> done_;
  std::size_t next_ = 0;
  bool streamed_ = false;
  SnippetFileBuilder files_;
};

}  // namespace ww
