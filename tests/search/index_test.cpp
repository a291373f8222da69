#include <catch2/catch.hpp>

#include <algorithm>

#include "search/index.h"

using namespace ww;

namespace {

SearchCorpus corpus() {
  SearchCorpus c;
  c.pages = {{"a.html", "Mandaat", "", "", 10}, {"b.html", "Teams", "buurtteams", "", 10}};
  c.docs = {{0, SearchKind::section, "", "", "De teams krijgen mandaat. Mandaat!"},
            {0, SearchKind::section, "kop", "Mandaat en teams", "Geen."},
            {1, SearchKind::section, "", "", "Een team in de wijk."}};
  return c;
}

const SearchTerm* find(const SearchIndex& index, const std::string& term) {
  auto it = std::find_if(index.terms.begin(), index.terms.end(), [&](const SearchTerm& t) { return t.term == term; });
  return it == index.terms.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("search index - terms are sorted and stop words are not indexed") {
  auto index = build_search_index(corpus());
  CHECK(std::is_sorted(index.terms.begin(), index.terms.end(),
                       [](const SearchTerm& a, const SearchTerm& b) { return a.term < b.term; }));
  CHECK(find(index, "de") == nullptr);
  CHECK(find(index, "een") == nullptr);
  CHECK(find(index, "wijk") != nullptr);
}

TEST_CASE("search index - postings count text and heading occurrences per document") {
  auto index = build_search_index(corpus());
  const SearchTerm* m = find(index, "mandat");
  REQUIRE(m);
  REQUIRE(m->postings.size() == 2);
  CHECK(m->postings[0].doc == 0);
  CHECK(m->postings[0].text_count == 2);
  CHECK(m->postings[0].heading_count == 0);
  CHECK(m->postings[1].doc == 1);
  CHECK(m->postings[1].text_count == 0);
  CHECK(m->postings[1].heading_count == 1);
  CHECK(m->title_pages == std::vector<std::uint32_t>{0});
}

TEST_CASE("search index - plural and singular share a term; title_extra counts as title") {
  auto index = build_search_index(corpus());
  const SearchTerm* t = find(index, "team");
  REQUIRE(t);
  CHECK(t->title_pages == std::vector<std::uint32_t>{1});
  REQUIRE(t->postings.size() == 3);
  CHECK(t->postings[2].doc == 2);
  const SearchTerm* b = find(index, "buurtteam");
  REQUIRE(b);
  CHECK(b->title_pages == std::vector<std::uint32_t>{1});
  CHECK(b->postings.empty());
}

TEST_CASE("search index - text_terms counts the indexed words of each document's text") {
  auto index = build_search_index(corpus());
  REQUIRE(index.text_terms.size() == 3);
  CHECK(index.text_terms[0] == 4);  // teams krijgen mandaat mandaat
  CHECK(index.text_terms[1] == 0);  // "Geen." is a stop word
  CHECK(index.text_terms[2] == 2);  // team wijk
}
