#include "language/analysis.h"

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

TextAnalysis analyse(std::string_view text, const Glossary& glossary = {}) {
  static const WordList common = WordList::common_dutch();
  TextUnit unit;
  unit.append(text, {"a.md", 3, 1});
  return analyse_text({unit}, LanguageTools{nl(), common, glossary}, 20);
}
}  // namespace

TEST_CASE("analysis - every measure on a small hand-computed text") {
  // De ge-meen-te helpt u. (4 words, 6 syllables)
  // Het lo-ka-le team kijkt breed naar uw si-tu-a-tie. (8 words, 13 syllables)
  const TextAnalysis a =
      analyse("De gemeente helpt u. Het lokale team kijkt breed naar uw situatie.");
  const TextMetrics& m = a.metrics;
  CHECK(m.sentences == 2);
  CHECK(m.words == 12);
  CHECK(m.syllables == 19);
  CHECK(m.words_per_sentence == Approx(6.0));
  CHECK(m.long_sentences == 0);
  CHECK(m.share_long_sentences == 0);
  CHECK(m.polysyllabic == 1);  // situatie
  CHECK(m.share_polysyllabic == Approx(1.0 / 12));
  CHECK(m.flesch_douma == Approx(206.835 - 0.93 * 6 - 77.0 * 19 / 12));
  CHECK(m.lix == Approx(6 + 100.0 * 2 / 12));  // gemeente, situatie: more than 6 letters
  REQUIRE(a.sentences.size() == 2);
  CHECK(a.sentences[1].text == "Het lokale team kijkt breed naar uw situatie.");
  CHECK(a.sentences[1].pos.line == 3);
  CHECK(a.sentences[1].pos.col == 22);
  CHECK(a.difficult.empty());
}

TEST_CASE("analysis - long sentences and difficult words, with their place") {
  const std::string long_sentence =
      "Wij vinden het heel belangrijk dat iedere inwoner die hulp nodig heeft snel en zonder gedoe "
      "de juiste hulp "
      "krijgt van de gemeente.";
  const TextAnalysis a = analyse("Kort. " + long_sentence + " Dat vraagt ervaringsdeskundigheid.");
  CHECK(a.metrics.long_sentences == 1);
  CHECK(a.sentences[1].words == 23);
  CHECK(a.sentences[1].pos.col == 7);
  REQUIRE(a.difficult.size() == 1);
  CHECK(a.difficult[0].word == "ervaringsdeskundigheid");
  CHECK(a.difficult[0].syllables == 7);
  CHECK(a.difficult[0].sentence == "Dat vraagt ervaringsdeskundigheid.");
  // Explained in the glossary: no longer difficult.
  Glossary g;
  g.add_phrase("ervaringsdeskundige");
  CHECK(analyse("Dat vraagt ervaringsdeskundigheid.", g).difficult.empty());
}
