#pragma once
/// The pandoc citation syntax in running text: `[@key]`, `[@key, p. 29]`, `[@a; @b, p. 3]`,
/// with an optional prefix: `[o.a. @a; @b]`. A citation that is one of the kader's endnotes ends
/// with the endnote's number as the kader prints it: `[@key, p. 29; eindnoot iv]`.
#include <string>
#include <string_view>
#include <vector>

namespace ww {

struct CitationItem {
  std::string prefix;          ///< text before the key ("o.a."), trimmed
  std::string key;             ///< without '@'
  std::string locator;         ///< text after the key (", p. 29"), trimmed
  std::size_t key_offset = 0;  ///< byte offset of the '@' in the searched text
};

struct Citation {
  std::size_t begin = 0;  ///< offset of '['
  std::size_t end = 0;    ///< offset after ']'
  std::vector<CitationItem> items;
  std::string eindnoot;  ///< the kader's endnote number ("iv", "xlii"), or empty
};

/// Every citation in `text`, in order. A bracket counts as a citation when each part between
/// ';' holds exactly one '@key' that starts the part or follows white space (so "[mail a@b.nl]"
/// is no citation), and it is not a link ("[@a](x)").
std::vector<Citation> find_citations(std::string_view text);

/// The citation as one normalised string (white space collapsed), to recognise a repeat.
std::string citation_text(const Citation& c);

}  // namespace ww
