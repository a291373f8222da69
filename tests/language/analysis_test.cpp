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

TEST_CASE("analysis - a word cache shared by texts gives what each text gives without one") {
  // Repeated words, a word written in two ways (with and without a capital), hyphenated words
  // and an abbreviation: every count, every difficult word and each of its places must be the
  // same with one cache over both texts as without a cache.
  static const WordList common = WordList::common_dutch();
  Glossary glossary;
  glossary.add_phrase("wijkteam");
  const LanguageTools tools{nl(), common, glossary};
  const std::string first =
      "De bestuursverantwoordelijkheidsverdeling ligt bij de gemeente. De gemeente regelt de "
      "bestuursverantwoordelijkheidsverdeling samen met het wijkteam. Het "
      "VNG-ondersteuningsprogramma helpt de gemeente bij de e-mail en de website.";
  const std::string second =
      "Bestuursverantwoordelijkheidsverdeling is moeilijk. Het wijkteam en de gemeente regelen de "
      "ondersteuningsprogramma's, de e-mail en de website. De gemeente regelt de "
      "bestuursverantwoordelijkheidsverdeling.";
  auto units = [](const std::string& text, int line) {
    TextUnit u;
    u.append(text, {"a.md", line, 1});
    return std::vector<TextUnit>{u};
  };
  // Also with a cache whose new words come from what another cache measured (the check's
  // caches of several threads share their words that way).
  const bool shared_words = GENERATE(false, true);
  SharedWordFacts shared;
  if (shared_words) {
    WordCache other(&shared);
    analyse_text(units(second, 9), tools, 20, &other);
  }
  WordCache cache(shared_words ? &shared : nullptr);
  for (int line : {3, 9}) {
    const std::string& text = line == 3 ? first : second;
    const TextAnalysis plain = analyse_text(units(text, line), tools, 20);
    const TextAnalysis cached = analyse_text(units(text, line), tools, 20, &cache);
    REQUIRE(plain.sentences.size() == cached.sentences.size());
    for (std::size_t i = 0; i < plain.sentences.size(); ++i) {
      INFO(plain.sentences[i].text);
      CHECK(cached.sentences[i].text == plain.sentences[i].text);
      CHECK(cached.sentences[i].words == plain.sentences[i].words);
      CHECK(cached.sentences[i].syllables == plain.sentences[i].syllables);
      CHECK(cached.sentences[i].polysyllabic == plain.sentences[i].polysyllabic);
      CHECK(cached.sentences[i].lix_long == plain.sentences[i].lix_long);
      CHECK(cached.sentences[i].pos.col == plain.sentences[i].pos.col);
    }
    CHECK(cached.metrics.syllables == plain.metrics.syllables);
    CHECK(cached.metrics.flesch_douma == plain.metrics.flesch_douma);
    REQUIRE(cached.difficult.size() == plain.difficult.size());
    for (std::size_t i = 0; i < plain.difficult.size(); ++i) {
      INFO(plain.difficult[i].word);
      CHECK(cached.difficult[i].word == plain.difficult[i].word);
      CHECK(cached.difficult[i].syllables == plain.difficult[i].syllables);
      CHECK(cached.difficult[i].verdict.kind == plain.difficult[i].verdict.kind);
      CHECK(cached.difficult[i].verdict.first == plain.difficult[i].verdict.first);
      CHECK(cached.difficult[i].sentence == plain.difficult[i].sentence);
      REQUIRE(cached.difficult[i].places.size() == plain.difficult[i].places.size());
      for (std::size_t k = 0; k < plain.difficult[i].places.size(); ++k)
        CHECK(cached.difficult[i].places[k].col == plain.difficult[i].places[k].col);
    }
  }
  // The first text's repeated word is counted every time it is used, and found difficult once
  // with each place, although its facts came from the cache after the first use.
  const TextAnalysis again = analyse_text(units(first, 3), tools, 20, &cache);
  REQUIRE_FALSE(again.difficult.empty());
  CHECK(again.difficult[0].word == "bestuursverantwoordelijkheidsverdeling");
  CHECK(again.difficult[0].places.size() == 2);
  CHECK(again.metrics.words == 26);  // 6 + 9 + 11
  // Each distinct word as written once: "De" and "de" are two, "gemeente" is one.
  CHECK(cache.size() < static_cast<std::size_t>(again.metrics.words));
  CHECK(cache.facts("gemeente", tools).syllables == 3);
  CHECK(cache.facts("bestuursverantwoordelijkheidsverdeling", tools).syllables ==
        measure_word("bestuursverantwoordelijkheidsverdeling", tools).syllables);
}

TEST_CASE(
    "analysis - quote_long_only keeps text and place of the long sentences, and every count") {
  // The check quotes long sentences only; the others keep their counts (the groups' measures need
  // them) but no text or place, which on a big site is most of the check's memory.
  static const WordList common = WordList::common_dutch();
  const Glossary glossary;
  const LanguageTools tools{nl(), common, glossary};
  TextUnit unit;
  unit.append(
      "Een korte zin. Dit is een hele lange zin met veel te veel woorden die maar doorgaat en "
      "doorgaat zonder dat er ooit een punt komt op de plek waar die hoort. Nog een korte zin met "
      "een bestuursverantwoordelijkheidsverdeling.",
      {"a.md", 3, 1});
  const TextAnalysis all = analyse_text({unit}, tools, 20);
  const TextAnalysis quoted = analyse_text({unit}, tools, 20, nullptr, true);
  REQUIRE(all.sentences.size() == 3);
  REQUIRE(quoted.sentences.size() == 3);
  CHECK(quoted.sentences[0].text.empty());
  CHECK(quoted.sentences[0].pos.file.empty());
  CHECK(quoted.sentences[1].text == all.sentences[1].text);
  CHECK(quoted.sentences[1].words > 20);
  CHECK(quoted.sentences[1].pos.file == "a.md");
  CHECK(quoted.sentences[1].pos.col == all.sentences[1].pos.col);
  CHECK(quoted.sentences[2].text.empty());
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(quoted.sentences[i].words == all.sentences[i].words);
    CHECK(quoted.sentences[i].syllables == all.sentences[i].syllables);
  }
  CHECK(quoted.metrics.flesch_douma == all.metrics.flesch_douma);
  CHECK(quoted.metrics.long_sentences == 1);
  // A difficult word still quotes its (short) sentence.
  REQUIRE(quoted.difficult.size() == all.difficult.size());
  REQUIRE_FALSE(quoted.difficult.empty());
  CHECK(quoted.difficult.back().sentence == all.difficult.back().sentence);
  CHECK(quoted.difficult.back().sentence ==
        "Nog een korte zin met een bestuursverantwoordelijkheidsverdeling.");
}
