#pragma once
/// Lint rules of `wegwijzer check` that a build does not enforce: accessibility of the
/// Markdown (heading levels, alt text, link texts) and the completeness of the content
/// (kort, glossary terms and sources that are never used, long pages without sub-headings).
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
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
    Diagnostics diags;                    ///< the page's own findings
    std::vector<std::size_t> used_terms;  ///< indexes in `terms` the page's text uses (of
                                          ///< those no page used before it)
    std::set<std::string> cited;          ///< citation keys the page uses
  };
  /// A form of a glossary term (the term or a variant) as its folded words.
  struct Form {
    std::size_t term = 0;            ///< index in `terms`
    std::vector<std::string> words;  ///< "zorg in de wijk": zorg, in, de, wijk
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::size_t> terms;  ///< the glossary pages, in page order
  /// Every form of more than two characters, by its first word.
  std::unordered_map<std::string, std::vector<Form>, Hash, std::equal_to<>> forms_by_first_word;
  /// Per first byte, bit min(length, 63) set for each first word: most words of a page are no
  /// first word, and this tells without a lookup.
  std::array<std::uint64_t, 256> first_word_shapes{};
  std::vector<Slot> slots;  ///< one per page
  /// Per term, whether a page already used it (set by any thread), and how many terms no page
  /// used yet: once every term is used, a page's words need not be looked at. Which page found
  /// a term first does not matter: term-ongebruikt only asks whether any did.
  std::unique_ptr<std::atomic<bool>[]> term_used;
  std::unique_ptr<std::atomic<std::size_t>> terms_unused;
};

/// Reads what every page needs from the others (the glossary terms); only `Page`s are read.
LintRun lint_begin(const ParsedSite& site);
/// The rules on page i: reads its trees and every record's `Page`; writes run.slots[i] only.
void lint_page(const ParsedSite& site, std::size_t i, LintRun& run);
/// The findings of every page in page order, then term-ongebruikt and bron-ongebruikt.
void lint_end(const ParsedSite& site, LintRun& run, Diagnostics& diags);

/// Runs every lint rule over the parsed site (before the passes changed it) and reports into
/// `diags` (the three steps above, on one thread). Rule ids: kop-overgeslagen,
/// afbeelding-zonder-alt, lege-linktekst, vage-linktekst, kort-ontbreekt, term-ongebruikt,
/// bron-ongebruikt, lange-pagina-zonder-kopjes.
void lint_site(const ParsedSite& site, Diagnostics& diags);

/// True for link texts that say nothing about where the link goes ("klik hier", "lees meer").
bool is_vague_link_text(std::string_view text);

}  // namespace ww
