#pragma once
/// The open-addressing table behind WordList, shared by the list and by the program that makes
/// the table of the embedded common words when wegwijzer is built (make_word_table.cpp), so
/// `check` finds it ready in the binary instead of hashing 16,000 words on every run.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// One word: where its folded text starts in the list's text, its length and its rank. 16 bytes
/// and no pointer, so the embedded table needs no relocation when the program starts.
struct WordSlot {
  std::uint32_t hash = 0;    ///< the low half of word_hash: it also picks the slot
  std::uint32_t offset = 0;  ///< in the text of the list
  std::uint32_t length = 0;  ///< 0: an empty slot (a word is never empty)
  std::uint32_t rank = 0;    ///< 1 = most frequent; 0 = a core word of public services
};

/// FNV-1a: words are short. A WordSlot keeps its low 32 bits.
std::uint64_t word_hash(std::string_view s);

/// The slot that holds `word` (folded) in a table whose size is a power of two, or the empty
/// slot where it would go. `word_of(slot)` gives a slot's text.
template <class WordOf>
std::size_t probe_word(const WordSlot* slots, std::size_t size, std::string_view word,
                       std::uint32_t hash, const WordOf& word_of) {
  const std::size_t mask = size - 1;
  std::size_t at = hash & mask;
  for (; slots[at].length != 0; at = (at + 1) & mask)
    if (slots[at].hash == hash && slots[at].length == word.size() && word_of(slots[at]) == word)
      break;
  return at;
}

/// A table with its text, made from words and their ranks (a word listed twice keeps its best
/// rank), at most 3/4 full.
struct WordTable {
  std::string text;
  std::vector<WordSlot> slots;
  std::size_t count = 0;
};

/// The table of the embedded words: `ranked` in order (rank = position + 1), then `core` (rank
/// 0), each folded with fold_text.
WordTable make_word_table(const char* const* ranked, std::size_t ranked_count,
                          const char* const* core, std::size_t core_count);

}  // namespace ww
