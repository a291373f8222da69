#include "language/word_table.h"

#include "core/utf8.h"

namespace ww {

std::uint64_t word_hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ULL;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

WordTable make_word_table(const char* const* ranked, std::size_t ranked_count,
                          const char* const* core, std::size_t core_count) {
  WordTable table;
  std::size_t size = 1024;
  while (size < (4 * (ranked_count + core_count)) / 3 + 1) size *= 2;
  table.slots.resize(size);
  auto word_of = [&table](const WordSlot& s) {
    return std::string_view(table.text).substr(s.offset, s.length);
  };
  auto add = [&](const char* word, std::size_t rank) {
    const std::string folded = fold_text(word);
    if (folded.empty()) return;
    const auto hash = static_cast<std::uint32_t>(word_hash(folded));
    WordSlot& s = table.slots[probe_word(table.slots.data(), size, folded, hash, word_of)];
    if (s.length != 0) {
      if (rank < s.rank) s.rank = static_cast<std::uint32_t>(rank);
      return;
    }
    s = {hash, static_cast<std::uint32_t>(table.text.size()),
         static_cast<std::uint32_t>(folded.size()), static_cast<std::uint32_t>(rank)};
    table.text += folded;
    ++table.count;
  };
  for (std::size_t i = 0; i < ranked_count; ++i) add(ranked[i], i + 1);
  for (std::size_t i = 0; i < core_count; ++i) add(core[i], 0);
  return table;
}

}  // namespace ww
