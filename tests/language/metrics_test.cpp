#include <catch2/catch.hpp>

#include "language/analysis.h"

using namespace ww;

namespace {
SentenceMeasure s(int words, int syllables, int poly = 0, int lix_long = 0, bool heading = false) {
  SentenceMeasure m;
  m.words = words;
  m.syllables = syllables;
  m.polysyllabic = poly;
  m.lix_long = lix_long;
  m.heading = heading;
  return m;
}
}  // namespace

TEST_CASE("metrics - formulas on hand-computed totals") {
  // 2 sentences, 10 words, 15 syllables: 206.835 - 0.93*5 - 77*1.5 = 86.685
  CHECK(flesch_douma(2, 10, 15) == Approx(86.685));
  // 1 sentence, 20 words, 40 syllables: 206.835 - 18.6 - 154 = 34.235
  CHECK(flesch_douma(1, 20, 40) == Approx(34.235));
  // LIX: 10/2 + 100*3/10 = 35
  CHECK(lix(2, 10, 3) == Approx(35.0));
  CHECK(flesch_douma(0, 0, 0) == 0);
  CHECK(lix(0, 0, 0) == 0);
}

TEST_CASE("metrics - sentences, long sentences and headings") {
  std::vector<SentenceMeasure> v = {s(4, 6, 0, 1), s(22, 30, 2, 5), s(3, 3, 0, 0, true),
                                    s(6, 9, 1, 2)};
  TextMetrics m = compute_metrics(v, 20);
  CHECK(m.sentences == 3);  // the heading is left out
  CHECK(m.words == 32);
  CHECK(m.syllables == 45);
  CHECK(m.long_sentences == 1);
  CHECK(m.words_per_sentence == Approx(32.0 / 3));
  CHECK(m.share_long_sentences == Approx(1.0 / 3));
  CHECK(m.share_polysyllabic == Approx(3.0 / 32));
  CHECK(m.flesch_douma == Approx(206.835 - 0.93 * 32 / 3 - 77.0 * 45 / 32));
  CHECK(m.lix == Approx(32.0 / 3 + 100.0 * 8 / 32));
  CHECK(compute_metrics({}, 20).flesch_douma == 0);
}
