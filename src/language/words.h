#pragma once
/// "Moeilijke woorden": long words and compounds that are not common Dutch and not explained
/// in the glossary.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "language/word_table.h"

namespace ww {

class Hyphenator;

/// A set of words, compared lowercased with diacritics folded ("Cliënt" == "client"), each with
/// its frequency rank (1 = most frequent; 0 = a core word of public services).
class WordList {
 public:
  WordList() = default;
  /// The embedded common Dutch words: about 16,000 words from subtitle frequencies
  /// (data/veelgebruikte-woorden-*.txt, ranked) and the curated common words of public
  /// services (data/gewone-woorden-dienstverlening.txt, rank 0). Sources: data/README.md.
  /// Its table is made when wegwijzer is built (make_word_table.cpp): no work at run time.
  static WordList common_dutch();
  /// Adds a word with its rank; a word added twice keeps its best rank.
  void add(std::string_view word, std::size_t rank = 0);  ///< a rank is below 2^32
  [[nodiscard]] bool contains(std::string_view word) const;
  /// The rank of the word as listed, or nullopt.
  [[nodiscard]] std::optional<std::size_t> rank(std::string_view word) const;
  [[nodiscard]] std::size_t size() const { return count_; }

 private:
  /// Offsets at or above this are in owned_text_ (words added at run time).
  static constexpr std::uint32_t kOwned = 0x80000000u;
  [[nodiscard]] std::string_view word_of(const WordSlot& s) const {
    return s.offset & kOwned ? std::string_view(owned_text_).substr(s.offset & ~kOwned, s.length)
                             : embedded_text_.substr(s.offset, s.length);
  }
  [[nodiscard]] const WordSlot* slots() const {
    return embedded_slots_ ? embedded_slots_ : owned_slots_.data();
  }
  /// The slot of a folded word, or null.
  [[nodiscard]] const WordSlot* find(std::string_view folded) const;
  void insert(std::string_view folded, std::size_t rank);
  void grow(std::size_t at_least);
  /// The embedded table (read-only, in the binary) until a word is added; then owned_slots_.
  const WordSlot* embedded_slots_ = nullptr;
  std::string_view embedded_text_;
  std::vector<WordSlot> owned_slots_;
  std::string owned_text_;
  std::size_t slot_count_ = 0;
  std::size_t count_ = 0;
};

/// What the glossary explains: every word of every term and variant, folded.
/// A text word is explained when it is one of them, or shares its first 8 letters with one
/// ("ervaringsdeskundige" and "ervaringsdeskundigheid").
class Glossary {
 public:
  void add_phrase(std::string_view phrase);
  [[nodiscard]] bool explains(std::string_view word) const;

 private:
  std::unordered_set<std::string> words_;
  std::vector<std::string> long_words_;
};

/// Why a word was flagged, or `none`.
enum class Difficulty { none, long_word, compound };

struct DifficultyVerdict {
  Difficulty kind = Difficulty::none;
  std::string first, second;  ///< the parts of a compound: modifier(s) and head, as written
  std::string rare;           ///< for a compound: the part that is not a core word, if any
  std::size_t parts = 0;      ///< number of parts of a compound
};

/// Words of the top `kCoreRank` of the frequency list (and the curated public-service words)
/// are core words: a compound made only of core words is as easy as its parts.
constexpr std::size_t kCoreRank = 5000;

/// The rules: a word is long when it has 4 or more syllables or 13 or more letters. A long word
/// is difficult unless it is in `common` (also after taking off -e, -en, -s, -n, -er, -ste,
/// -heden), is explained by `glossary`, or is an abbreviation in capitals or a number.
/// A long word that is not listed but splits into listed words is judged as a compound, by its
/// parts, as LiNT-II does by its head: it is common when every part (the head and each
/// modifier, after a linking -s-, -e- or -en-) is a core word (kCoreRank), unless it has more
/// than two parts and 5 or more syllables. The split points are the hyphenation points of
/// `hyphenator` (every letter without one); the split with the fewest parts wins.
DifficultyVerdict judge_word(std::string_view word, int syllables, const WordList& common,
                             const Glossary& glossary, const Hyphenator* hyphenator = nullptr);

}  // namespace ww
