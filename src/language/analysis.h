#pragma once
/// The language check of one text: sentences, measures and difficult words.
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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
  /// Every sentence and heading, in order (with `quote_long_only`, text and pos of the long
  /// sentences only).
  std::vector<SentenceMeasure> sentences;
  TextMetrics metrics;
  std::vector<DifficultWord> difficult;  ///< each word once (folded), with all its places
};

/// What the analysis finds out about one word as written: it depends on nothing but the word
/// and the tools.
struct WordFacts {
  int syllables = 0;
  bool long_for_lix = false;  ///< more than 6 letters
  DifficultyVerdict verdict;
  std::string folded;  ///< the word folded, for a difficult word only
};

/// Word facts shared by the caches of several threads: a word one thread measured need not be
/// measured again by another (on a small site most words are new to every thread). Locked; a
/// WordCache asks it only for the words it has not seen itself.
class SharedWordFacts {
 public:
  /// The facts of `word`: from the table, or measured (outside the lock) and added.
  WordFacts facts(std::string_view word, const LanguageTools& tools);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::mutex mutex_;
  std::unordered_map<std::string, WordFacts, Hash, std::equal_to<>> words_;
};

/// The facts of every distinct word seen, so each is measured once (hyphenation and the word
/// lists are most of the time of the language check). One cache serves one thread and one set
/// of tools: a cached answer is the answer, so results do not depend on which thread measured
/// which text first.
class WordCache {
 public:
  /// `shared`: where words this cache has not seen are looked up before they are measured (it
  /// must outlive the cache).
  explicit WordCache(SharedWordFacts* shared = nullptr) : shared_(shared) {}
  /// The facts of `word`, measured on first sight. The reference is valid until the next call.
  const WordFacts& facts(std::string_view word, const LanguageTools& tools);
  [[nodiscard]] std::size_t size() const { return words_.size(); }

 private:
  /// An open-addressing table of indexes into `words_` (a lookup per word of every text is most
  /// of the cache's time; this one hashes once and compares the hash before the word).
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;  ///< 1 + index in words_; 0: empty
  };
  void grow();
  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, WordFacts>> words_;
  SharedWordFacts* shared_ = nullptr;
};

/// The facts of `word`, measured without a cache.
WordFacts measure_word(std::string_view word, const LanguageTools& tools);

/// Splits the units into sentences and words and measures them. `max_sentence_words` sets
/// which sentences count as long. With a `cache`, each distinct word is measured once for all
/// the texts that use it (same results as without). With `quote_long_only`, only the long
/// sentences (not headings, over `max_sentence_words`) keep their text and place, which is all
/// the check's findings and report quote: on a big site the others are most of its memory.
TextAnalysis analyse_text(const std::vector<TextUnit>& units, const LanguageTools& tools,
                          int max_sentence_words, WordCache* cache = nullptr,
                          bool quote_long_only = false);

/// Whitespace runs to one space, trimmed.
std::string collapse_space(std::string_view s);

}  // namespace ww
