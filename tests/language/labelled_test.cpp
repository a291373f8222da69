// Measures the B1 check on the hand-labelled set in tests/language/data (issue 19): precision of
// "moeilijk woord", sentence splitting and syllable counts. The numbers are printed (run with
// -s) and reported in docs/check.md; the goals are asserted.
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "language/sentences.h"
#include "language/syllables.h"
#include "language/words.h"

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

std::vector<std::string> data_lines(const std::string& name) {
  std::ifstream in(std::string(WEGWIJZER_SOURCE_DIR) + "/tests/language/data/" + name);
  REQUIRE(in);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  for (std::string f; std::getline(ss, f, '\t');) out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("labelled set - moeilijk woord: at most 1 in 10 findings wrong") {
  const WordList common = WordList::common_dutch();
  const Glossary none;
  int flagged = 0, flagged_right = 0, hard = 0, hard_found = 0, words = 0;
  std::string wrong, missed;
  for (const auto& line : data_lines("labelled-words.tsv")) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = fields(line);
    REQUIRE(f.size() == 3);
    REQUIRE((f[1] == "moeilijk" || f[1] == "gewoon"));
    ++words;
    const bool is_hard = f[1] == "moeilijk";
    const bool found =
        judge_word(f[0], nl().count(f[0]), common, none, &nl()).kind != Difficulty::none;
    hard += is_hard;
    if (found) {
      ++flagged;
      if (is_hard)
        ++flagged_right;
      else
        wrong += " " + f[0];
    }
    if (is_hard && found) ++hard_found;
    if (is_hard && !found) missed += " " + f[0];
  }
  const double precision = flagged ? 100.0 * flagged_right / flagged : 100.0;
  const double recall = hard ? 100.0 * hard_found / hard : 100.0;
  std::cout << "moeilijk woord: " << words << " labelled words, " << hard << " moeilijk; "
            << flagged << " flagged, " << flagged_right << " right: precision " << precision
            << " %, recall " << recall << " %\n  wrongly flagged:" << wrong
            << "\n  missed:" << missed << "\n";
  CHECK(words >= 150);
  CHECK(flagged_right * 10 >= flagged * 9);
  // The check must still find most hard words: flagging nothing would be precise.
  CHECK(hard_found * 2 >= hard);
}

TEST_CASE("labelled set - sentence splitting is right on every labelled unit") {
  int units = 0, sentences = 0, right_units = 0;
  std::string unit;
  std::vector<std::string> expected;
  std::string failures;
  auto finish = [&] {
    if (unit.empty()) return;
    ++units;
    sentences += static_cast<int>(expected.size());
    std::vector<std::string> got;
    for (const auto& r : split_sentences(unit))
      got.emplace_back(unit.substr(r.begin, r.end - r.begin));
    if (got == expected) {
      ++right_units;
    } else {
      failures += "\n  " + unit + "\n   ->";
      for (const auto& g : got) failures += " [" + g + "]";
    }
    unit.clear();
    expected.clear();
  };
  for (const auto& line : data_lines("labelled-sentences.txt")) {
    if (line.rfind("> ", 0) == 0) {
      finish();
      unit = line.substr(2);
    } else if (line.rfind("= ", 0) == 0) {
      expected.push_back(line.substr(2));
    }
  }
  finish();
  std::cout << "sentences: " << units << " labelled units with " << sentences << " sentences; "
            << right_units << " split right" << failures << "\n";
  CHECK(sentences >= 50);
  CHECK(right_units == units);
}

TEST_CASE("labelled set - syllable counts") {
  int words = 0, right = 0;
  std::string wrong;
  for (const auto& line : data_lines("labelled-syllables.tsv")) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = fields(line);
    REQUIRE(f.size() == 3);
    ++words;
    const int got = nl().count(f[0]);
    if (got == std::stoi(f[1]))
      ++right;
    else
      wrong += " " + f[0] + "(" + std::to_string(got) + ", not " + f[1] + ")";
  }
  std::cout << "syllables: " << right << " of " << words << " right;" << wrong << "\n";
  CHECK(right == words);
}
