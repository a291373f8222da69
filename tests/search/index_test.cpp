#include "search/index.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "core/worker_pool.h"
#include "search/emit.h"
#include "search/normalize.h"
#include "search/word_table.h"

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

/// A corpus of `docs` documents of 200 words each. The vocabulary grows with the text, as in
/// real text (Heaps' law): word k is drawn from the first 40 * sqrt(k) + 500 words of a
/// made-up language.
SearchCorpus synthetic_corpus(std::size_t docs) {
  SearchCorpus c;
  c.pages.push_back({"a.html", "Titel", "", "", 10});
  std::uint64_t state = 12345;
  std::size_t k = 0;
  for (std::size_t d = 0; d < docs; ++d) {
    SearchDoc doc{0, SearchKind::section, "", "Kop", {}};
    for (int w = 0; w < 200; ++w, ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      std::uint64_t n =
          (state >> 33) % (static_cast<std::uint64_t>(40 * std::sqrt(double(k))) + 500);
      std::string word = "w";
      do {
        word += static_cast<char>('a' + n % 26);
        n /= 26;
      } while (n > 0);
      doc.text += word + (w % 12 == 11 ? ". " : " ");
    }
    c.docs.push_back(std::move(doc));
  }
  return c;
}

/// `got` has the same terms, title pages, postings and counts as `want`.
void check_same_index(const SearchIndex& got, const SearchIndex& want) {
  REQUIRE(got.terms.size() == want.terms.size());
  CHECK(got.text_terms == want.text_terms);
  for (std::size_t i = 0; i < want.terms.size(); ++i) {
    INFO(want.terms[i].term);
    REQUIRE(got.terms[i].term == want.terms[i].term);
    CHECK(got.terms[i].title_pages == want.terms[i].title_pages);
    REQUIRE(got.terms[i].postings.size() == want.terms[i].postings.size());
    for (std::size_t k = 0; k < want.terms[i].postings.size(); ++k) {
      CHECK(got.terms[i].postings[k].doc == want.terms[i].postings[k].doc);
      CHECK(got.terms[i].postings[k].heading_count == want.terms[i].postings[k].heading_count);
      CHECK(got.terms[i].postings[k].text_count == want.terms[i].postings[k].text_count);
    }
  }
}

const SearchTerm* find(const SearchIndex& index, const std::string& term) {
  auto it = std::find_if(index.terms.begin(), index.terms.end(),
                         [&](const SearchTerm& t) { return t.term == term; });
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

TEST_CASE("search index - plural and singular share a term, title_extra counts as title") {
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

// How the build time grows with the text: bench/scaling.cpp.

TEST_CASE("search index - the same index with 1 and 4 threads") {
  SearchCorpus c = synthetic_corpus(300);
  // Several pages with titles that share words, so title pages and postings cross workers.
  for (int p = 1; p < 40; ++p)
    c.pages.push_back({"p" + std::to_string(p) + ".html",
                       "Teams en mandaat " + std::to_string(p % 7), "wijkteams", "", 10});
  for (std::size_t d = 0; d < c.docs.size(); ++d) {
    c.docs[d].page = d % c.pages.size();
    if (d % 3 == 0) c.docs[d].heading = "Mandaat van het team " + std::to_string(d % 11);
  }
  std::sort(c.docs.begin(), c.docs.end(),
            [](const SearchDoc& a, const SearchDoc& b) { return a.page < b.page; });
  WorkerPool workers(4);
  SearchIndex one = build_search_index(c);
  SearchIndex four = build_search_index(c, &workers);
  REQUIRE(one.terms.size() > 100);
  check_same_index(four, one);
  const SearchTerm* team = find(four, "team");
  REQUIRE(team);
  CHECK(team->title_pages.size() == 39);  // pages 1 to 39: "Teams" (page 0 is "Titel")
  CHECK(std::is_sorted(team->title_pages.begin(), team->title_pages.end()));
}

TEST_CASE("search index - a word in heading and text is one posting with both counts") {
  SearchCorpus c;
  c.pages = {{"a.html", "A", "", "", 10}};
  c.docs = {{0, SearchKind::section, "", "Mandaat, mandaat", "Het mandaat. Geen mandaat!"}};
  WorkerPool workers(4);
  for (WorkerPool* pool : {static_cast<WorkerPool*>(nullptr), &workers}) {
    auto index = build_search_index(c, pool);
    const SearchTerm* m = find(index, "mandat");
    REQUIRE(m);
    REQUIRE(m->postings.size() == 1);
    CHECK(m->postings[0].heading_count == 2);
    CHECK(m->postings[0].text_count == 2);
    CHECK(index.text_terms == std::vector<std::uint32_t>{2});
  }
}

TEST_CASE("search index - the word table finds every word it holds, through growing") {
  WordTable table;
  CHECK(table.find("een") == nullptr);
  for (std::uint32_t i = 0; i < 5000; ++i) table.insert("woord" + std::to_string(i * 7919), i);
  table.insert("a", 9);
  table.insert(std::string(40, 'x'), 10);
  CHECK(table.size() == 5002);
  for (std::uint32_t i = 0; i < 5000; ++i) {
    const std::uint32_t* v = table.find("woord" + std::to_string(i * 7919));
    REQUIRE(v);
    CHECK(*v == i);
  }
  REQUIRE(table.find("a"));
  CHECK(*table.find("a") == 9);
  REQUIRE(table.find(std::string(40, 'x')));
  CHECK(*table.find(std::string(40, 'x')) == 10);
  CHECK(table.find(std::string(39, 'x')) == nullptr);
  CHECK(table.find("woord1") == nullptr);
  CHECK(table.find("woord") == nullptr);
}

namespace {

/// The corpus's index made as the streaming build makes it: the pages split into terms in a
/// scrambled order on `workers` worker tables, the last page left for finish() (like
/// afkortingen.html, which a merge adds).
SearchIndex streamed_index(const SearchCorpus& c, unsigned workers, bool encoded = false) {
  SearchIndexBuilder builder(c.pages.size() - 1, workers);
  std::vector<std::size_t> order(c.pages.size() - 1);
  for (std::size_t p = 0; p < order.size(); ++p) order[p] = (p * 7 + 3) % order.size();
  std::sort(order.begin(), order.end());
  std::reverse(order.begin(), order.end());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t p = order[k];
    std::vector<SearchDoc> docs;
    for (const SearchDoc& d : c.docs)
      if (d.page == p) docs.push_back(d);
    builder.add_page(p, c.pages[p], docs, static_cast<unsigned>(k % workers));
  }
  return builder.finish(c, encoded);
}

}  // namespace

TEST_CASE("search index - made page by page while streaming, it is the index of the corpus") {
  SearchCorpus c = synthetic_corpus(120);
  for (int p = 1; p < 12; ++p)
    c.pages.push_back({"p" + std::to_string(p) + ".html",
                       "Teams en mandaat " + std::to_string(p % 5), "wijkteams", "", 10});
  for (std::size_t d = 0; d < c.docs.size(); ++d) {
    c.docs[d].page = d % c.pages.size();
    if (d % 4 == 0) c.docs[d].heading = "Mandaat van het team " + std::to_string(d % 9);
  }
  std::stable_sort(c.docs.begin(), c.docs.end(),
                   [](const SearchDoc& a, const SearchDoc& b) { return a.page < b.page; });
  const SearchIndex whole = build_search_index(c);
  for (unsigned workers : {1u, 3u}) {
    INFO("workers " << workers);
    check_same_index(streamed_index(c, workers), whole);
  }
  // The last page's words are found although it was only split by finish().
  const SearchIndex two = streamed_index(c, 2);
  const SearchTerm* team = find(two, "team");
  REQUIRE(team);
  CHECK(std::find(team->title_pages.begin(), team->title_pages.end(),
                  static_cast<std::uint32_t>(c.pages.size() - 1)) != team->title_pages.end());
}

TEST_CASE("search index - a term's counts come back as they were, however large") {
  // A worker keeps each document's terms as varints (1 to 5 bytes); these counts take 1, 2 and
  // 3 bytes, and the term ids of a large vocabulary several.
  SearchCorpus c = synthetic_corpus(40);
  std::string many;
  for (int i = 0; i < 20000; ++i) many += i % 150 == 0 ? "mandaat teams " : "mandaat ";
  c.docs.push_back(SearchDoc{0, SearchKind::section, "", "Mandaat en mandaat", many});
  const SearchIndex index = build_search_index(c);
  const SearchTerm* mandaat = find(index, "mandat");
  REQUIRE(mandaat);
  REQUIRE(mandaat->postings.size() == 1);
  CHECK(mandaat->postings[0].doc == 40);
  CHECK(mandaat->postings[0].heading_count == 2);
  CHECK(mandaat->postings[0].text_count == 20000);
  const SearchTerm* team = find(index, "team");
  REQUIRE(team);
  REQUIRE(team->postings.size() == 1);
  CHECK(team->postings[0].text_count == 134);
  CHECK(team->postings[0].heading_count == 0);
}

TEST_CASE("search index - term lists over many chunks give the same index") {
  // A worker's terms are kept in chunks of 1 MB that are never moved; a document whose terms do
  // not fit in the rest of a chunk goes to the next one. 5,000 documents of ~150 terms (about
  // 4 bytes each) fill a few chunks on each worker.
  SearchCorpus c = synthetic_corpus(5000);
  for (int p = 1; p < 20; ++p)
    c.pages.push_back(
        {"p" + std::to_string(p) + ".html", "Pagina " + std::to_string(p), "", "", 10});
  for (std::size_t d = 0; d < c.docs.size(); ++d) c.docs[d].page = d % c.pages.size();
  std::stable_sort(c.docs.begin(), c.docs.end(),
                   [](const SearchDoc& a, const SearchDoc& b) { return a.page < b.page; });
  const SearchIndex whole = build_search_index(c);
  for (unsigned workers : {1u, 2u}) {
    INFO("workers " << workers);
    check_same_index(streamed_index(c, workers), whole);
    CHECK(search_index_js(c, streamed_index(c, workers, true), nullptr) ==
          search_index_js(c, whole, nullptr));
  }
}

TEST_CASE("search index - postings written as they are merged give the same zoekindex.js") {
  // The build merges the streamed terms straight into zoekindex.js's form (a few bytes per
  // posting instead of a SearchPosting); the file must be the one made from the whole index.
  SearchCorpus c = synthetic_corpus(150);
  const auto first_extra = static_cast<std::uint32_t>(c.pages.size());
  for (int p = 1; p < 14; ++p)
    c.pages.push_back({"p" + std::to_string(p) + ".html",
                       "Teams en mandaat " + std::to_string(p % 5), "zeldzaamwoordje", "", 10});
  for (std::size_t d = 0; d < c.docs.size(); ++d) {
    c.docs[d].page = d % c.pages.size();
    if (d % 4 == 0) c.docs[d].heading = "Mandaat mandaat van het team " + std::to_string(d % 9);
  }
  std::stable_sort(c.docs.begin(), c.docs.end(),
                   [](const SearchDoc& a, const SearchDoc& b) { return a.page < b.page; });
  const std::string whole = search_index_js(c, build_search_index(c));
  for (unsigned workers : {1u, 3u}) {
    INFO("workers " << workers);
    const SearchIndex encoded = streamed_index(c, workers, true);
    REQUIRE(!encoded.terms.empty());
    for (const SearchTerm& t : encoded.terms) {
      CHECK(!t.encoded.empty());
      CHECK(t.postings.empty());
      CHECK(t.title_pages.empty());
    }
    CHECK(search_index_js(c, encoded) == whole);
  }
  // A term only in titles (no document) has its title pages: 13, the first, then gaps of 1.
  const SearchIndex encoded = streamed_index(c, 2, true);
  const SearchTerm* rare = find(encoded, search_term("zeldzaamwoordje"));
  REQUIRE(rare);
  std::string expected;
  append_base32(expected, 13);
  append_base32(expected, first_extra);
  for (int k = 1; k < 13; ++k) append_base32(expected, 1);
  CHECK(rare->encoded == expected);
}
