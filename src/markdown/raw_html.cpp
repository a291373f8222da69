#include "markdown/raw_html.h"

#include <vector>

namespace ww {

void escape_raw_html(cmark_node* doc) {
  std::vector<cmark_node*> found;
  CmarkIter it(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    auto t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_HTML_INLINE))
      found.push_back(n);
  }
  for (cmark_node* n : found) {
    const char* lit = cmark_node_get_literal(n);
    std::string text = lit ? lit : "";
    cmark_node* repl;
    if (cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK) {
      while (!text.empty() && text.back() == '\n') text.pop_back();
      repl = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(t, text.c_str());
      cmark_node_append_child(repl, t);
    } else {
      repl = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(repl, text.c_str());
    }
    cmark_node_replace(n, repl);
    cmark_node_free(n);
  }
}

}  // namespace ww
