#include "editions/word_diff.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
std::string render(const WordDiff& d) {
  std::string out;
  for (const auto& s : d.segments) {
    if (s.kind == DiffKind::toegevoegd)
      out += "[+" + s.text + "]";
    else if (s.kind == DiffKind::verwijderd)
      out += "[-" + s.text + "]";
    else
      out += s.text;
  }
  return out;
}
}  // namespace

TEST_CASE("word diff - tokens are words and single punctuation marks, spacing kept") {
  auto t = tokenize_words("Een zin, met *nadruk*.\n\nNieuwe alinea: één.");
  std::vector<std::string> texts;
  for (const auto& x : t) texts.push_back(x.text);
  CHECK(texts == std::vector<std::string>{"Een", "zin", ",", "met", "*", "nadruk", "*", ".",
                                          "Nieuwe", "alinea", ":", "één", "."});
  CHECK(t[2].space_before.empty());  // the comma sticks to "zin"
  CHECK(t[3].space_before == " ");
  CHECK(t[8].space_before == "\n\n");  // a blank line starts a new paragraph
}

TEST_CASE("word diff - a changed word is one removal and one addition, the rest stays") {
  auto d = diff_words("De gemeente werkt samen met partners.",
                      "De gemeente werkt nauw samen met partners.");
  CHECK(render(d) == "De gemeente werkt [+nauw] samen met partners.");
  CHECK(d.added == 1);
  CHECK(d.removed == 0);
  CHECK(d.changed());

  auto e = diff_words("Het team besluit snel.", "Het team besluit zorgvuldig.");
  CHECK(render(e) == "Het team besluit [-snel][+zorgvuldig].");
  CHECK(e.removed == 1);
  CHECK(e.added == 1);
  // 2 of 10 tokens (5 before, 5 after) changed.
  CHECK(e.changed_share() == Approx(0.2));
}

TEST_CASE("word diff - punctuation alone is a change, equal texts are no change") {
  auto d = diff_words("Ja, nee.", "Ja; nee.");
  CHECK(render(d) == "Ja[-,][+;] nee.");
  auto same = diff_words("Zelfde tekst.\n\nTwee.", "Zelfde   tekst.\n\nTwee.");
  CHECK_FALSE(same.changed());
  CHECK(same.changed_share() == 0.0);
}

TEST_CASE("word diff - similarity of word bags") {
  auto a = tokenize_words("een twee drie vier");
  auto b = tokenize_words("vier drie twee een");
  auto c = tokenize_words("vijf zes zeven acht");
  CHECK(word_similarity(a, b) == Approx(1.0));
  CHECK(word_similarity(a, c) == Approx(0.0));
  CHECK(word_similarity(a, tokenize_words("een twee drie vijf")) == Approx(0.75));
}

TEST_CASE("word diff - a replacement shows the removed words before the added ones") {
  auto d = diff_words("Basishulp is hulp van het lokale team.",
                      "Basishulp is hulp die het lokale team zelf geeft.");
  CHECK(render(d) == "Basishulp is hulp [-van][+die] het lokale team [+zelf geeft].");
}
