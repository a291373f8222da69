#include "xref/text_runs.h"

#include "core/utf8.h"

namespace ww {

namespace {

bool is_block(cmark_node* n) { return (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK; }

void find_context(cmark_node* n, TextRun& run) {
  for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p)) {
    auto t = cmark_node_get_type(p);
    if (!run.blocked_by && (t == CMARK_NODE_HEADING || t == CMARK_NODE_LINK || t == CMARK_NODE_CUSTOM_INLINE))
      run.blocked_by = p;
    if (!run.footnote && t == CMARK_NODE_FOOTNOTE_DEFINITION) run.footnote = p;
  }
}

}  // namespace

std::vector<TextRun> collect_text_runs(cmark_node* root) {
  std::vector<TextRun> runs;
  cmark_node* last = nullptr;  // last node added to runs.back()
  cmark_iter* it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    auto t = cmark_node_get_type(n);
    if (t == CMARK_NODE_IMAGE) {
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);  // alt text is not running text
      continue;
    }
    if (t != CMARK_NODE_TEXT && t != CMARK_NODE_SOFTBREAK) continue;
    if (!last || cmark_node_previous(n) != last) {
      runs.emplace_back();
      find_context(n, runs.back());
    }
    TextRun& run = runs.back();
    run.nodes.push_back(n);
    run.starts.push_back(run.text.size());
    if (t == CMARK_NODE_SOFTBREAK) {
      run.text += '\n';
    } else if (const char* lit = cmark_node_get_literal(n)) {
      run.text += lit;
    }
    last = n;
  }
  cmark_iter_free(it);
  return runs;
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

cmark_node* make_wrapped_text(const std::string& enter, const std::string& text, const std::string& exit) {
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
