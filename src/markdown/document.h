#pragma once
/// cmark-gfm documents: parsing, rendering and small tree helpers for the passes.
#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace ww {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

/// A cmark iterator over the tree below `root`, freed when it goes out of scope. It converts to
/// cmark_iter* for cmark_iter_next and the other cmark_iter_* functions.
class CmarkIter {
 public:
  explicit CmarkIter(cmark_node* root) : it_(cmark_iter_new(root)) {}
  ~CmarkIter() { cmark_iter_free(it_); }
  CmarkIter(const CmarkIter&) = delete;
  CmarkIter& operator=(const CmarkIter&) = delete;
  operator cmark_iter*() const { return it_; }  // NOLINT(google-explicit-constructor)

 private:
  cmark_iter* it_;
};

struct MarkdownOptions {
  bool unsafe_html = false;
  bool smart_punctuation = false;
};

/// Registers the GFM extensions once; call before parsing on several threads.
void ensure_extensions_registered();

/// Parses GFM with tables, strikethrough, autolinks, tagfilter, task lists and footnotes.
NodePtr parse_markdown(std::string_view text, const MarkdownOptions& options);

/// Renders a document (or any subtree) to HTML. Raw HTML from content must already be
/// neutralised by escape_raw_html unless unsafe_html is set; our own inserted HTML renders as is.
std::string render_html(cmark_node* node);

/// `html` with cmark's XHTML-style void elements written as HTML writes them ("<br />" becomes
/// "<br>", "<hr />" "<hr>"; html-validate's void-style). Used by render_html.
std::string html5_void_elements(std::string_view html);

/// The text of a subtree without markup (code included, footnote references skipped).
std::string plain_text(cmark_node* node);

/// Where the nodes below a block came from when that block was merged in from another file
/// (a gemeente's aanvulling). Set as the block's user data; node_pos() honours it.
struct NodeOrigin {
  std::string file;
  int body_line = 1;
};

/// The file position of a node: `body_line` is the file line of the body's first line.
/// Inside a block carrying a NodeOrigin, that origin's file and body line are used instead.
SourcePos node_pos(cmark_node* node, const std::string& file, int body_line);

/// The headings in and below `root`, in document order (as a cmark iterator finds them). Only
/// blocks are visited: a paragraph's or a heading's inline content can hold no heading.
std::vector<cmark_node*> find_headings(cmark_node* root);

/// The custom block wrapping a merged aanvulling, or null.
cmark_node* find_origin_block(cmark_node* doc);

/// A raw HTML inline node with `html` (rendered verbatim).
cmark_node* make_html_inline(std::string_view html);

/// Replaces `node` by a custom inline (or block) that prints `enter`, the node's children, `exit`.
/// Returns the new node; `node` is freed. Where the parent takes no custom node (a GFM table cell),
/// the markup goes in as raw inline HTML around the children and the result is null.
cmark_node* wrap_children(cmark_node* node, std::string_view enter, std::string_view exit,
                          bool block);

}  // namespace ww
