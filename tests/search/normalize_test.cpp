#include "search/normalize.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

using namespace ww;

namespace {

std::string joined(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& t : terms) out += (out.empty() ? "" : " ") + t;
  return out.empty() ? "-" : out;
}

struct Case {
  int line;
  std::string kind, input, expected;
};

std::vector<Case> read_cases() {
  std::ifstream in(std::string(WEGWIJZER_SOURCE_DIR) + "/tests/search/normalisation-cases.tsv");
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::size_t a = line.find('\t'), b = line.find('\t', a + 1);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    cases.push_back({n, line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return cases;
}

}  // namespace

TEST_CASE("search normalisation - the shared cases in normalisation-cases.tsv") {
  auto cases = read_cases();
  REQUIRE(cases.size() >= 50);
  for (const auto& c : cases) {
    INFO("normalisation-cases.tsv:" << c.line << ": " << c.kind << " '" << c.input << "'");
    if (c.kind == "termen") {
      CHECK(joined(search_terms(c.input)) == c.expected);
    } else if (c.kind == "gelijk") {
      CHECK(joined(search_terms(c.input)) == joined(search_terms(c.expected)));
    } else if (c.kind == "anders") {
      CHECK(joined(search_terms(c.input)) != joined(search_terms(c.expected)));
    } else {
      FAIL("unknown kind");
    }
  }
}

TEST_CASE("search normalisation - words: runs of word characters in the folded text") {
  std::vector<std::string> words;
  std::string folded = fold_text("Één brede-blik: 3.2, auto’s");
  for_each_word(folded, [&](const Word& w) {
    CHECK(folded.substr(w.begin, w.end - w.begin) == w.text);
    words.emplace_back(w.text);
  });
  CHECK(words == std::vector<std::string>{"een", "brede", "blik", "3", "2", "auto", "s"});
}

TEST_CASE("search normalisation - stop words are dropped, one letter only when it is not a digit") {
  CHECK(search_term("de").empty());
  CHECK(search_term("x").empty());
  CHECK(search_term("3") == "3");
  CHECK(is_stop_word("het"));
  CHECK_FALSE(is_stop_word("mandaat"));
  CHECK(std::is_sorted(stop_words().begin(), stop_words().end()));
}

TEST_CASE("search normalisation - stemming keeps short words and words with digits") {
  CHECK(stem_word("ijs") == "ijs");
  CHECK(stem_word("wmo2015") == "wmo2015");
  CHECK(stem_word("uren") == "uren");  // would leave fewer than three letters
}

TEST_CASE("search normalisation - every rule's condition letters are lowercase ASCII") {
  for (const auto& step : stem_steps())
    for (const auto& rule : step) {
      INFO(rule.suffix);
      CHECK_FALSE(rule.suffix.empty());
      CHECK(rule.min_stem >= 2);
      for (char c : rule.before) CHECK((c >= 'a' && c <= 'z'));
    }
}

namespace {

std::vector<std::string> words_of_folded_text(std::string_view text) {
  std::vector<std::string> out;
  std::string folded = fold_text(text);
  for_each_word(folded, [&](const Word& w) { out.emplace_back(w.text); });
  return out;
}

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> out;
  std::string buffer;
  for_each_folded_word(text, buffer, [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

}  // namespace

TEST_CASE("normalize - for_each_folded_word gives the words of the folded text") {
  for (std::string_view text : {"", "een", "Cliënt's ÉÉN ĲsSel", "×÷ab×CD÷ë",
                                "auto's, wijk-teams; 12ab 3", "ÆSOP Œuvre straße ŸŽ",
                                "\xff\xc3 ab\xc3\xa9\xe2\x82 cd\xf0\x9f\x98\x80"
                                "ef",
                                "MANDAAT mandaat Mandaat", "ſ ǅ ɏ Ȁ"}) {
    INFO(text);
    CHECK(folded_words(text) == words_of_folded_text(text));
  }
  // Random mixes of ASCII, Latin letters, separators and broken UTF-8.
  const std::vector<std::string> pieces = {
      "a", "Z", "9", " ", "-", "'", "é", "É", "ĳ", "Ĳ", "ß", "×", "÷", "ÿ", "Ÿ", "ǅ", "€", "😀",
      "\xc3", "\x80", "\xe2\x82", "\xff", "\n", "ŉ", "ſ",
      // Runs of eight lowercase letters and more, which for_each_folded_word skips at once.
      "abcdefghij", "wijkteams", "ervaringsdeskundige", "MANDAATje", "zz0"};
  std::uint64_t state = 42;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < 12; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += pieces[(state >> 33) % pieces.size()];
    }
    INFO(text);
    REQUIRE(folded_words(text) == words_of_folded_text(text));
  }
}
