#pragma once
/// Writes the search data as JavaScript files the browser loads with <script src> (fetch() is
/// blocked on file://): the index and, per page, the texts for result snippets.
///
/// zoekindex.js sets `window.WEGWIJZER_ZOEKINDEX`:
///   versie      format version (kSearchFormat)
///   regels      the normalisation rules (normalize.h): klinkers, stopwoorden, stappen, vouwen
///   paginas     [url, title, label, weight in tenths] per page
///   docs        [page, kind, anchor, heading, text term count] per document
///   termen      terms sorted, front-coded: "<shared prefix length><rest>" separated by spaces
///   postings    per term, separated by ",": the number of title pages, the title pages as
///               gaps, then per document: gap * 2 when the term is once in the text and not in
///               the heading (the common case), else gap * 2 + 1 followed by
///               (text count * 4 + min(heading count, 3))
/// Numbers are written in base 32, most significant digit first: the last digit from
/// kDigitLast, the others from kDigitMore, so a number needs no separator.
///   tekstbestanden  the first page of each snippet file zoektekst/<k>.js, ascending
/// zoektekst/<k>.js holds the snippet texts of the consecutive pages from tekstbestanden[k] up to
/// the next file's first page, up to kSearchTextFileBytes of text (a larger page has a file of its
/// own), so 10,000 pages need a few hundred files, not 10,000; for each page it calls
/// `window.WEGWIJZER_ZOEKTEKST(page, [text per document])`.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "search/documents.h"
#include "search/index.h"

namespace ww {

inline constexpr int kSearchFormat = 3;
inline constexpr std::string_view kDigitLast = "0123456789abcdefghijklmnopqrstuv";
inline constexpr std::string_view kDigitMore = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
inline constexpr const char* kSearchIndexOutput = "zoekindex.js";
inline constexpr const char* kSearchTextDir = "zoektekst/";
/// About how many bytes of text one zoektekst/<k>.js holds (a result loads the whole file).
inline constexpr std::size_t kSearchTextFileBytes = 32 * 1024;

/// Appends `n` in the base-32 form described above.
void append_base32(std::string& out, std::uint32_t n);

/// Appends a term's number of title pages and the pages as gaps (the start of its postings).
void append_title_pages(std::string& out, const std::vector<std::uint32_t>& pages);
/// Appends one posting: `gap` from the term's previous document (from 0 for its first).
void append_posting(std::string& out, std::uint32_t gap, std::uint32_t heading_count,
                    std::uint32_t text_count);

/// `s` as a JavaScript string literal in double quotes; non-ASCII, '<', '>' and '&' escaped.
std::string js_string(std::string_view s);
/// Appends js_string(s) to `out`.
void append_js_string(std::string& out, std::string_view s);
/// Appends js_string(s) without its quotes.
void append_js_escaped(std::string& out, std::string_view s);

/// The "regels" object: vowels, stop words, stemming steps and the diacritics folding table,
/// all taken from normalize.cpp and core/utf8.cpp.
std::string normalisation_rules_json();

/// The whole zoekindex.js. Its lists are made in parts on `workers` (null: the calling thread)
/// and joined in order, so the file does not depend on the thread count.
std::string search_index_js(const SearchCorpus& corpus, const SearchIndex& index,
                            WorkerPool* workers = nullptr);

/// The output path of snippet file `k`: "zoektekst/12.js".
std::string search_text_output(std::size_t k);

/// Search page p's part of its snippet file, from its documents (`docs`, all of page p).
PageSnippets page_snippets(std::size_t p, std::span<const SearchDoc> docs);

/// Adds the snippet parts of the pages after corpus.snippet_pages (made from their documents'
/// texts, on `workers`) to corpus.snippet_files; then every page is in a file.
void complete_snippets(SearchCorpus& corpus, WorkerPool* workers = nullptr);

/// The first page of each snippet file (`tekstbestanden`): pages with documents in page order,
/// a new file when the next page's text would take the current one over kSearchTextFileBytes.
std::vector<std::size_t> search_text_file_starts(const SearchCorpus& corpus);

/// zoektekst/<k>.js for the pages with documents: output path -> file (the corpus's files so far,
/// completed on a copy). The parts are made on `workers`; the result does not depend on the
/// thread count.
std::map<std::string, std::string> search_text_files(const SearchCorpus& corpus,
                                                     WorkerPool* workers = nullptr);

}  // namespace ww
