#include "xref/citation_syntax.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("citation syntax - one key, a locator, several keys, a prefix") {
  auto c = find_citations(
      "Zo staat het [@hervormingsagenda-2023]. En [@a, p. 29] en [o.a. @b; @c:2, p. 3-4].");
  REQUIRE(c.size() == 3);
  REQUIRE(c[0].items.size() == 1);
  CHECK(c[0].items[0].key == "hervormingsagenda-2023");
  CHECK(c[0].items[0].locator.empty());
  CHECK(c[0].begin == 13);
  CHECK(c[0].end == 13 + std::string("[@hervormingsagenda-2023]").size());
  CHECK(c[0].items[0].key_offset == 14);
  CHECK(c[1].items[0].key == "a");
  CHECK(c[1].items[0].locator == ", p. 29");
  REQUIRE(c[2].items.size() == 2);
  CHECK(c[2].items[0].prefix == "o.a.");
  CHECK(c[2].items[0].key == "b");
  CHECK(c[2].items[1].key == "c:2");
  CHECK(c[2].items[1].locator == ", p. 3-4");
  CHECK(citation_text(c[2]) == "o.a. @b; @c:2 , p. 3-4");
}

TEST_CASE("citation syntax - a key ends before trailing punctuation") {
  auto c = find_citations("[@a.]");
  REQUIRE(c.size() == 1);
  CHECK(c[0].items[0].key == "a");
  CHECK(c[0].items[0].locator == ".");
}

TEST_CASE("citation syntax - what is not a citation") {
  CHECK(find_citations("mail [info@vng.nl] of [tekst]").empty());      // e-mail address, no '@'
  CHECK(find_citations("een [@a](https://x.nl) link").empty());        // a link
  CHECK(find_citations("een [@a][ref] link").empty());                 // a reference link
  CHECK(find_citations("\\[@a] met backslash").empty());               // escaped
  CHECK(find_citations("[@a @b] twee sleutels in een deel").empty());  // two keys without ';'
  CHECK(find_citations("[@a; geen sleutel]").empty());                 // every part needs a key
  CHECK(find_citations("[@] [@-x] [ @ a]").empty());
  CHECK(find_citations("geen sluithaak [@a").empty());
}

TEST_CASE("citation syntax - nested brackets: the innermost is the candidate") {
  auto c = find_citations("[zie [@a]]");
  REQUIRE(c.size() == 1);
  CHECK(c[0].items[0].key == "a");
  CHECK(c[0].begin == 5);
}

TEST_CASE("citation syntax - white space inside, a line break included") {
  auto c = find_citations("[@a,\n  p. 29]");
  REQUIRE(c.size() == 1);
  CHECK(c[0].items[0].locator == ", p. 29");
  CHECK(citation_text(c[0]) == "@a , p. 29");
}

TEST_CASE("citation syntax - the kader's endnote number as the last part") {
  auto c = find_citations(
      "Tekst [@a, p. 29; eindnoot xlii]. En [@a, p. 29]. En [o.a. @a; @b; eindnoot iv]");
  REQUIRE(c.size() == 3);
  CHECK(c[0].items.size() == 1);
  CHECK(c[0].items[0].locator == ", p. 29");
  CHECK(c[0].eindnoot == "xlii");
  CHECK(c[1].eindnoot.empty());
  CHECK(citation_text(c[0]) == "@a , p. 29; eindnoot xlii");
  CHECK(citation_text(c[0]) != citation_text(c[1]));  // a different endnote is a different note
  CHECK(c[2].items.size() == 2);
  CHECK(c[2].eindnoot == "iv");
  // Only the last part, only after a key, only a roman number.
  CHECK(find_citations("[eindnoot iv]").empty());
  CHECK(find_citations("[eindnoot iv; @a]").empty());
  CHECK(find_citations("[@a; eindnoot 4]").empty());
  CHECK(find_citations("[@a; eindnoot]").empty());
}
