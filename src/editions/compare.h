#pragma once
/// What changed between two editions: pages, glossary terms, sources and VIT statements.
#include <string>
#include <vector>

#include "content/page.h"
#include "core/parallel.h"
#include "editions/block_diff.h"
#include "editions/word_diff.h"

namespace ww {

struct PageChange {
  std::string old_source;  ///< empty for an added page
  std::string new_source;  ///< empty for a removed page
  std::string old_title, new_title;
  bool renamed = false;   ///< old_source vanished and new_source has (mostly) its text
  double similarity = 0;  ///< for a rename: how alike the texts are (0..1)
  /// The page as a reader reads it, block by block, old -> new (empty for an added or removed
  /// page).
  BlockDiff blocks;
  /// How many words changed, over all blocks (`blocks.totals`; no segments).
  WordDiff diff;
};

struct ItemChange {
  std::string key;                 ///< term, source key or VIT id
  std::string label;               ///< what readers see (term, source title, statement text)
  std::string old_text, new_text;  ///< for a reworded item
  std::string file;                ///< where the new item is written (for diagnostics)
  SourcePos pos;
};

struct ItemChanges {
  std::vector<ItemChange> added, removed, changed;
  [[nodiscard]] bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

struct EditionChanges {
  std::string previous;  ///< name of the previous edition ("2024.03")
  std::vector<PageChange> added, removed, renamed, changed;  ///< renamed pages may have changed too
  ItemChanges termen, bronnen, vit;
  [[nodiscard]] const PageChange* for_new_source(const std::string& source) const;
};

/// A vanished page whose text is at least this alike to a new page counts as renamed.
inline constexpr double kRenameSimilarity = 0.6;

/// The text of a page that is compared: title, kort, "In gewone taal" and Markdown body.
std::string comparable_text(const Page& page);

/// Compares the previous edition with the current content. Only pages of `after` whose file starts
/// with `after_root` + "/" take part (the base content, not a gemeente's overlays); "" takes all.
/// Pages whose source differs are diffed as a reader reads them (`markdown`: the site's options).
EditionChanges compare_editions(const SiteContent& before, const SiteContent& after,
                                std::string previous_name, const std::string& after_root = {},
                                WorkerPool* workers = nullptr,
                                const MarkdownOptions& markdown = {});

}  // namespace ww
