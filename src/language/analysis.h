#pragma once
/// The language check of one text: sentences, measures and difficult words.
#include <string>
#include <vector>

#include "language/metrics.h"
#include "language/syllables.h"
#include "language/units.h"
#include "language/words.h"

namespace ww {

/// What the analysis needs; all read-only, so one instance can serve many texts.
struct LanguageTools {
  const Hyphenator& hyphenator;
  const WordList& common;
  const Glossary& glossary;
};

struct DifficultWord {
  std::string word;               ///< as written (its first use)
  SourcePos pos;                  ///< its first use
  std::vector<SourcePos> places;  ///< every use in the text, in order (the first is `pos`)
  int syllables = 0;
  DifficultyVerdict verdict;
  std::string sentence;  ///< the sentence it stands in, for context
};

struct TextAnalysis {
  std::vector<SentenceMeasure> sentences;  ///< every sentence and heading, in order
  TextMetrics metrics;
  std::vector<DifficultWord> difficult;  ///< each word once (folded), with all its places
};

/// Splits the units into sentences and words and measures them. `max_sentence_words` sets
/// which sentences count as long.
TextAnalysis analyse_text(const std::vector<TextUnit>& units, const LanguageTools& tools,
                          int max_sentence_words);

/// Whitespace runs to one space, trimmed.
std::string collapse_space(std::string_view s);

}  // namespace ww
