#include "language/words.h"

#include <array>

#include "core/utf8.h"
#include "language/sentences.h"
#include "language/syllables.h"

namespace ww {

extern const char* const kCommonWords[];
extern const std::size_t kCommonWordsCount;

namespace {

constexpr std::size_t kLongLetters = 13;
constexpr int kLongSyllables = 4;
constexpr std::size_t kMinPart = 3;
constexpr std::size_t kGlossaryPrefix = 8;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// In the list as is, or as an inflection of a listed word.
bool known(std::string_view w, const WordList& common) {
  if (w.size() < kMinPart) return false;
  if (common.contains(w)) return true;
  for (std::string_view suffix : {"en", "e", "s", "n", "er", "ste"})
    if (ends_with(w, suffix) && w.size() - suffix.size() >= kMinPart &&
        common.contains(w.substr(0, w.size() - suffix.size())))
      return true;
  if (ends_with(w, "heden") && common.contains(std::string(w.substr(0, w.size() - 5)) + "heid")) return true;
  return false;
}

DifficultyVerdict judge_part(std::string_view original, int syllables, const WordList& common,
                             const Glossary& glossary) {
  int upper = 0;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < original.size();) {
    const char32_t cp = decode_utf8(original, i);
    if (cp >= '0' && cp <= '9') return {};
    if (to_lower_cp(cp) != cp) ++upper;
    if (is_word_cp(cp)) ++letters;
  }
  if (upper >= 2) return {};  // an abbreviation or a name in capitals ("VNG", "GGD")
  if (letters < kLongLetters && syllables < kLongSyllables) return {};
  const std::string w = fold_text(original);
  if (known(w, common) || glossary.explains(w)) return {};
  // A compound of two known words, with or without a linking s, e or en.
  for (std::size_t i = w.size() - kMinPart; i >= kMinPart; --i) {
    const std::string_view left = std::string_view(w).substr(0, i);
    const std::string_view right = std::string_view(w).substr(i);
    if (!known(right, common)) continue;
    if (known(left, common)) return {Difficulty::compound, std::string(left), std::string(right)};
    for (std::string_view link : {"s", "e", "en"})
      if (ends_with(left, link) && known(left.substr(0, left.size() - link.size()), common))
        return {Difficulty::compound, std::string(left), std::string(right)};
  }
  return {Difficulty::long_word, {}, {}};
}

}  // namespace

WordList WordList::common_dutch() {
  WordList list;
  list.words_.reserve(kCommonWordsCount);
  for (std::size_t i = 0; i < kCommonWordsCount; ++i) list.add(kCommonWords[i]);
  return list;
}

void WordList::add(std::string_view word) { words_.insert(fold_text(word)); }

bool WordList::contains(std::string_view word) const { return words_.count(fold_text(word)) > 0; }

void Glossary::add_phrase(std::string_view phrase) {
  for (const auto& r : split_words(phrase)) {
    std::string w = fold_text(phrase.substr(r.begin, r.end - r.begin));
    if (w.size() >= kGlossaryPrefix) long_words_.push_back(w);
    words_.insert(std::move(w));
  }
}

bool Glossary::explains(std::string_view word) const {
  const std::string w = fold_text(word);
  if (words_.count(w)) return true;
  if (w.size() < kGlossaryPrefix) return false;
  for (const auto& g : long_words_)
    if (g.compare(0, kGlossaryPrefix, w, 0, kGlossaryPrefix) == 0) return true;
  return false;
}

DifficultyVerdict judge_word(std::string_view word, int syllables, const WordList& common, const Glossary& glossary) {
  // Hyphenated words ("VNG-notitie"): each part on its own, by its share of the syllables.
  if (word.find('-') == std::string_view::npos) return judge_part(word, syllables, common, glossary);
  if (glossary.explains(word) || common.contains(word)) return {};
  std::size_t from = 0;
  while (from <= word.size()) {
    std::size_t dash = word.find('-', from);
    if (dash == std::string_view::npos) dash = word.size();
    const std::string_view part = word.substr(from, dash - from);
    if (!part.empty()) {
      auto v = judge_part(part, vowel_groups(part), common, glossary);
      if (v.kind != Difficulty::none) return v;
    }
    from = dash + 1;
  }
  return {};
}

}  // namespace ww
