#include "check/b1.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
SentenceMeasure sentence(int words, int syllables, int line) {
  SentenceMeasure s;
  s.words = words;
  s.syllables = syllables;
  s.text = "zin op regel " + std::to_string(line);
  s.pos = {"content/a.md", line, 1};
  return s;
}

MeasuredText text(std::string file, TextKind kind, bool b1, std::vector<SentenceMeasure> sentences,
                  const TaalConfig& taal, std::string group = "kort") {
  MeasuredText t;
  t.file = file;
  t.kind = kind;
  t.b1 = b1;
  t.group = b1 ? group : "";
  t.pos = {file, 3, 8};
  for (auto& s : sentences) s.pos.file = file;
  t.analysis.sentences = std::move(sentences);
  t.analysis.metrics = compute_metrics(t.analysis.sentences, taal.max_zinslengte);
  return t;
}

std::string run(std::vector<MeasuredText>& texts, const TaalConfig& taal,
                std::vector<TextPool>* pools = nullptr) {
  Diagnostics d;
  auto p = report_texts(texts, taal, d);
  if (pools) *pools = p;
  sort_diagnostics(d.items);
  std::string out;
  for (const auto& x : d.items) out += format_diagnostic(x) + '\n';
  return out;
}
}  // namespace

TEST_CASE("b1 - a long text is held to every threshold on its own") {
  TaalConfig taal;
  taal.min_woorden_meting = 20;
  // 3 sentences: 10 + 10 + 22 words = 42 words, mean 14 > 12; 22 > 20; syllables 2 per word:
  // Flesch-Douma 206.835 - 0.93 * 14 - 77 * 2 = 39.8 < 65.
  std::vector<MeasuredText> texts = {
      text("content/a.md", TextKind::kort, true,
           {sentence(10, 20, 3), sentence(10, 20, 4), sentence(22, 44, 5)}, taal)};
  const std::string out = run(texts, taal);
  INFO(out);
  CHECK(out.find("content/a.md:5:1: fout: zin van 22 woorden in 'kort' (B1: hoogstens 20)") !=
        std::string::npos);
  CHECK(out.find(
            "content/a.md:3:8: fout: gemiddeld 14,0 woorden per zin in 'kort' (B1: hoogstens 12,0) "
            "[b1-woorden-per-zin]") != std::string::npos);
  CHECK(out.find("content/a.md:3:8: fout: Flesch-Douma 40 voor 'kort' (B1: minstens 65) "
                 "[b1-flesch-douma]") != std::string::npos);
  CHECK_FALSE(texts[0].meets);
}

TEST_CASE("b1 - thresholds come from [taal]") {
  TaalConfig taal;
  taal.min_woorden_meting = 1;
  // 2 sentences of 8 words, 12 syllables each: mean 8, Flesch-Douma 206.835 - 7.44 - 115.5 = 83.9
  std::vector<MeasuredText> texts = {
      text("content/a.md", TextKind::kort, true, {sentence(8, 12, 3), sentence(8, 12, 4)}, taal)};
  CHECK(run(texts, taal).empty());
  CHECK(texts[0].meets);
  taal.max_woorden_per_zin = 7;
  taal.min_flesch_douma = 85;
  taal.max_zinslengte = 7;
  const std::string out = run(texts, taal);
  CHECK(out.find("zin van 8 woorden in 'kort' (B1: hoogstens 7)") != std::string::npos);
  CHECK(out.find("gemiddeld 8,0 woorden per zin in 'kort' (B1: hoogstens 7,0)") !=
        std::string::npos);
  CHECK(out.find("Flesch-Douma 84 voor 'kort' (B1: minstens 85)") != std::string::npos);
}

TEST_CASE("b1 - short texts are held to mean and Flesch-Douma as a group") {
  TaalConfig taal;  // min_woorden_meting 100
  // Easy: 6 words, 7 syllables. Hard: 10 words, 25 syllables (Flesch-Douma 206.835 - 9.3 - 192.5 =
  // 5).
  auto easy = [&](std::string f) {
    return text(f, TextKind::kort, true, {sentence(6, 7, 3)}, taal);
  };
  auto hard = [&](std::string f) {
    return text(f, TextKind::kort, true, {sentence(10, 25, 3)}, taal);
  };
  std::vector<MeasuredText> texts = {easy("content/a.md"), hard("content/b.md"),
                                     easy("content/c.md"), easy("content/d.md"),
                                     easy("content/e.md"), easy("content/f.md")};
  std::vector<TextPool> pools;
  std::string out = run(texts, taal, &pools);
  INFO(out);
  // The group: 40 words, 60 syllables, 6 sentences: 206.835 - 0.93 * 40/6 - 77 * 1.5 = 85.1: fine.
  REQUIRE(pools.size() == 1);
  CHECK(pools[0].group == "kort");
  CHECK(pools[0].texts == 6);
  CHECK(pools[0].short_texts == 6);
  CHECK(pools[0].meets);
  CHECK(pools[0].metrics.flesch_douma == Approx(206.835 - 0.93 * 40 / 6 - 77 * 1.5));
  // The hard text alone misses, but it is one sentence: judged per sentence, no finding of its own.
  CHECK(out.empty());
  CHECK_FALSE(texts[1].meets);

  // With only two texts the hard one pulls the group under the threshold: an error at the hard one.
  texts = {easy("content/a.md"), hard("content/b.md")};
  out = run(texts, taal, &pools);
  CHECK_FALSE(pools[0].meets);
  CHECK(out.find("content/b.md:3:8: fout: alle 2 teksten 'kort' samen: Flesch-Douma ") !=
        std::string::npos);
  CHECK(out.find("deze tekst is het moeilijkst (Flesch-Douma 5)") != std::string::npos);
}

TEST_CASE("b1 - a short text of one or two sentences is judged per sentence (issue 19)") {
  TaalConfig taal;  // min_woorden_meting 100, max_woorden_per_zin 12, max_zinslengte 20
  // A glossary definition of one sentence of 13 words: within the limit for one sentence.
  // With the other definitions of the glossary (6 words each) the group is fine too.
  std::vector<MeasuredText> texts = {text("content/woordenlijst/toegang.md", TextKind::kort, true,
                                          {sentence(13, 20, 5)}, taal, "kort van de woordenlijst")};
  for (const char* f : {"content/woordenlijst/a.md", "content/woordenlijst/b.md"})
    texts.push_back(
        text(f, TextKind::kort, true, {sentence(6, 8, 3)}, taal, "kort van de woordenlijst"));
  std::string out = run(texts, taal);
  INFO(out);
  CHECK(out.find("b1-woorden-per-zin") == std::string::npos);
  CHECK(out.find("b1-flesch-douma") == std::string::npos);
  // Three sentences of a short text: a sample of its own, so it gets its own warnings.
  texts = {text("content/a.md", TextKind::kort, true,
                {sentence(14, 35, 3), sentence(14, 35, 4), sentence(14, 35, 5)}, taal)};
  out = run(texts, taal);
  CHECK(
      out.find(
          "content/a.md:3:8: waarschuwing: gemiddeld 14,0 woorden per zin in 'kort' (B1: hoogstens "
          "12,0); "
          "een korte tekst (42 woorden) telt mee in het totaal van 'kort' [b1-woorden-per-zin]") !=
      std::string::npos);
  CHECK(out.find("waarschuwing: Flesch-Douma") != std::string::npos);
}

TEST_CASE(
    "b1 - one finding per difficult word, with all its places and a simpler word (issue 19)") {
  TaalConfig taal;
  auto with_word = [&](std::string file, std::string word, std::vector<SourcePos> places,
                       Difficulty kind) {
    MeasuredText t = text(file, TextKind::kort, true, {sentence(5, 7, 3)}, taal);
    DifficultWord d;
    d.word = std::move(word);
    d.pos = places.front();
    d.places = std::move(places);
    d.syllables = 4;
    d.verdict.kind = kind;
    if (kind == Difficulty::compound) {
      d.verdict.first = "verkennings";
      d.verdict.second = "instrument";
      d.verdict.rare = "verkenning";
      d.verdict.parts = 2;
    }
    t.analysis.difficult = {d};
    return t;
  };
  std::vector<MeasuredText> texts = {
      with_word("content/a.md", "rapportage", {{"content/a.md", 3, 10}, {"content/a.md", 3, 40}},
                Difficulty::long_word),
      with_word("content/b.md", "Rapportage", {{"content/b.md", 4, 8}}, Difficulty::long_word),
      with_word("content/c.md", "verkenningsinstrument", {{"content/c.md", 3, 9}},
                Difficulty::compound)};
  const std::string out = run(texts, taal);
  INFO(out);
  CHECK(out.find(
            "content/a.md:3:10: waarschuwing: moeilijk woord 'rapportage' in 'kort': lang woord (4 "
            "lettergrepen); 3 keer, ook op content/a.md:3:40, content/b.md:4:8 [moeilijk-woord]") !=
        std::string::npos);
  CHECK(out.find("content/b.md:4:8: waarschuwing: moeilijk woord") == std::string::npos);
  CHECK(out.find("hint: gewoner: 'verslag'") != std::string::npos);
  // An ordinary compound is no glossary term.
  CHECK(out.find(
            "moeilijk woord 'verkenningsinstrument' in 'kort': samengesteld woord ('verkennings' + "
            "'instrument'); 'verkenning' is geen veelgebruikt woord") != std::string::npos);
  CHECK(out.find("term = \"verkenningsinstrument\"") == std::string::npos);
}

TEST_CASE("b1 - the kader's own text is measured, never an error") {
  TaalConfig taal;
  std::vector<MeasuredText> texts = {text("content/kader/h1.md", TextKind::tekst, false,
                                          {sentence(30, 70, 3), sentence(25, 60, 4)}, taal)};
  const std::string out = run(texts, taal);
  CHECK(out.find("content/kader/h1.md:3:8: opmerking: leesbaarheid van de tekst: gemiddeld 27,5 "
                 "woorden per zin, "
                 "2 van 2 zinnen langer dan 20 woorden") != std::string::npos);
  CHECK(out.find("[taal-meting]") != std::string::npos);
  CHECK(out.find("fout") == std::string::npos);
  CHECK(out.find("waarschuwing") == std::string::npos);
}

TEST_CASE("b1 - difficult words say why: syllables, letters or the parts of a compound") {
  TaalConfig taal;
  MeasuredText t = text("content/a.md", TextKind::kort, true, {sentence(5, 7, 3)}, taal);
  auto word = [](std::string w, int syllables, Difficulty kind, std::string first = {},
                 std::string second = {}) {
    DifficultWord d;
    d.word = std::move(w);
    d.pos = {"content/a.md", 3, 10};
    d.syllables = syllables;
    d.verdict = {kind, std::move(first), std::move(second), {}, 2};
    return d;
  };
  t.analysis.difficult = {word("woningcorporatie", 6, Difficulty::long_word),
                          word("aanspreekpunt", 3, Difficulty::long_word),
                          word("werkafspraken", 4, Difficulty::compound, "werk", "afspraken")};
  std::vector<MeasuredText> texts = {t};
  const std::string out = run(texts, taal);
  INFO(out);
  CHECK(out.find("moeilijk woord 'woningcorporatie' in 'kort': lang woord (6 lettergrepen) "
                 "[moeilijk-woord]") != std::string::npos);
  CHECK(out.find(
            "moeilijk woord 'aanspreekpunt' in 'kort': lang woord (13 letters) [moeilijk-woord]") !=
        std::string::npos);
  CHECK(
      out.find(
          "moeilijk woord 'werkafspraken' in 'kort': samengesteld woord ('werk' + 'afspraken')") !=
      std::string::npos);
  CHECK(out.find("term = \"aanspreekpunt\"") != std::string::npos);
}

TEST_CASE("b1 - Dutch numbers") {
  CHECK(dutch_number(12.34) == "12,3");
  CHECK(dutch_number(65, 0) == "65");
  CHECK(dutch_number(-0.01) == "0,0");
}
