#include "language/sentences.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
std::vector<std::string> sentences(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& r : split_sentences(s)) out.emplace_back(s.substr(r.begin, r.end - r.begin));
  return out;
}
std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& r : split_words(s)) out.emplace_back(s.substr(r.begin, r.end - r.begin));
  return out;
}
}  // namespace

TEST_CASE("sentences - split at full stops, question and exclamation marks") {
  CHECK(sentences("U komt met een vraag. Vaak speelt er meer! Wat doet de gemeente? Zij helpt.") ==
        std::vector<std::string>{"U komt met een vraag.", "Vaak speelt er meer!",
                                 "Wat doet de gemeente?", "Zij helpt."});
  CHECK(sentences("Zonder punt aan het eind") ==
        std::vector<std::string>{"Zonder punt aan het eind"});
  CHECK(sentences("  ") == std::vector<std::string>{});
  CHECK(sentences("Hij zei: \"Kom maar.\" Toen ging hij.") ==
        std::vector<std::string>{"Hij zei: \"Kom maar.\"", "Toen ging hij."});
}

TEST_CASE("sentences - abbreviations do not end a sentence") {
  CHECK(sentences("Denk aan bijv. Wmo of jeugdhulp. Dat is alles.") ==
        std::vector<std::string>{"Denk aan bijv. Wmo of jeugdhulp.", "Dat is alles."});
  CHECK(sentences("Er zijn o.a. teams, d.w.z. groepen. Ze werken m.b.t. zorg samen.").size() == 2);
  CHECK(sentences("Zie p. 29 en nr. 4 van het rapport. Het gaat om ca. 300 mensen.").size() == 2);
  CHECK(sentences("Het gaat om jeugd, wonen e.d. bij de gemeente. Klaar.").size() == 2);
  CHECK(sentences("Volgens J. de Vries werkt het. Klaar.").size() == 2);
  // "u." is the pronoun, not an initial: it ends a sentence.
  CHECK(sentences("De gemeente helpt u. Het team kijkt mee.") ==
        std::vector<std::string>{"De gemeente helpt u.", "Het team kijkt mee."});
  CHECK(sentences("Mevr. Jansen en Dhr. Pietersen komen.").size() == 1);
  // An abbreviation that often ends a sentence: a capital after it starts a new one.
  CHECK(sentences("Wonen, werk, zorg enz. De gemeente helpt.").size() == 2);
  // An unknown abbreviation: a lowercase word after the full stop keeps the sentence going.
  CHECK(sentences("Het staat in hfdstk. drie van de wet.").size() == 1);
}

TEST_CASE("sentences - numbers do not end a sentence") {
  CHECK(sentences("Er wonen 1.000 mensen. Dat is 3,5 procent.").size() == 2);
  CHECK(sentences("1. Eerst belt u de gemeente.") ==
        std::vector<std::string>{"1. Eerst belt u de gemeente."});
  CHECK(sentences("Het kader is uit 2024. Het is nieuw.").size() == 2);
  CHECK(sentences("Kijk op www.vng.nl voor meer. Daar staat het.").size() == 2);
}

TEST_CASE("sentences - ellipsis") {
  CHECK(sentences("Dit is... een test. Klaar…").size() == 2);
  CHECK(sentences("Ik weet het niet… Misschien morgen.").size() == 2);
}

TEST_CASE("sentences - abbreviation recognition") {
  CHECK(is_abbreviation("bijv."));
  CHECK(is_abbreviation("Bijv."));
  CHECK(is_abbreviation("o.a."));
  CHECK(is_abbreviation("d.w.z."));
  CHECK(is_abbreviation("m.b.t."));
  CHECK(is_abbreviation("e.d."));
  CHECK(is_abbreviation("p."));
  CHECK(is_abbreviation("nr."));
  CHECK(is_abbreviation("ca."));
  CHECK(is_abbreviation("J."));
  CHECK_FALSE(is_abbreviation("u."));
  CHECK_FALSE(is_abbreviation("gemeente."));
  CHECK_FALSE(is_abbreviation("2024."));
  CHECK_FALSE(is_abbreviation("bijv"));
}

TEST_CASE("sentences - words") {
  CHECK(words("De e-mail van de VNG-notitie, baby's en 1.000 mensen (3,5%)!") ==
        std::vector<std::string>{"De", "e-mail", "van", "de", "VNG-notitie", "baby's", "en",
                                 "1.000", "mensen", "3,5"});
  CHECK(words("zorg- en veiligheidshuis") ==
        std::vector<std::string>{"zorg", "en", "veiligheidshuis"});
  CHECK(words("o.a. en d.w.z.") == std::vector<std::string>{"o.a", "en", "d.w.z"});
  CHECK(words("cliënt – één") == std::vector<std::string>{"cliënt", "één"});
  CHECK(code_points("één") == 3);
}
