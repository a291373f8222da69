#include "search/index.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "core/utf8.h"
#include "search/normalize.h"

namespace ww {

namespace {

/// Terms by id, with a cache from folded word to term so each distinct word is stemmed once.
struct TermTable {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::unordered_map<std::string, std::uint32_t> word_cache;  // folded word -> id + 1, 0: none
  std::vector<SearchTerm> terms;

  /// Calls fn(term id) for each term of `text`.
  template <typename Fn>
  void each_term(std::string_view text, Fn fn) {
    std::string folded = fold_text(text);
    for_each_word(folded, [&](const Word& w) {
      auto [it, inserted] = word_cache.try_emplace(std::string(w.text), 0);
      if (inserted) {
        std::string term = search_term(w.text);
        if (!term.empty()) {
          auto [tid, added] = ids.try_emplace(term, static_cast<std::uint32_t>(terms.size()));
          if (added) terms.push_back(SearchTerm{term, {}, {}});
          it->second = tid->second + 1;
        }
      }
      if (it->second != 0) fn(it->second - 1);
    });
  }
};

}  // namespace

SearchIndex build_search_index(const SearchCorpus& corpus) {
  TermTable table;
  SearchIndex index;

  for (std::uint32_t p = 0; p < corpus.pages.size(); ++p) {
    auto add = [&](std::uint32_t id) {
      auto& pages = table.terms[id].title_pages;
      if (pages.empty() || pages.back() != p) pages.push_back(p);
    };
    table.each_term(corpus.pages[p].title, add);
    table.each_term(corpus.pages[p].title_extra, add);
  }

  index.text_terms.resize(corpus.docs.size());
  for (std::uint32_t d = 0; d < corpus.docs.size(); ++d) {
    auto posting = [&](std::uint32_t id) -> SearchPosting& {
      auto& list = table.terms[id].postings;
      if (list.empty() || list.back().doc != d) list.push_back(SearchPosting{d, 0, 0});
      return list.back();
    };
    table.each_term(corpus.docs[d].heading, [&](std::uint32_t id) { ++posting(id).heading_count; });
    table.each_term(corpus.docs[d].text, [&](std::uint32_t id) {
      ++posting(id).text_count;
      ++index.text_terms[d];
    });
  }

  std::vector<std::uint32_t> order(table.terms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return table.terms[a].term < table.terms[b].term; });
  index.terms.reserve(order.size());
  for (std::uint32_t id : order) index.terms.push_back(std::move(table.terms[id]));
  return index;
}

}  // namespace ww
