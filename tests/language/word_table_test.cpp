#include "language/word_table.h"

#include <catch2/catch.hpp>
#include <string>

#include "language/word_lists.h"
#include "language/words.h"

using namespace ww;

TEST_CASE("word table - the table made at build time answers as a list made at run time") {
  // The slow way: every word added one by one, as the list was made before the table.
  WordList slow;
  for (std::size_t i = 0; i < kCommonWordsCount; ++i) slow.add(kCommonWords[i], i + 1);
  for (std::size_t i = 0; i < kServiceWordsCount; ++i) slow.add(kServiceWords[i], 0);
  const WordList table = WordList::common_dutch();
  CHECK(table.size() == slow.size());
  CHECK(table.size() > 15000);
  std::size_t differ = 0;
  auto same = [&](std::string_view w) {
    if (table.rank(w) != slow.rank(w)) {
      if (++differ <= 5) FAIL_CHECK("'" << std::string(w) << "' ranks differently");
    }
  };
  for (std::size_t i = 0; i < kCommonWordsCount; ++i) same(kCommonWords[i]);
  for (std::size_t i = 0; i < kServiceWordsCount; ++i) same(kServiceWords[i]);
  // Written otherwise (capitals, diacritics) and words that are not listed.
  for (const char* w : {"Cliënt", "CLIENT", "ZORG", "Één", "ideeën", "xyzzyq", "zorgx", "", "-",
                        "jeugdhulpaanbieders", "huurtoeslag", "de", "De"})
    same(w);
  CHECK(differ == 0);
  CHECK(table.rank("de") == std::optional<std::size_t>(slow.rank("de")));
  CHECK(table.contains("mantelzorger"));
  CHECK(table.rank("mantelzorger") == std::optional<std::size_t>(0));
}

TEST_CASE(
    "word table - adding to the embedded list copies it and leaves the embedded one as it was") {
  WordList mine = WordList::common_dutch();
  const std::size_t before = mine.size();
  CHECK_FALSE(mine.contains("wegwijzerwoord"));
  mine.add("Wegwijzerwoord", 7);
  mine.add("de", 0);  // listed already: keeps its best rank
  CHECK(mine.size() == before + 1);
  CHECK(mine.rank("wegwijzerwoord") == std::optional<std::size_t>(7));
  CHECK(mine.rank("de") == std::optional<std::size_t>(0));
  CHECK(mine.contains("mantelzorger"));
  const WordList fresh = WordList::common_dutch();
  CHECK_FALSE(fresh.contains("wegwijzerwoord"));
  CHECK(fresh.rank("de") != std::optional<std::size_t>(0));
  // Many more words: the table grows and keeps every word.
  for (int i = 0; i < 30000; ++i) mine.add("woord" + std::to_string(i), 100000 + i);
  CHECK(mine.size() == before + 1 + 30000);
  CHECK(mine.rank("woord29999") == std::optional<std::size_t>(129999));
  CHECK(mine.rank("ideeen") == fresh.rank("ideeën"));
  WordList copy = mine;  // a copy answers on its own
  mine = WordList{};
  CHECK(copy.rank("woord0") == std::optional<std::size_t>(100000));
  CHECK_FALSE(mine.contains("de"));
}
