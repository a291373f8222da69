#include "core/utf8.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("utf8 - validation reports the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("gewoon één tekst").has_value());
  std::string bad = "ab\ncd\xff";
  auto pos = find_invalid_utf8(bad);
  REQUIRE(pos.has_value());
  CHECK(*pos == 5);
  CHECK(line_col_at(bad, *pos) == std::pair<int, int>{2, 3});
  CHECK(find_invalid_utf8("\xC0\xAF").has_value());      // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80").has_value());  // surrogate
}

TEST_CASE("utf8 - validation finds a bad byte at every place in long ASCII text") {
  // The ASCII runs are checked eight bytes at a time: a bad byte, a code point that straddles
  // such a word, or a sequence cut off by the end must be found wherever it falls.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(48, 'a');
    text[at] = '\xff';
    CHECK(find_invalid_utf8(text) == at);
    std::string good(48, 'a');
    good.replace(at, 2, "\xC3\xAB");  // "ë", two bytes
    CHECK_FALSE(find_invalid_utf8(good).has_value());
    std::string cut = std::string(at, 'a') + "\xE2\x82";  // two bytes of a three-byte "€"
    CHECK(find_invalid_utf8(cut) == at);
    std::string overlong = std::string(at, 'b') + "\xC0\xAF" + std::string(9, 'c');
    CHECK(find_invalid_utf8(overlong) == at);
  }
}

TEST_CASE("utf8 - BOM stripped and CRLF normalised") {
  CHECK(normalize_newlines("\xEF\xBB\xBFtitel\r\nregel\rnog") == "titel\nregel\nnog");
}

TEST_CASE("utf8 - folding Dutch letters") {
  CHECK(fold_text("Cliënt") == "client");
  CHECK(fold_text("ÉÉN café") == "een cafe");
  CHECK(fold_text("Ĳsselmeer") == "ijsselmeer");
  CHECK(fold_text("reünie coördinatie") == "reunie coordinatie");
}
