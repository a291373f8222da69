#include "language/metrics.h"

namespace ww {

double flesch_douma(int sentences, int words, int syllables) {
  if (sentences == 0 || words == 0) return 0;
  return 206.835 - 0.93 * words / sentences - 77.0 * syllables / words;
}

double lix(int sentences, int words, int long_words) {
  if (sentences == 0 || words == 0) return 0;
  return static_cast<double>(words) / sentences + 100.0 * long_words / words;
}

TextMetrics compute_metrics(const std::vector<SentenceMeasure>& sentences, int max_sentence_words) {
  TextMetrics m;
  for (const auto& s : sentences) {
    if (s.heading || s.words == 0) continue;
    ++m.sentences;
    m.words += s.words;
    m.syllables += s.syllables;
    m.polysyllabic += s.polysyllabic;
    m.lix_long += s.lix_long;
    if (s.words > max_sentence_words) ++m.long_sentences;
  }
  if (m.sentences == 0 || m.words == 0) return m;
  m.words_per_sentence = static_cast<double>(m.words) / m.sentences;
  m.share_long_sentences = static_cast<double>(m.long_sentences) / m.sentences;
  m.share_polysyllabic = static_cast<double>(m.polysyllabic) / m.words;
  m.flesch_douma = flesch_douma(m.sentences, m.words, m.syllables);
  m.lix = lix(m.sentences, m.words, m.lix_long);
  return m;
}

}  // namespace ww
