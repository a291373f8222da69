#pragma once
/// "Moeilijke woorden": long words and compounds that are not common Dutch and not explained
/// in the glossary.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ww {

class Hyphenator;

/// A set of words, compared lowercased with diacritics folded ("Cliënt" == "client").
class WordList {
 public:
  WordList() = default;
  /// The embedded list of about 16,000 common Dutch words (data/veelgebruikte-woorden-*.txt, see data/README.md).
  static WordList common_dutch();
  void add(std::string_view word);
  [[nodiscard]] bool contains(std::string_view word) const;
  [[nodiscard]] std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
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
  std::string first, second;  ///< the parts of a compound
};

/// The rules: a word is difficult when it has 4 or more syllables or 13 or more letters, is
/// not in `common` (also after taking off -e, -en, -s, -n, -heid/-heden), is not explained by
/// `glossary`, and is not an abbreviation in capitals or a number. It is a compound when it
/// splits into two common words (with a linking s, e or en).
DifficultyVerdict judge_word(std::string_view word, int syllables, const WordList& common, const Glossary& glossary);

}  // namespace ww
