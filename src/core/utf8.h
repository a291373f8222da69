#pragma once
/// UTF-8 helpers: validation with a position, BOM and CRLF handling, code point folding.
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace ww {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt if `s` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// 1-based line and column (in code points) of byte `offset` in `s`.
std::pair<int, int> line_col_at(std::string_view s, std::size_t offset);

/// Removes a leading UTF-8 BOM and turns CRLF (and lone CR) into LF.
std::string normalize_newlines(std::string s);

/// Decodes one code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

/// Lowercase for the Latin letters Dutch uses (ASCII, Latin-1, Latin Extended-A).
char32_t to_lower_cp(char32_t cp);
/// ASCII for a Latin letter with a diacritic or ligature ('ë' -> "e", 'ĳ' -> "ij"), or nullptr.
const char* fold_diacritic(char32_t cp);
/// True for letters and digits of the Latin scripts (what makes up a Dutch word).
bool is_word_cp(char32_t cp);

/// Lowercased, diacritics folded: "Cliënt Één" -> "client een".
std::string fold_text(std::string_view s);

/// Skips ASCII lowercase letters (a-z) in p[i..n) eight bytes at a time: moves `i` to the first
/// byte that is not one, or to the first of the last fewer than eight bytes (which the caller
/// looks at one by one). Most of a Dutch word is lowercase letters; the term matcher and the
/// search word splitter use this to get through them.
[[gnu::always_inline]] inline void skip_ascii_lowercase(const char* p, std::size_t& i,
                                                        std::size_t n) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    const std::uint64_t y = x & ~kHigh;  // no carry between bytes below
    const std::uint64_t from_a = (y + (0x80 - 'a') * kOnes) & kHigh;
    const std::uint64_t after_z = (y + (0x80 - 'z' - 1) * kOnes) & kHigh;
    const std::uint64_t lower = from_a & ~after_z & ~x & kHigh;  // 0x80 at each a-z
    if (lower != kHigh) {
      i += static_cast<std::size_t>(std::countr_zero(lower ^ kHigh)) / 8;
      return;
    }
    i += 8;
  }
}

}  // namespace ww
