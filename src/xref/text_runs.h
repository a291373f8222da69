#pragma once
/// Runs of text in a Markdown tree: adjacent TEXT nodes and the soft line breaks between them,
/// seen as one string. The cross-link passes search these runs and replace parts of them.
#include <functional>
#include <string>
#include <vector>

#include "markdown/document.h"

namespace ww {

struct TextRun {
  std::vector<cmark_node*> nodes;   ///< TEXT and SOFTBREAK siblings, in order
  std::vector<std::size_t> starts;  ///< byte offset in `text` where nodes[k] starts
  std::string text;                 ///< their text; a soft break is '\n'
  /// The nearest ancestor inside which text must not change (heading, link, image, a custom
  /// inline such as an inserted term link), or null.
  cmark_node* blocked_by = nullptr;
  /// The nearest footnote definition around the run, or null.
  cmark_node* footnote = nullptr;
};

/// Calls fn for every run below `root` in document order (one TextRun object, reused). Code,
/// HTML and image text are no runs; runs inside headings, links and custom inlines come with
/// `blocked_by` set. fn may replace the run (replace_run) but nothing after it; nodes it inserts
/// are not visited.
void for_each_text_run(cmark_node* root, const std::function<void(TextRun&)>& fn);

/// The file position of byte `offset` of the run (column counted in code points).
SourcePos run_pos(const TextRun& run, std::size_t offset, const std::string& file, int body_line);

/// A replacement for part of a run: the run's text [begin, end) or, when `node` is set, that node.
struct RunPiece {
  std::size_t begin = 0;
  std::size_t end = 0;
  cmark_node* node = nullptr;
};

/// Replaces the run's nodes by `pieces` (text pieces become TEXT nodes). The run is invalid after.
void replace_run(TextRun& run, const std::vector<RunPiece>& pieces);

/// A custom inline that prints `enter`, a TEXT child `text`, then `exit`.
cmark_node* make_wrapped_text(const std::string& enter, const std::string& text,
                              const std::string& exit);

/// The nearest ancestor of `node` that is a block (paragraph, item, heading, table cell, ...).
cmark_node* enclosing_block(cmark_node* node);

}  // namespace ww
