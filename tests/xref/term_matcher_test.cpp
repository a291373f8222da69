#include "xref/term_matcher.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>

using namespace ww;

namespace {

/// The matched substrings of `text`, in order, with the id after a '#'.
std::vector<std::string> matches(const TermMatcher& m, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& f : m.find(text))
    out.push_back(text.substr(f.begin, f.end - f.begin) + "#" + std::to_string(f.id));
  return out;
}

}  // namespace

TEST_CASE("term matcher - longest match first at one position") {
  TermMatcher m;
  m.add("lokaal team", 1);
  m.add("stevig lokaal team", 2);
  CHECK(matches(m, "Een stevig lokaal team helpt.") ==
        std::vector<std::string>{"stevig lokaal team#2"});
  CHECK(matches(m, "Een lokaal team helpt.") == std::vector<std::string>{"lokaal team#1"});
}

TEST_CASE("term matcher - overlapping phrases: leftmost wins, no overlap in the result") {
  TermMatcher m;
  m.add("sociale basis", 1);
  m.add("basis hulp", 2);
  m.add("hulp", 3);
  CHECK(matches(m, "de sociale basis hulp geeft") ==
        std::vector<std::string>{"sociale basis#1", "hulp#3"});
  CHECK(matches(m, "de basis hulp en hulp") == std::vector<std::string>{"basis hulp#2", "hulp#3"});
}

TEST_CASE("term matcher - whole words only") {
  TermMatcher m;
  m.add("team", 1);
  m.add("RVS", 2);
  CHECK(matches(m, "de teamleider en het wijkteam").empty());
  CHECK(matches(m, "het RVS-advies").empty());  // a hyphen joins it to a word
  CHECK(matches(m, "teams").empty());           // inflections come from `varianten`
  CHECK(matches(m, "het team.") == std::vector<std::string>{"team#1"});
  CHECK(matches(m, "(team), \"team\"; team-") ==
        std::vector<std::string>{"team#1", "team#1", "team#1"});
  CHECK(matches(m, "team2").empty());
  CHECK(matches(m, "éénteam").empty());  // an accented letter is a letter
}

TEST_CASE("term matcher - case-insensitive, Dutch letters and diacritics folded") {
  TermMatcher m;
  m.add("cliënt", 1);
  m.add("casuïstiek", 2);
  m.add("één loket", 3);
  m.add("wijkteam", 4);
  CHECK(matches(m, "De Cliënt en de client") == std::vector<std::string>{"Cliënt#1", "client#1"});
  CHECK(matches(m, "CASUÏSTIEK bespreken") == std::vector<std::string>{"CASUÏSTIEK#2"});
  CHECK(matches(m, "Eén loket, een loket") ==
        std::vector<std::string>{"Eén loket#3", "een loket#3"});
  // The ligature ĳ (U+0133) is the letters i+j.
  CHECK(matches(m, "het ĳkteam, het wĳkteam") == std::vector<std::string>{"wĳkteam#4"});
}

TEST_CASE("term matcher - offsets are bytes of the original text") {
  TermMatcher m;
  m.add("ëën", 1);
  const std::string text = "één, ËËN";
  auto found = m.find(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == 5);  // é é n: 2 + 2 + 1 bytes
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "ËËN");
}

TEST_CASE(
    "term matcher - offsets stay right across ASCII runs, letters with diacritics and white "
    "space") {
  TermMatcher m;
  m.add("zorg in de wijk", 1);
  m.add("cliëntondersteuning", 2);
  m.add("team", 3);
  CHECK(matches(m, "Goede ZORG  in\nde Wijk, met CLIËNTondersteuning.") ==
        std::vector<std::string>{"ZORG  in\nde Wijk#1", "CLIËNTondersteuning#2"});
  // An invalid byte becomes U+FFFD (3 bytes) in the normalised text; offsets still fit the
  // original.
  const std::string text = "\xff\xfe team";
  auto found = m.find(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == 3);
  CHECK(found[0].end == 7);
}

TEST_CASE("term matcher - white space in a phrase matches any run of white space") {
  TermMatcher m;
  m.add("sociale  basis", 1);
  CHECK(matches(m, "de sociale\nbasis") == std::vector<std::string>{"sociale\nbasis#1"});
  CHECK(matches(m, "de sociale \t basis") == std::vector<std::string>{"sociale \t basis#1"});
  CHECK(matches(m, "de socialebasis").empty());
}

TEST_CASE("term matcher - exact mode keeps case and diacritics") {
  TermMatcher m(false);
  m.add("Wmo", 1);
  CHECK(matches(m, "de Wmo en de WMO en wmo") == std::vector<std::string>{"Wmo#1"});
}

TEST_CASE(
    "term matcher - a later phrase that only adds a match is found, the first duplicate wins") {
  TermMatcher m;
  m.add("basis", 1);
  m.add("Basis", 2);  // same normalised text: ignored
  CHECK(matches(m, "de basis") == std::vector<std::string>{"basis#1"});
  m.add("", 3);  // empty: ignored
  CHECK(matches(m, "").empty());
}

TEST_CASE("term matcher - a whole word that is not a match gives way to the next candidate") {
  TermMatcher m;
  m.add("team", 1);
  m.add("lokaal", 2);
  // "teamlokaal": neither is a whole word; then "lokaal" on its own is.
  CHECK(matches(m, "teamlokaal lokaal") == std::vector<std::string>{"lokaal#2"});
}

TEST_CASE("term matcher - many nested phrases over a long text: the one real match") {
  // Phrases "a a a ... a x" of every length up to 300 over a text of 1 MB of "a ": a loop over
  // the phrases (or a regex per phrase) tries ~300 phrases at every position, each up to 600 bytes.
  TermMatcher m;
  std::string phrase;
  for (int k = 1; k <= 300; ++k) {
    phrase += "a ";
    m.add(phrase + "x", k);
  }
  m.add("a a a b", 1000);
  std::string text;
  for (int i = 0; i < 500000; ++i) text += "a ";
  text += "a a a b";
  auto found = m.find(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == 1000);
  CHECK(found[0].begin == text.size() - 7);
  // The naive way takes minutes here (ctest's timeout catches that); the time itself is
  // measured in bench/scaling.cpp.
}

TEST_CASE("term matcher - is_whole_word") {
  CHECK(is_whole_word("a team b", 2, 6));
  CHECK_FALSE(is_whole_word("wijkteam", 4, 8));
  CHECK_FALSE(is_whole_word("team-lid", 0, 4));
  CHECK(is_whole_word("team- en wijkoverleg", 0, 4));  // a hyphen before a space does not join
  CHECK(is_whole_word("(team)", 1, 5));
  CHECK_FALSE(is_whole_word("x", 1, 1));
}

namespace {

/// find() the slow way: every occurrence of every phrase in the normalised text, then the same
/// choice (leftmost, then longest, whole words only, no overlap).
std::vector<PhraseMatch> naive_find(const TermMatcher& m,
                                    const std::vector<std::pair<std::string, int>>& phrases,
                                    const std::string& text) {
  std::vector<std::size_t> begins, ends;
  const std::string norm = m.normalize(text, &begins, &ends);
  std::vector<std::pair<std::string, int>> normalised;  // the first phrase with a text wins
  for (const auto& [phrase, id] : phrases) {
    std::string p = m.normalize(phrase);
    while (!p.empty() && p.back() == ' ') p.pop_back();
    while (!p.empty() && p.front() == ' ') p.erase(0, 1);
    if (p.empty()) continue;
    bool known = false;
    for (const auto& n : normalised) known = known || n.first == p;
    if (!known) normalised.emplace_back(p, id);
  }
  struct Candidate {
    std::size_t norm_begin, norm_end;
    int id;
  };
  std::vector<Candidate> found;
  for (std::size_t at = 0; at < norm.size(); ++at)
    for (const auto& [p, id] : normalised)
      if (norm.compare(at, p.size(), p) == 0) found.push_back({at, at + p.size(), id});
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.norm_begin != b.norm_begin ? a.norm_begin < b.norm_begin : a.norm_end > b.norm_end;
  });
  std::vector<PhraseMatch> out;
  std::size_t taken_until = 0;
  for (const Candidate& c : found) {
    const std::size_t begin = begins[c.norm_begin], end = ends[c.norm_end - 1];
    if (c.norm_begin < taken_until || !is_whole_word(text, begin, end)) continue;
    out.push_back({begin, end, c.id});
    taken_until = c.norm_end;
  }
  return out;
}

}  // namespace

TEST_CASE("term matcher - find() gives what the slow way gives, on random text") {
  // find() skips the bytes and words where no match can start (four bytes a step, and the rest
  // of a word); a skip too far or too short would change what is found.
  const std::vector<std::string> pieces = {
      "wijk", "team", "Wijkteam", "wijk team", "WMO", "wmo", "toegang",  "Toe",    "gang",   " ",
      "  ",   "\n",   "-",        "'s",        ".",   ",",   "cliënt",   "CLIËNT", "client", "é",
      "ĳs",   "ij",   "x",        "9",         "a",   "(",   "\xc2\xa0", "ab",     "zz",     "q"};
  const std::vector<std::pair<std::string, int>> phrases = {
      {"wijkteam", 1}, {"wijk team", 2}, {"Wmo", 3},      {"toegang", 4}, {"cliënt", 5},
      {"team", 6},     {"ijs", 7},       {"toe gang", 8}, {"a", 9},       {"x-9", 10}};
  std::uint64_t state = 1;
  for (bool fold : {true, false}) {
    TermMatcher m(fold);
    for (const auto& [p, id] : phrases) m.add(p, id);
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int length = 1 + round % 40;
      for (int k = 0; k < length; ++k) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        text += pieces[(state >> 33) % pieces.size()];
      }
      INFO(fold << " [" << text << "]");
      const std::vector<PhraseMatch> got = m.find(text), want = naive_find(m, phrases, text);
      REQUIRE(got.size() == want.size());
      for (std::size_t k = 0; k < got.size(); ++k) {
        CHECK(got[k].begin == want[k].begin);
        CHECK(got[k].end == want[k].end);
        CHECK(got[k].id == want[k].id);
      }
    }
  }
}
