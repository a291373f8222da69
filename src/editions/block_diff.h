#pragma once
/// The diff of a page as a reader reads it: blocks (headings, paragraphs, list items, table cells,
/// notes) of two editions aligned with dtl, words diffed inside a changed block. The result is a
/// flat list of steps (open a list, one paragraph with its words, close the list, ...) that a
/// template turns into HTML with the page's own structure.
#include <vector>

#include "editions/reader_blocks.h"
#include "editions/word_diff.h"

namespace ww {

enum class BlockStatus { zelfde, gewijzigd, toegevoegd, verwijderd };

struct DiffStep {
  enum class Type { begin, einde, blok };
  Type type = Type::blok;
  BlockContainer container;  ///< for begin and einde
  BlockKind kind = BlockKind::alinea;
  int niveau = 0;
  /// For a block; for the begin of a list item, the status of the item's own text.
  BlockStatus status = BlockStatus::zelfde;
  std::vector<DiffSegment> segments;  ///< a block's words
};

struct BlockDiff {
  std::vector<DiffStep> steps;
  /// Word counts over all blocks (`segments` stays empty): how much of the text changed.
  WordDiff totals;
};

/// Blocks whose words are at least this alike are shown as one changed block (words marked inside);
/// less alike, as one removed and one added block.
inline constexpr double kSameBlockSimilarity = 0.4;

BlockDiff diff_blocks(const std::vector<ReaderBlock>& before,
                      const std::vector<ReaderBlock>& after);

}  // namespace ww
