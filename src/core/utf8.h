#pragma once
/// UTF-8 helpers: validation with a position, BOM and CRLF handling, code point folding.
#include <cstdint>
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

}  // namespace ww
