#include "search/index.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "markdown/parsed_site.h"
#include "search/emit.h"
#include "search/normalize.h"
#include "search/word_table.h"

namespace ww {

namespace {

/// Hash and equality that accept std::string_view, so a term is looked up without a copy.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return static_cast<std::size_t>(hash_word(s));
  }
};
using StringIds = std::unordered_map<std::string, std::uint32_t, ViewHash, std::equal_to<>>;

/// One term of one title or document, by the worker's local term id.
struct TermCount {
  std::uint32_t term = 0;
  std::uint32_t heading_count = 0;
  std::uint32_t text_count = 0;
};

/// Where the terms of one page title or one document are: each term once, in order of first
/// occurrence, in its worker's list (`begin` and `end` are places made by count_place()).
struct ItemTerms {
  unsigned worker = 0;
  std::uint32_t text_terms = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A place in a worker's encoded term counts: its chunk in the upper 32 bits, the offset below.
constexpr std::size_t count_place(std::size_t chunk, std::size_t offset) {
  return chunk << 32 | offset;
}
constexpr std::size_t place_chunk(std::size_t place) { return place >> 32; }
constexpr std::size_t place_offset(std::size_t place) { return place & 0xffffffffu; }

void put_varint(std::vector<std::uint8_t>& out, std::uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

std::uint32_t get_varint(const std::uint8_t*& at) {
  std::uint32_t v = 0;
  for (int shift = 0;; shift += 7) {
    const std::uint8_t b = *at++;
    v |= static_cast<std::uint32_t>(b & 0x7f) << shift;
    if (b < 0x80) return v;
  }
}

/// Per worker: terms by local id, with a cache from folded word to term so each distinct word
/// is stemmed once per worker, and the terms of the items the worker did, one after another.
/// Only its own worker touches it.
struct TermTable {
  WordTable word_cache;  // folded word -> local id + 1, 0: not indexed
  StringIds ids;         // term -> local id
  std::vector<std::string> terms;
  /// Per local id: the stamp of the item that has the term, and its place in `current`.
  struct Seen {
    std::uint32_t stamp = 0;
    std::uint32_t position = 0;
  };
  std::vector<Seen> seen;
  std::uint32_t stamp = 0;
  std::vector<TermCount> current;  // the terms of the item being split
  /// The finished items' terms, each as three varints (term, heading and text count; about 4
  /// bytes instead of a 12-byte TermCount: millions of them in a large site), in chunks that
  /// are never moved or grown, so there is no spare room of a doubled vector and no copy as
  /// they grow. An item's terms are in one chunk.
  std::vector<std::vector<std::uint8_t>> counts;
  static constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::string folded;                 // reused buffer for a folded word
  std::vector<std::uint8_t> encoded;  // reused buffer for an item's terms

  std::uint32_t term_of(std::string_view word) {
    if (const std::uint32_t* known = word_cache.find(word)) return *known;
    std::uint32_t value = 0;
    std::string term = search_term(word);
    if (!term.empty()) {
      auto [tid, added] = ids.try_emplace(term, static_cast<std::uint32_t>(terms.size()));
      if (added) {
        terms.push_back(std::move(term));
        seen.emplace_back();
      }
      value = tid->second + 1;
    }
    word_cache.insert(word, value);
    return value;
  }

  /// Starts the next item: terms seen before count as new again.
  void begin(ItemTerms& item, unsigned worker) {
    ++stamp;
    item.worker = worker;
    current.clear();
  }

  /// Adds the terms of `text` to the current item; counts them as heading or text occurrences.
  void add(std::string_view text, ItemTerms& item, bool heading) {
    if (text.empty()) return;
    for_each_folded_word(text, folded, [&](std::string_view word) {
      std::uint32_t value = term_of(word);
      if (value == 0) return;
      const std::uint32_t id = value - 1;
      Seen& at = seen[id];
      if (at.stamp != stamp) {
        at.stamp = stamp;
        at.position = static_cast<std::uint32_t>(current.size());
        current.push_back(TermCount{id, 0, 0});
      }
      TermCount& tc = current[at.position];
      if (heading) {
        ++tc.heading_count;
      } else {
        ++tc.text_count;
        ++item.text_terms;
      }
    });
  }

  /// Ends the item: its terms are encoded after the others'.
  void end(ItemTerms& item) {
    encoded.clear();
    for (const TermCount& tc : current) {
      put_varint(encoded, tc.term);
      put_varint(encoded, tc.heading_count);
      put_varint(encoded, tc.text_count);
    }
    current.clear();
    if (counts.empty() || counts.back().capacity() - counts.back().size() < encoded.size()) {
      counts.emplace_back();
      counts.back().reserve(std::max(kChunk, encoded.size()));
    }
    std::vector<std::uint8_t>& chunk = counts.back();
    item.begin = count_place(counts.size() - 1, chunk.size());
    chunk.insert(chunk.end(), encoded.begin(), encoded.end());
    item.end = count_place(counts.size() - 1, chunk.size());
  }
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

  /// The index of a worker's term among `terms`.
  std::uint32_t id(unsigned worker, std::uint32_t local) {
    std::uint32_t& g = global[worker][local];
    if (g == 0) {
      const std::string& text = tables[worker].terms[local];
      auto [it, added] = ids.try_emplace(text, static_cast<std::uint32_t>(terms.size()));
      if (added) terms.push_back(SearchTerm{text, {}, {}, {}});
      g = it->second + 1;
    }
    return g - 1;
  }

  SearchTerm& term(unsigned worker, std::uint32_t local) { return terms[id(worker, local)]; }

  /// Calls `f(TermCount)` for the terms of an item, in its worker's list.
  template <class F>
  void each(const ItemTerms& item, F&& f) const {
    if (item.begin == item.end) return;
    const std::uint8_t* chunk = tables[item.worker].counts[place_chunk(item.begin)].data();
    const std::uint8_t* at = chunk + place_offset(item.begin);
    const std::uint8_t* stop = chunk + place_offset(item.end);
    while (at < stop) {
      TermCount tc;
      tc.term = get_varint(at);
      tc.heading_count = get_varint(at);
      tc.text_count = get_varint(at);
      f(tc);
    }
  }
};

}  // namespace

namespace {

/// The index from the terms of every title and document, merged in page and document order, so
/// the lists are ascending whatever the thread count.
SearchIndex merge_terms(std::vector<TermTable>& tables, const std::vector<ItemTerms>& titles,
                        const std::vector<ItemTerms>& docs, bool encoded) {
  TermMerger merger(tables);
  for (std::uint32_t p = 0; p < titles.size(); ++p)
    merger.each(titles[p], [&](const TermCount& tc) {
      merger.term(titles[p].worker, tc.term).title_pages.push_back(p);
    });
  SearchIndex index;
  index.text_terms.resize(docs.size());
  if (encoded) {
    // Each term's postings are written as they come: its title pages before its first document.
    std::vector<std::uint32_t> last;  // per term: its last document + 1, 0 before the first
    auto start = [&](SearchTerm& t) {
      append_title_pages(t.encoded, t.title_pages);
      std::vector<std::uint32_t>().swap(t.title_pages);
    };
    for (std::uint32_t d = 0; d < docs.size(); ++d) {
      index.text_terms[d] = docs[d].text_terms;
      merger.each(docs[d], [&](const TermCount& tc) {
        const std::uint32_t g = merger.id(docs[d].worker, tc.term);
        if (g >= last.size()) last.resize(g + 1, 0);
        SearchTerm& t = merger.terms[g];
        if (last[g] == 0) start(t);
        append_posting(t.encoded, d - (last[g] == 0 ? 0 : last[g] - 1), tc.heading_count,
                       tc.text_count);
        last[g] = d + 1;
      });
    }
    for (std::uint32_t g = 0; g < merger.terms.size(); ++g) {
      SearchTerm& t = merger.terms[g];
      if (g >= last.size() || last[g] == 0) start(t);  // only in titles
      t.encoded.shrink_to_fit();
    }
  } else {
    // First the list lengths, so every list is allocated once.
    std::vector<std::uint32_t> posting_count;
    for (const ItemTerms& item : docs)
      merger.each(item, [&](const TermCount& tc) {
        const std::uint32_t g = merger.id(item.worker, tc.term);
        if (g >= posting_count.size()) posting_count.resize(g + 1, 0);
        ++posting_count[g];
      });
    for (std::size_t g = 0; g < posting_count.size(); ++g)
      merger.terms[g].postings.reserve(posting_count[g]);
    for (std::uint32_t d = 0; d < docs.size(); ++d) {
      index.text_terms[d] = docs[d].text_terms;
      merger.each(docs[d], [&](const TermCount& tc) {
        merger.term(docs[d].worker, tc.term)
            .postings.push_back(SearchPosting{d, tc.heading_count, tc.text_count});
      });
    }
  }

  std::vector<SearchTerm>& terms = merger.terms;
  std::vector<std::uint32_t> order(terms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return terms[a].term < terms[b].term; });
  index.terms.reserve(order.size());
  for (std::uint32_t id : order) index.terms.push_back(std::move(terms[id]));
  return index;
}

void add_title(TermTable& table, const SearchPage& page, ItemTerms& item, unsigned worker) {
  table.begin(item, worker);
  table.add(page.title, item, false);
  table.add(page.title_extra, item, false);
  table.end(item);
}

void add_doc(TermTable& table, const SearchDoc& doc, ItemTerms& item, unsigned worker) {
  table.begin(item, worker);
  table.add(doc.heading, item, true);
  table.add(doc.text, item, false);
  table.end(item);
}

}  // namespace

SearchIndex build_search_index(const SearchCorpus& corpus, WorkerPool* workers) {
  std::vector<TermTable> tables(worker_count(workers));
  std::vector<ItemTerms> titles(corpus.pages.size());
  std::vector<ItemTerms> docs(corpus.docs.size());
  parallel_for_workers(titles.size(), workers, [&](std::size_t p, unsigned w) {
    add_title(tables[w], corpus.pages[p], titles[p], w);
  });
  parallel_for_workers(docs.size(), workers, [&](std::size_t d, unsigned w) {
    add_doc(tables[w], corpus.docs[d], docs[d], w);
  });
  return merge_terms(tables, titles, docs, false);
}

/// Per search page: the terms of its title and of each of its documents.
struct SearchIndexBuilder::State {
  std::vector<TermTable> tables;  ///< one per worker
  struct PageItems {
    bool added = false;
    ItemTerms title;
    std::vector<ItemTerms> docs;
  };
  std::vector<PageItems> pages;
};

SearchIndexBuilder::SearchIndexBuilder(std::size_t pages, unsigned workers)
    : state_(new State{std::vector<TermTable>(std::max(1u, workers)),
                       std::vector<State::PageItems>(pages)}) {}

SearchIndexBuilder::~SearchIndexBuilder() = default;

void SearchIndexBuilder::add_page(std::size_t p, const SearchPage& page,
                                  const std::vector<SearchDoc>& docs, unsigned worker) {
  State::PageItems& items = state_->pages[p];
  TermTable& table = state_->tables[worker];
  items.added = true;
  add_title(table, page, items.title, worker);
  items.docs.resize(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) add_doc(table, docs[d], items.docs[d], worker);
}

SearchIndex SearchIndexBuilder::finish(const SearchCorpus& corpus, bool encoded) {
  std::vector<ItemTerms> titles(corpus.pages.size());
  std::vector<ItemTerms> docs;
  docs.reserve(corpus.docs.size());
  std::size_t d = 0;  // the next document of the corpus
  for (std::size_t p = 0; p < corpus.pages.size(); ++p) {
    if (p < state_->pages.size() && state_->pages[p].added) {
      State::PageItems& items = state_->pages[p];
      titles[p] = items.title;
      docs.insert(docs.end(), items.docs.begin(), items.docs.end());
      d += items.docs.size();
      continue;
    }
    // A page the merge added (afkortingen.html): split here, on the first worker's table.
    add_title(state_->tables[0], corpus.pages[p], titles[p], 0);
    for (; d < corpus.docs.size() && corpus.docs[d].page == p; ++d) {
      docs.emplace_back();
      add_doc(state_->tables[0], corpus.docs[d], docs.back(), 0);
    }
  }
  state_->pages.clear();
  SearchIndex index = merge_terms(state_->tables, titles, docs, encoded);
  state_->tables.clear();  // the index has copies of the terms; the rest is not needed
  state_->tables.shrink_to_fit();
  return index;
}

}  // namespace ww
