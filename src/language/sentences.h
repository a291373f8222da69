#pragma once
/// Dutch sentence splitting and word tokenizing for the B1 check.
/// A "unit" is a piece of text that is never joined to its neighbours: a paragraph, a heading,
/// a list item, a table cell. Within a unit, sentences end at . ! ? … unless the full stop
/// belongs to an abbreviation (bijv., o.a., d.w.z., nr., ...), an initial or a number.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

/// A byte range [begin, end) in the text it was found in.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The sentences of one unit, trimmed, in order. Text after the last full stop is a sentence too.
std::vector<TextRange> split_sentences(std::string_view unit);
/// split_sentences into `out` (emptied first; its memory is used again).
void split_sentences_into(std::string_view unit, std::vector<TextRange>& out);

/// The words of a sentence: runs of letters and digits, joined across an inner hyphen,
/// apostrophe or number separator ("e-mail", "baby's", "1.000", "3,5"). File names are left out.
std::vector<TextRange> split_words(std::string_view text);
/// split_words into `out` (emptied first; its memory is used again).
void split_words_into(std::string_view text, std::vector<TextRange>& out);

/// True when `word` (one result of split_words) is a file name: it ends in a dot and a
/// document or image extension ("verslag-2023.pdf"). split_words leaves these out.
bool is_file_name(std::string_view word);

/// True when `token` (a word with its trailing full stop, e.g. "bijv." or "o.a.") is a known
/// Dutch abbreviation, an initial ("J.") or a dotted short form ("d.w.z.").
bool is_abbreviation(std::string_view token);

/// Number of code points in `s`.
std::size_t code_points(std::string_view s);

}  // namespace ww
