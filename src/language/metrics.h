#pragma once
/// Readability measures of a Dutch text: words per sentence, long sentences, long words,
/// Flesch-Douma and LIX.
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

/// One sentence with its counts.
struct SentenceMeasure {
  std::string text;  ///< as written, whitespace collapsed
  SourcePos pos;     ///< where it starts
  int words = 0;
  int syllables = 0;
  int polysyllabic = 0;  ///< words of 4 or more syllables
  int lix_long = 0;      ///< words of more than 6 letters (for LIX)
  bool heading = false;  ///< a heading: its own unit, not counted in the measures
};

struct TextMetrics {
  int sentences = 0;  ///< headings not included
  int words = 0;
  int syllables = 0;
  int polysyllabic = 0;
  int lix_long = 0;
  int long_sentences = 0;  ///< sentences over the maximum length
  double words_per_sentence = 0;
  double share_long_sentences = 0;  ///< 0..1
  double share_polysyllabic = 0;    ///< 0..1
  double flesch_douma = 0;          ///< 206.835 - 0.93 x words/sentence - 77 x syllables/word
  double lix = 0;                   ///< words/sentence + 100 x words over 6 letters / words
};

/// Measures over the sentences that are not headings. `max_sentence_words`: a sentence with
/// more words is long. A text without words has all measures 0.
TextMetrics compute_metrics(const std::vector<SentenceMeasure>& sentences, int max_sentence_words);

/// Flesch-Douma from totals (0 when there are no words).
double flesch_douma(int sentences, int words, int syllables);
/// LIX from totals (0 when there are no words).
double lix(int sentences, int words, int long_words);

}  // namespace ww
