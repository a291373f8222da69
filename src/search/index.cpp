#include "search/index.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "markdown/parsed_site.h"
#include "search/normalize.h"

namespace ww {

namespace {

/// Hash and equality that accept std::string_view, so a word is looked up without a copy.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using StringIds = std::unordered_map<std::string, std::uint32_t, ViewHash, std::equal_to<>>;

/// One term of one title or document, by the worker's local term id.
struct TermCount {
  std::uint32_t term = 0;
  std::uint32_t heading_count = 0;
  std::uint32_t text_count = 0;
};

/// The terms of one page title or one document, each once, in order of first occurrence.
struct ItemTerms {
  unsigned worker = 0;  ///< whose local term ids `terms` holds
  std::uint32_t text_terms = 0;
  std::vector<TermCount> terms;
};

/// Per worker: terms by local id, with a cache from folded word to term so each distinct word
/// is stemmed once per worker. Only its own worker touches it.
struct TermTable {
  StringIds word_cache;  // folded word -> local id + 1, 0: not indexed
  StringIds ids;         // term -> local id
  std::vector<std::string> terms;
  std::vector<std::uint32_t> seen;      // local id -> stamp of the item that has it
  std::vector<std::uint32_t> position;  // local id -> its place in that item's terms
  std::uint32_t stamp = 0;
  std::string folded;  // reused buffer

  std::uint32_t term_of(std::string_view word) {
    auto it = word_cache.find(word);
    if (it != word_cache.end()) return it->second;
    std::uint32_t value = 0;
    std::string term = search_term(word);
    if (!term.empty()) {
      auto [tid, added] = ids.try_emplace(term, static_cast<std::uint32_t>(terms.size()));
      if (added) {
        terms.push_back(std::move(term));
        seen.push_back(0);
        position.push_back(0);
      }
      value = tid->second + 1;
    }
    word_cache.emplace(std::string(word), value);
    return value;
  }

  /// Adds the terms of `text` to `item`; counts them as heading or text occurrences.
  void add(std::string_view text, ItemTerms& item, bool heading) {
    if (text.empty()) return;
    folded.clear();
    append_folded(folded, text);
    for_each_word(folded, [&](const Word& w) {
      std::uint32_t value = term_of(w.text);
      if (value == 0) return;
      const std::uint32_t id = value - 1;
      if (seen[id] != stamp) {
        seen[id] = stamp;
        position[id] = static_cast<std::uint32_t>(item.terms.size());
        item.terms.push_back(TermCount{id, 0, 0});
      }
      TermCount& tc = item.terms[position[id]];
      if (heading) {
        ++tc.heading_count;
      } else {
        ++tc.text_count;
        ++item.text_terms;
      }
    });
  }

  /// Starts a new item: terms seen before count as new again.
  void next_item() { ++stamp; }
};

/// Maps the workers' local term ids to the index's terms, adding terms as they come.
struct TermMerger {
  std::vector<TermTable>& tables;
  std::vector<std::vector<std::uint32_t>> global;  // per worker: local id -> global id + 1
  StringIds ids;
  std::vector<SearchTerm> terms;

  explicit TermMerger(std::vector<TermTable>& t) : tables(t), global(t.size()) {
    for (std::size_t w = 0; w < t.size(); ++w) global[w].assign(t[w].terms.size(), 0);
  }

  SearchTerm& term(unsigned worker, std::uint32_t local) {
    std::uint32_t& g = global[worker][local];
    if (g == 0) {
      const std::string& text = tables[worker].terms[local];
      auto [it, added] = ids.try_emplace(text, static_cast<std::uint32_t>(terms.size()));
      if (added) terms.push_back(SearchTerm{text, {}, {}});
      g = it->second + 1;
    }
    return terms[g - 1];
  }
};

}  // namespace

SearchIndex build_search_index(const SearchCorpus& corpus, unsigned threads) {
  threads = std::max(1u, threads);
  std::vector<TermTable> tables(threads);
  std::vector<ItemTerms> titles(corpus.pages.size());
  std::vector<ItemTerms> docs(corpus.docs.size());

  parallel_for_workers(titles.size(), threads, [&](std::size_t p, unsigned w) {
    TermTable& table = tables[w];
    table.next_item();
    titles[p].worker = w;
    table.add(corpus.pages[p].title, titles[p], false);
    table.add(corpus.pages[p].title_extra, titles[p], false);
  });
  parallel_for_workers(docs.size(), threads, [&](std::size_t d, unsigned w) {
    TermTable& table = tables[w];
    table.next_item();
    docs[d].worker = w;
    table.add(corpus.docs[d].heading, docs[d], true);
    table.add(corpus.docs[d].text, docs[d], false);
  });

  // Merged in page and document order, so the lists are ascending whatever the thread count.
  TermMerger merger(tables);
  for (std::uint32_t p = 0; p < titles.size(); ++p)
    for (const TermCount& tc : titles[p].terms) merger.term(titles[p].worker, tc.term).title_pages.push_back(p);
  SearchIndex index;
  index.text_terms.resize(docs.size());
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    index.text_terms[d] = docs[d].text_terms;
    for (const TermCount& tc : docs[d].terms)
      merger.term(docs[d].worker, tc.term).postings.push_back(SearchPosting{d, tc.heading_count, tc.text_count});
  }

  std::vector<SearchTerm>& terms = merger.terms;
  std::vector<std::uint32_t> order(terms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return terms[a].term < terms[b].term; });
  index.terms.reserve(order.size());
  for (std::uint32_t id : order) index.terms.push_back(std::move(terms[id]));
  return index;
}

}  // namespace ww
