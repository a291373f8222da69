#pragma once
/// A compact hash table from words to numbers for the search index's word cache: open
/// addressing with linear probing, 16-byte slots, the words' bytes in one string. A lookup
/// touches one slot and the word's bytes, where std::unordered_map follows node pointers.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// Hash of a word, reading eight bytes at a time (words are short: most fit in one or two).
inline std::uint64_t hash_word(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = s.size() * kMul;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t k;
    std::memcpy(&k, s.data() + i, 8);
    h = (h ^ k) * kMul;
    h ^= h >> 32;
  }
  if (i < s.size()) {
    std::uint64_t k = 0;
    std::memcpy(&k, s.data() + i, s.size() - i);
    h = (h ^ k) * kMul;
    h ^= h >> 32;
  }
  return h;
}

class WordTable {
 public:
  /// The value stored for `word`, or nullptr.
  const std::uint32_t* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const auto h = static_cast<std::uint32_t>(hash_word(word));
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.length == 0) return nullptr;
      if (s.hash == h && s.length == word.size() &&
          std::memcmp(bytes_.data() + s.offset, word.data(), word.size()) == 0)
        return &s.value;
    }
  }

  /// Stores `value` for `word`, which is not in the table and not empty.
  void insert(std::string_view word, std::uint32_t value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const auto h = static_cast<std::uint32_t>(hash_word(word));
    place(Slot{h, static_cast<std::uint32_t>(bytes_.size()),
               static_cast<std::uint32_t>(word.size()), value});
    bytes_.append(word);
    ++count_;
  }

  std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  ///< 0: empty slot
    std::uint32_t value = 0;
  };

  void place(const Slot& slot) {
    std::size_t i = slot.hash & mask_;
    while (slots_[i].length != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.length != 0) place(s);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  std::string bytes_;
};

}  // namespace ww
