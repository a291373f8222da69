#pragma once
/// Dutch normalisation for search, shared by the index (C++) and the query (JavaScript):
/// fold (lowercase, diacritics), split into words, drop stop words, light stemming.
///
/// The rules are data: stop words and suffix rules live in normalize.cpp and are written into
/// zoekindex.js, where themes/standaard/static/js/zoeken-kern.js applies them with the same
/// algorithm. tests/search/normalisation-cases.tsv is checked on both sides.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace ww {

/// One suffix rule: a word ending in `suffix` becomes word minus suffix plus `replacement`,
/// when at least `min_stem` bytes stay before the suffix and the letter just before the suffix
/// is one of `before` ("" allows any letter).
struct StemRule {
  std::string_view suffix;
  std::string_view replacement;
  int min_stem = 3;
  std::string_view before;
};

/// The stemmer's steps in order. In each step the first rule that applies is used, then the
/// next step starts. See stem_word for what happens after the steps.
const std::vector<std::vector<StemRule>>& stem_steps();

/// Folded Dutch stop words ("de", "het", "een", ...), sorted.
const std::vector<std::string_view>& stop_words();
bool is_stop_word(std::string_view folded_word);

/// The letters counted as vowels by the rules ("aeiouy"); every other letter a-z is a consonant.
inline constexpr std::string_view kVowels = "aeiouy";
/// The vowels whose doubling before the final consonants is undone ("lokaal" -> "lokal").
inline constexpr std::string_view kLongVowels = "aeou";

/// The stem of one folded word (lowercase, no diacritics, only word characters):
///  1. words with a digit are kept as they are;
///  2. the steps of stem_steps(): diminutive (-je, -tje, -pje), derivation (-heid, -heden),
///     inflection (-en, -e, -s, -es after d/g/k/t), a second plural -s ("huisartsen");
///  3. when a step changed the word: a final z becomes s, v becomes f ("huiz" -> "huis"), and a
///     final double consonant is undoubled ("mann" -> "man");
///  4. a double vowel aa/ee/oo/uu before the final consonants is made single
///     ("lokaal" -> "lokal", like "lokale" -> "lokal").
/// "ervaringsdeskundigheid" and "ervaringsdeskundige" -> "ervaringsdeskundig", "teams" -> "team".
std::string stem_word(std::string_view folded_word);

/// One word of a text: its byte range in the folded text and the folded word.
struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view text;
};

/// Calls fn(const Word&) for every word of a folded text: maximal runs of word characters
/// (core/utf8.h is_word_cp). Apostrophes and hyphens separate words ("auto's" -> "auto", "s").
/// A template, so the index calls its callback without an indirect call per word.
template <typename Fn>
void for_each_word(std::string_view folded, Fn&& fn) {
  const std::size_t n = folded.size();
  std::size_t i = 0;
  // Reads the code point at i, advances i, and tells whether it is a word character.
  auto word_at = [&]() {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte < 0x80) {  // ASCII needs no decoding
      ++i;
      return static_cast<unsigned>((byte | 0x20) - 'a') < 26 ||
             static_cast<unsigned>(byte - '0') < 10;
    }
    return is_word_cp(decode_utf8(folded, i));
  };
  while (i < n) {
    std::size_t start = i;
    if (!word_at()) continue;
    std::size_t end = n;
    while (i < n) {
      const std::size_t at = i;
      if (!word_at()) {
        end = at;
        break;
      }
    }
    fn(Word{start, end, folded.substr(start, end - start)});
  }
}

/// Appends fold_text(s) to `out` (core/utf8.h), without a string per call.
void append_folded(std::string& out, std::string_view s);

/// Per ASCII byte, for for_each_folded_word: 0 not a word character, 1 a lowercase letter or a
/// digit (already folded), 2 a capital (to be folded).
inline constexpr std::array<std::uint8_t, 128> kAsciiWordKind = [] {
  std::array<std::uint8_t, 128> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[static_cast<std::size_t>(c)] = 1;
  for (int c = '0'; c <= '9'; ++c) kinds[static_cast<std::size_t>(c)] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[static_cast<std::size_t>(c)] = 2;
  return kinds;
}();

/// Calls fn(std::string_view) for every word of fold_text(text), folded, like for_each_word on
/// the folded text but without folding the whole text: folding keeps word characters word
/// characters and others not (core/utf8.cpp), so the words are found in `text` and only those
/// with capitals or non-ASCII letters are folded, into `buffer`.
template <typename Fn>
void for_each_folded_word(std::string_view text, std::string& buffer, Fn&& fn) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  // Reads the code point at i and advances i: its kAsciiWordKind, or for a non-ASCII code point
  // 2 when it is a word character and 0 when not.
  auto kind_at = [&]() -> unsigned {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      return kAsciiWordKind[byte];
    }
    return is_word_cp(decode_utf8(text, i)) ? 2 : 0;
  };
  while (i < n) {
    const std::size_t start = i;
    unsigned kinds = kind_at();  // the kinds of the word's characters, or-ed
    if (kinds == 0) continue;
    std::size_t end = n;
    while (i < n) {
      // Lowercase letters (kind 1, which leaves `kinds` as it decides: 1 or more) eight at a
      // time: most of a word.
      skip_ascii_lowercase(text.data(), i, n);
      if (i == n) break;
      const std::size_t at = i;
      const unsigned kind = kind_at();
      if (kind == 0) {
        end = at;
        break;
      }
      kinds |= kind;
    }
    const std::string_view word = text.substr(start, end - start);
    if (kinds == 1) {  // already folded
      fn(word);
    } else {
      buffer.clear();
      append_folded(buffer, word);
      fn(std::string_view(buffer));
    }
  }
}

/// The search term of a folded word, or "" when the word is not indexed (a stop word, or one
/// letter that is not a digit).
std::string search_term(std::string_view folded_word);

/// The search terms of a text in order: fold_text, words, search_term (empty ones dropped).
std::vector<std::string> search_terms(std::string_view text);

}  // namespace ww
