#include <catch2/catch.hpp>

#include "language/analysis.h"
#include "markdown/document.h"

using namespace ww;

namespace {
const Hyphenator& nl() {
  static const Hyphenator h = [] {
    std::string error;
    auto loaded = Hyphenator::load(*find_hyphen_dic(default_hyphen_dic_paths()), error);
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return h;
}
const WordList& common() {
  static const WordList w = WordList::common_dutch();
  return w;
}
}  // namespace

TEST_CASE("words - the embedded list of common Dutch words") {
  CHECK(common().size() > 15000);
  CHECK(common().contains("gemeente"));
  CHECK(common().contains("Ondersteuning"));
  CHECK(common().contains("client"));  // "cliënt", diacritics folded
  CHECK_FALSE(common().contains("ervaringsdeskundigheid"));
}

TEST_CASE("words - long words and compounds that are not common are difficult") {
  Glossary none;
  auto v = judge_word("ervaringsdeskundigheid", 7, common(), none);
  CHECK(v.kind != Difficulty::none);
  CHECK(judge_word("ondersteuning", 4, common(), none).kind == Difficulty::none);  // common
  CHECK(judge_word("gemeenten", 3, common(), none).kind == Difficulty::none);      // short
  CHECK(judge_word("organisaties", 5, common(), none).kind == Difficulty::none);   // inflection
  CHECK(judge_word("VNG-notitie", 4, common(), none).kind ==
        Difficulty::none);  // capitals + common
  CHECK(judge_word("2024", 1, common(), none).kind == Difficulty::none);
  auto c = judge_word("wachtlijstproblemen", 4, common(), none);
  CHECK(c.kind == Difficulty::compound);
  CHECK(c.second == "problemen");
}

TEST_CASE("words - a glossary term explains the word and its forms") {
  Glossary g;
  g.add_phrase("ervaringsdeskundigheid");
  g.add_phrase("integrale dienstverlening");
  CHECK(judge_word("ervaringsdeskundigheid", 7, common(), g).kind == Difficulty::none);
  CHECK(judge_word("ervaringsdeskundigen", 6, common(), g).kind == Difficulty::none);
  CHECK(g.explains("Dienstverlening"));
  CHECK_FALSE(g.explains("laagdrempelig"));
}

TEST_CASE("analysis - measures of a small hand-computed text") {
  auto doc = parse_markdown("De kat zit op de mat. Hij slaapt.\n", {});
  Glossary g;
  LanguageTools tools{nl(), common(), g};
  auto a = analyse_text(units_from_markdown(doc.get(), {"t.md", 1, 1}), tools, 20);
  REQUIRE(a.sentences.size() == 2);
  // 2 sentences, 8 one-syllable words, none over 6 letters.
  CHECK(a.metrics.words == 8);
  CHECK(a.metrics.syllables == 8);
  CHECK(a.metrics.words_per_sentence == Approx(4.0));
  CHECK(a.metrics.flesch_douma == Approx(206.835 - 0.93 * 4 - 77.0));
  CHECK(a.metrics.lix == Approx(4.0));
  CHECK(a.metrics.share_polysyllabic == 0);

  auto doc2 = parse_markdown("De gemeente helpt inwoners met ondersteuning.\n", {});
  auto b = analyse_text(units_from_markdown(doc2.get(), {"t.md", 1, 1}), tools, 20);
  // de 1, ge-meen-te 3, helpt 1, in-wo-ners 3, met 1, on-der-steu-ning 4 = 13 syllables, 6 words;
  // over 6 letters: gemeente, inwoners, ondersteuning; 4+ syllables: ondersteuning.
  CHECK(b.metrics.words == 6);
  CHECK(b.metrics.syllables == 13);
  CHECK(b.metrics.share_polysyllabic == Approx(1.0 / 6));
  CHECK(b.metrics.flesch_douma == Approx(206.835 - 0.93 * 6 - 77.0 * 13 / 6));
  CHECK(b.metrics.lix == Approx(6 + 100.0 * 3 / 6));
  CHECK(b.difficult.empty());
}

TEST_CASE("analysis - difficult words are found once, with their place and sentence") {
  auto doc =
      parse_markdown("Wij zoeken ervaringsdeskundigheid.\nOok ervaringsdeskundigheid helpt.\n", {});
  Glossary g;
  LanguageTools tools{nl(), common(), g};
  auto a = analyse_text(units_from_markdown(doc.get(), {"t.md", 5, 1}), tools, 20);
  REQUIRE(a.difficult.size() == 1);
  CHECK(a.difficult[0].word == "ervaringsdeskundigheid");
  CHECK(a.difficult[0].pos.line == 5);
  CHECK(a.difficult[0].pos.col == 12);
  CHECK(a.difficult[0].sentence == "Wij zoeken ervaringsdeskundigheid.");
  g.add_phrase("ervaringsdeskundigheid");
  CHECK(analyse_text(units_from_markdown(doc.get(), {"t.md", 5, 1}), tools, 20).difficult.empty());
}

TEST_CASE("words - a compound is judged by its parts, with the hyphenation points (issue 19)") {
  const Hyphenator* h = &nl();
  const WordList list = WordList::common_dutch();
  const Glossary none;
  auto judge = [&](std::string_view w) { return judge_word(w, h->count(w), list, none, h); };
  CHECK(judge("ontmoetingsplek").kind == Difficulty::none);
  CHECK(judge("weggelaten").kind == Difficulty::none);
  CHECK(judge("beginpagina").kind == Difficulty::none);
  CHECK(judge("werkafspraken").kind == Difficulty::none);
  const auto basis = judge("basiselementen");
  CHECK(basis.kind == Difficulty::compound);
  CHECK(basis.second == "elementen");
  CHECK(basis.rare == "elementen");
  const auto vit = judge("verkenningsinstrument");
  CHECK(vit.kind == Difficulty::compound);
  CHECK(vit.first == "verkennings");
  CHECK(vit.rare == "verkenning");
  // More than two parts and 5 or more syllables: hard even when every part is common.
  CHECK(judge("jeugdhulpaanbieders").kind == Difficulty::compound);
  // The curated words of public services count as common.
  CHECK(list.contains("mantelzorger"));
  CHECK(judge("huurtoeslag").kind == Difficulty::none);
}
