#include "xref/text_runs.h"

#include "core/utf8.h"

namespace ww {

namespace {

bool is_block(cmark_node* n) {
  return (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

void find_context(cmark_node* n, TextRun& run) {
  for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p)) {
    auto t = cmark_node_get_type(p);
    if (!run.blocked_by &&
        (t == CMARK_NODE_HEADING || t == CMARK_NODE_LINK || t == CMARK_NODE_CUSTOM_INLINE))
      run.blocked_by = p;
    if (!run.footnote && t == CMARK_NODE_FOOTNOTE_DEFINITION) run.footnote = p;
  }
}

}  // namespace

void for_each_text_run(cmark_node* root, const std::function<void(TextRun&)>& fn) {
  auto is_text = [](cmark_node* n) {
    const auto t = cmark_node_get_type(n);
    return t == CMARK_NODE_TEXT || t == CMARK_NODE_SOFTBREAK;
  };
  // The next node in document order after `x` and its children, inside `root`.
  auto next_after = [root](cmark_node* x) -> cmark_node* {
    for (; x && x != root; x = cmark_node_parent(x))
      if (cmark_node* s = cmark_node_next(x)) return s;
    return nullptr;
  };
  TextRun run;  // reused, so its buffers are allocated once per tree
  cmark_node* n = root;
  while (n) {
    if (cmark_node_get_type(n) == CMARK_NODE_IMAGE) {  // alt text is not running text
      n = next_after(n);
      continue;
    }
    if (!is_text(n)) {
      cmark_node* c = cmark_node_first_child(n);
      n = c ? c : next_after(n);
      continue;
    }
    run.nodes.clear();
    run.starts.clear();
    run.text.clear();
    run.blocked_by = nullptr;
    run.footnote = nullptr;
    find_context(n, run);
    cmark_node* last = n;
    for (cmark_node* m = n; m && is_text(m); m = m == root ? nullptr : cmark_node_next(m)) {
      run.nodes.push_back(m);
      run.starts.push_back(run.text.size());
      if (cmark_node_get_type(m) == CMARK_NODE_SOFTBREAK) {
        run.text += '\n';
      } else if (const char* lit = cmark_node_get_literal(m)) {
        run.text += lit;
      }
      last = m;
    }
    // Found before fn() may replace the run: what comes after it stays where it is.
    n = next_after(last);
    fn(run);
  }
}

SourcePos run_pos(const TextRun& run, std::size_t offset, const std::string& file, int body_line) {
  std::size_t k = 0;
  while (k + 1 < run.nodes.size() && run.starts[k + 1] <= offset) ++k;
  // Soft breaks carry no position: use the text node after them when there is one.
  while (k + 1 < run.nodes.size() && cmark_node_get_type(run.nodes[k]) == CMARK_NODE_SOFTBREAK) ++k;
  cmark_node* n = run.nodes[k];
  SourcePos pos = node_pos(n, file, body_line);
  if (cmark_node_get_start_line(n) > 0 && offset > run.starts[k]) {
    std::string_view before(run.text.data() + run.starts[k], offset - run.starts[k]);
    pos.col += line_col_at(before, before.size()).second - 1;
  }
  return pos;
}

namespace {

/// A GFM table cell takes no custom inline (the table extension's can_contain refuses it), so the
/// same markup goes in as raw inline HTML around the custom node's children; `custom` is freed.
/// Raw HTML from content was escaped at parse time, so these nodes carry only generator markup.
void insert_as_inline_html(cmark_node* anchor, cmark_node* custom) {
  const char* enter = cmark_node_get_on_enter(custom);
  const char* exit = cmark_node_get_on_exit(custom);
  cmark_node_insert_before(anchor, make_html_inline(enter ? enter : ""));
  while (cmark_node* child = cmark_node_first_child(custom)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(anchor, child);
  }
  cmark_node_insert_before(anchor, make_html_inline(exit ? exit : ""));
  cmark_node_free(custom);
}

}  // namespace

void replace_run(TextRun& run, const std::vector<RunPiece>& pieces) {
  if (run.nodes.empty()) return;
  cmark_node* anchor = run.nodes.front();
  for (const RunPiece& p : pieces) {
    cmark_node* n = p.node;
    if (!n) {
      if (p.end <= p.begin) continue;
      n = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(n, run.text.substr(p.begin, p.end - p.begin).c_str());
    }
    if (!cmark_node_insert_before(anchor, n)) insert_as_inline_html(anchor, n);
  }
  for (cmark_node* n : run.nodes) {
    cmark_node_unlink(n);
    cmark_node_free(n);
  }
  run.nodes.clear();
  run.starts.clear();
}

cmark_node* make_wrapped_text(const std::string& enter, const std::string& text,
                              const std::string& exit) {
  cmark_node* w = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
  cmark_node_set_on_enter(w, enter.c_str());
  cmark_node_set_on_exit(w, exit.c_str());
  cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(t, text.c_str());
  cmark_node_append_child(w, t);
  return w;
}

cmark_node* enclosing_block(cmark_node* node) {
  for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p))
    if (is_block(p)) return p;
  return nullptr;
}

}  // namespace ww
