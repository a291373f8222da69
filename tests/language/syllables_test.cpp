#include "language/syllables.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
const Hyphenator& nl() {
  static const Hyphenator h = [] {
    std::string error;
    auto path = find_hyphen_dic(default_hyphen_dic_paths());
    REQUIRE(path);
    auto loaded = Hyphenator::load(*path, error);
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return h;
}

std::string joined(std::string_view w) {
  std::string out;
  for (const auto& s : nl().syllables(w)) out += (out.empty() ? "" : "|") + s;
  return out;
}
}  // namespace

TEST_CASE("syllables - known words") {
  CHECK(joined("gemeente") == "ge|meen|te");
  CHECK(nl().count("gemeente") == 3);
  CHECK(joined("ondersteuning") == "on|der|steu|ning");
  CHECK(nl().count("ondersteuning") == 4);
  CHECK(joined("ervaringsdeskundigheid") == "er|va|rings|des|kun|dig|heid");
  CHECK(nl().count("ervaringsdeskundigheid") == 7);
  CHECK(nl().count("Gemeente") == 3);
}

TEST_CASE("syllables - short words, tremas and vowel groups the patterns do not split") {
  CHECK(nl().count("de") == 1);
  CHECK(nl().count("een") == 1);
  CHECK(nl().count("huis") == 1);
  CHECK(nl().count("idee") == 2);
  CHECK(nl().count("ideeën") == 3);
  CHECK(nl().count("cliënt") == 2);
  CHECK(nl().count("beëindigen") == 4);
  CHECK(nl().count("organisatie") == 5);
  CHECK(nl().count("ruimte") == 2);
  CHECK(nl().count("eeuw") == 1);
  CHECK(nl().count("blijven") == 2);
  CHECK(nl().count("e-mail") == 2);
  CHECK(nl().count("2024") == 1);
}

TEST_CASE("syllables - vowel groups") {
  CHECK(vowel_groups("gemeente") == 3);
  CHECK(vowel_groups("ijs") == 1);
  CHECK(vowel_groups("zee") == 1);
  CHECK(vowel_groups("zeeën") == 2);
  CHECK(vowel_groups("xyz") == 1);
  CHECK(vowel_groups("brr") == 0);
}

TEST_CASE("syllables - a missing pattern file is a clear error") {
  std::string error;
  auto h = Hyphenator::load("/nonexistent/hyph_nl_NL.dic", error);
  CHECK_FALSE(h);
  CHECK(error.find("afbreekpatronen niet gevonden") != std::string::npos);
  CHECK_FALSE(find_hyphen_dic({"/nonexistent/a.dic", "/nonexistent/b.dic"}));
}
