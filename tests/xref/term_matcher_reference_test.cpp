// TermMatcher::find against a plain reference: normalise the whole text with offsets, find every
// phrase by string search, take leftmost-then-longest whole-word matches. find() normalises on
// the fly and skips bytes at the root, so random texts check that the two agree. find() tries only
// word starts when every phrase starts with a letter or digit, find_anywhere() every position:
// both are checked against the reference.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "xref/term_matcher.h"

using namespace ww;

namespace {

struct Phrase {
  std::string text;
  int id;
};

std::vector<PhraseMatch> reference_find(const TermMatcher& m, const std::vector<Phrase>& phrases,
                                        const std::string& text) {
  std::vector<std::size_t> begins, ends;
  const std::string norm = m.normalize(text, &begins, &ends);
  struct Candidate {
    std::size_t begin, end;
    int id;
  };
  std::vector<Candidate> found;
  std::vector<std::string> seen;  // the first phrase with a normalised text wins
  for (const Phrase& p : phrases) {
    std::string n = m.normalize(p.text);
    while (!n.empty() && n.back() == ' ') n.pop_back();
    while (!n.empty() && n.front() == ' ') n.erase(0, 1);
    if (n.empty() || std::find(seen.begin(), seen.end(), n) != seen.end()) continue;
    seen.push_back(n);
    for (std::size_t at = norm.find(n); at != std::string::npos; at = norm.find(n, at + 1))
      found.push_back({at, at + n.size(), p.id});
  }
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<PhraseMatch> out;
  std::size_t taken_until = 0;
  for (const Candidate& c : found) {
    if (c.begin < taken_until) continue;
    const std::size_t b = begins[c.begin], e = ends[c.end - 1];
    if (!is_whole_word(text, b, e)) continue;
    out.push_back({b, e, c.id});
    taken_until = c.end;
  }
  return out;
}

std::string random_text(std::mt19937& rng, std::size_t words) {
  static const std::vector<std::string> pieces = {
      "de", "sociale", "Sociale", "basis", "BASIS", "lokaal", "team", "Wmo", "wmo", "cliënt",
      "client", "Cliënt", "Ærø", "ab", "abc", "a", "b", "-", ",", ".", " ", "  ", "\n", "\t",
      "\xc2\xa0", "e\xcc\x81", "RVS-advies", "x",
      // More edges: a narrow no-break space, 'ĳ' and 'ß' (two folded bytes), '×' (folds to
      // nothing), digits, an apostrophe, 'Één', a stray byte and a lead byte without its tail.
      "\xe2\x80\xaf", "\xc4\xb3s",
      "stra\xc3\x9f"
      "e",
      "\xc3\x97", "2024", "'s", "\xc3\x89\xc3\xa9n", "jeugd", "\xff", "\xc3", "ab-c", "-",
      "\xc4\xb3"
      "eugd",
      "\xc3\x9f"};
  std::string out;
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (std::size_t w = 0; w < words; ++w) {
    out += pieces[pick(rng)];
    if (pick(rng) % 2 == 0) out += ' ';
  }
  return out;
}

void check_against_reference(bool fold, const std::vector<Phrase>& phrases) {
  TermMatcher m(fold);
  for (const Phrase& p : phrases) m.add(p.text, p.id);
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, 1 + static_cast<std::size_t>(round % 40));
    const auto want = reference_find(m, phrases, text);
    INFO("text: [" << text << "]");
    for (const auto& got : {m.find(text), m.find_anywhere(text)}) {
      REQUIRE(got.size() == want.size());
      for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].begin == want[i].begin);
        CHECK(got[i].end == want[i].end);
        CHECK(got[i].id == want[i].id);
      }
    }
  }
}

}  // namespace

TEST_CASE(
    "term matcher reference - folded phrases agree with the plain reference on random texts") {
  check_against_reference(true, {{"sociale basis", 1},
                                 {"basis", 2},
                                 {"lokaal team", 3},
                                 {"client", 4},
                                 {"ab", 5},
                                 {"a b", 6},
                                 {"abc", 7},
                                 {"Cliënt", 8},
                                 {"aero", 9},
                                 {"e", 10}});
}

TEST_CASE("term matcher reference - folded bytes, digits and white space inside phrases") {
  // "j" and "jeugd" begin inside 'ĳ' ("ij"), "s" inside 'ß' ("ss"); "een" is 'Één' folded.
  check_against_reference(true, {{"ij", 1},
                                 {"jeugd", 2},
                                 {"s", 3},
                                 {"strasse", 4},
                                 {"2024", 5},
                                 {"een", 6},
                                 {"sociale\u00a0basis", 7},
                                 {"ab c", 8},
                                 {"a", 9},
                                 {"ss", 10},
                                 {"c 2024", 11}});
  // Without "ij" and "ss": 'ĳeugd' holds "jeugd" from the second byte of 'ĳ', and a lone 'ß' is
  // "s" twice.
  check_against_reference(true, {{"jeugd", 1}, {"s", 2}, {"e", 3}});
}

TEST_CASE("term matcher reference - a phrase that starts with no letter is found anywhere") {
  // "'s" and "-c" start with a character that is no letter or digit: find() takes the path of
  // find_anywhere().
  check_against_reference(true, {{"'s", 1}, {"-c", 2}, {"basis", 3}, {"s", 4}});
  check_against_reference(false, {{"\xc3\x97", 1}, {"Wmo", 2}});
}

TEST_CASE("term matcher reference - exact phrases agree with the plain reference on random texts") {
  check_against_reference(
      false, {{"Wmo", 1}, {"wmo", 2}, {"RVS", 3}, {"ab", 4}, {"Cliënt", 5}, {"a  b", 6}});
}

TEST_CASE("term matcher reference - a phrase longer than 256 normalised bytes is found") {
  std::string longp;
  for (int i = 0; i < 40; ++i) longp += "sociale ";
  longp += "basis";
  check_against_reference(true, {{longp, 1}, {"sociale", 2}});
  TermMatcher m;
  m.add(longp, 1);
  const std::string text = "Voor " + longp + ".";
  const auto got = m.find(text);
  REQUIRE(got.size() == 1);
  CHECK(got[0].begin == 5);
  CHECK(got[0].end == 5 + longp.size());
}
