#include "markdown/document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/syntax_extension.h>  // the struct, for its special_inline_chars (libcmark-gfm-dev)

#include <mutex>
#include <vector>

namespace ww {

namespace {
constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter",
                                       "tasklist"};

// cmark-gfm 0.29 switches the special inline characters of the attached extensions (~ for
// strikethrough, : and w for autolinks) on in a process-wide table at the start of every
// cmark_parser_finish and off at its end. With pages parsed on several threads, one parser
// switched them off while another was still parsing inlines, and that page lost its
// strikethrough and autolinks (tests/markdown/parallel_parse_test.cpp). So:
// - autolink: its characters are switched on once, for good, and its list is taken off the
//   extension, which makes the per-parse switching a no-op (cmark reads the list only to switch
//   and, for delimiter extensions, to find the extension of a delimiter; autolink has none);
// - strikethrough needs its list for its ~~ delimiters, so it is attached only to a text that
//   contains '~', and those parses finish one at a time (strikethrough_lock). A text without
//   '~' never reads the table's entry for '~', so the switching cannot reach it.

/// Once, before any parsing (inside call_once).
void make_autolink_characters_permanent() {
  cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
  if (!autolink) return;
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, autolink);
  cmark_manage_extensions_special_characters(parser, 1);
  cmark_parser_free(parser);
  // Kept reachable, never freed: the registered extensions live as long as the process.
  // LeakSanitizer checks after static destructors, so the holder itself is never destroyed.
  static auto* const kept = new std::vector<cmark_llist*>();
  kept->push_back(autolink->special_inline_chars);
  cmark_syntax_extension_set_special_inline_chars(autolink, nullptr);
}

std::mutex& strikethrough_lock() {
  static std::mutex m;
  return m;
}
}  // namespace

void ensure_extensions_registered() {
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    make_autolink_characters_permanent();
  });
}

NodePtr parse_markdown(std::string_view text, const MarkdownOptions& options) {
  ensure_extensions_registered();
  int opts = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
  if (options.smart_punctuation) opts |= CMARK_OPT_SMART;
  cmark_parser* parser = cmark_parser_new(opts);
  const bool tilde = text.find('~') != std::string_view::npos;
  for (const char* name : kExtensions) {
    if (!tilde && std::string_view(name) == "strikethrough") continue;  // see above
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* doc = nullptr;
  if (tilde) {
    std::lock_guard<std::mutex> lock(strikethrough_lock());
    doc = cmark_parser_finish(parser);
  } else {
    doc = cmark_parser_finish(parser);
  }
  cmark_parser_free(parser);
  cmark_consolidate_text_nodes(doc);
  return NodePtr(doc);
}

namespace {
/// The extensions whose HTML the renderer uses (tables, task lists, ...): looked up once, then only
/// read by the renderers of all threads; kept for the life of the program.
cmark_llist* html_extensions() {
  static cmark_llist* const exts = [] {
    ensure_extensions_registered();
    cmark_llist* list = nullptr;
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
        list = cmark_llist_append(cmark_get_default_mem_allocator(), list, ext);
    return list;
  }();
  return exts;
}
}  // namespace

std::string render_html(cmark_node* node) {
  cmark_mem* mem = cmark_get_default_mem_allocator();
  char* html = cmark_render_html_with_mem(node, CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES,
                                          html_extensions(), mem);
  std::string out = html5_void_elements(html);
  mem->free(html);
  return out;
}

std::string html5_void_elements(std::string_view html) {
  // One pass that copies the text between the tags once (the page's html is long, and it has
  // a '<' for every tag). In text '<' is escaped, so only tags match.
  std::string out;
  out.reserve(html.size());
  std::size_t done = 0;  // html before `done` is in `out`
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    const std::string_view tag = html.substr(at, 6);
    if (tag != "<br />" && tag != "<hr />") continue;
    out.append(html.substr(done, at + 3 - done));  // up to "<br" or "<hr"
    out += '>';
    done = at + 6;
    at = done - 1;
  }
  out.append(html.substr(done));
  return out;
}

std::string plain_text(cmark_node* node) {
  std::string out;
  CmarkIter it(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) {
      if (ev == CMARK_EVENT_EXIT && (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH ||
                                     cmark_node_get_type(n) == CMARK_NODE_HEADING ||
                                     cmark_node_get_type(n) == CMARK_NODE_ITEM))
        out += '\n';
      continue;
    }
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
        if (const char* lit = cmark_node_get_literal(n)) out += lit;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  return out;
}

namespace {
const NodeOrigin* origin_of(cmark_node* n) {
  if (cmark_node_get_type(n) != CMARK_NODE_CUSTOM_BLOCK) return nullptr;
  return static_cast<const NodeOrigin*>(cmark_node_get_user_data(n));
}
}  // namespace

std::vector<cmark_node*> find_headings(cmark_node* root) {
  std::vector<cmark_node*> out;
  cmark_node* n = root;
  while (n) {
    const cmark_node_type type = cmark_node_get_type(n);
    const bool block = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
    if (type == CMARK_NODE_HEADING) out.push_back(n);
    // Down into blocks that hold blocks (a custom block may hold both; its inline children are
    // passed over one by one); a paragraph's and a heading's children are all inline.
    cmark_node* down = block && type != CMARK_NODE_HEADING && type != CMARK_NODE_PARAGRAPH
                           ? cmark_node_first_child(n)
                           : nullptr;
    if (down) {
      n = down;
      continue;
    }
    // Else the next node after n and its children, inside root.
    cmark_node* next = nullptr;
    for (cmark_node* x = n; x && x != root && !next; x = cmark_node_parent(x))
      next = cmark_node_next(x);
    n = next;
  }
  return out;
}

cmark_node* find_origin_block(cmark_node* doc) {
  for (cmark_node* c = cmark_node_first_child(doc); c; c = cmark_node_next(c))
    if (origin_of(c)) return c;
  return nullptr;
}

SourcePos node_pos(cmark_node* node, const std::string& file_in, int body_line_in) {
  std::string file = file_in;
  int body_line = body_line_in;
  for (cmark_node* p = node; p; p = cmark_node_parent(p))
    if (const NodeOrigin* o = origin_of(p)) {
      file = o->file;
      body_line = o->body_line;
      break;
    }
  int line = cmark_node_get_start_line(node);
  int col = cmark_node_get_start_column(node);
  // Some inline nodes carry no position; use the nearest ancestor that has one.
  for (cmark_node* p = node; line == 0 && p; p = cmark_node_parent(p)) {
    line = cmark_node_get_start_line(p);
    col = cmark_node_get_start_column(p);
  }
  // cmark-gfm 0.29 positions a `<scheme:...>` or `<a@b.nl>` autolink by its offset in the whole
  // paragraph (its make_autolink() leaves out the line and block offsets), so on the second line of
  // a paragraph the column can lie far past the line's end. Its one text child, the URL itself,
  // is positioned correctly, one column after the `<`. For an ordinary `[url](url)` link the rule
  // gives the same column, so it is applied to every link whose only child is its own URL.
  if (cmark_node_get_type(node) == CMARK_NODE_LINK) {
    cmark_node* child = cmark_node_first_child(node);
    const char* url = cmark_node_get_url(node);
    const char* text = child && cmark_node_get_type(child) == CMARK_NODE_TEXT
                           ? cmark_node_get_literal(child)
                           : nullptr;
    if (text && url && !cmark_node_next(child) && cmark_node_get_start_line(child) == line &&
        cmark_node_get_start_column(child) > 1 &&
        (std::string_view(url) == text || std::string_view(url) == "mailto:" + std::string(text)))
      col = cmark_node_get_start_column(child) - 1;
  }
  // Inline nodes in a GFM table cell can carry a line without a column: the line is right, so
  // the message points at its start rather than at column 0 (found by fuzz_xref).
  if (line > 0 && col <= 0) col = 1;
  return {file, line > 0 ? line + body_line - 1 : 0, col};
}

cmark_node* make_html_inline(std::string_view html) {
  cmark_node* n = cmark_node_new(CMARK_NODE_HTML_INLINE);
  cmark_node_set_literal(n, std::string(html).c_str());
  return n;
}

namespace {

/// cmark-gfm's inline parser leaves literals as slices of their block's content buffer; asking for
/// a literal copies it into the node itself. Done for every node under `node` before `node` is
/// freed, so no moved child points into the freed buffer (found by fuzz_xref).
void own_literals(cmark_node* node) {
  CmarkIter it(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        cmark_node_get_literal(n);
        break;
      default:
        break;
    }
  }
}

}  // namespace

cmark_node* wrap_children(cmark_node* node, std::string_view enter, std::string_view exit,
                          bool block) {
  own_literals(node);
  cmark_node* w = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
  cmark_node_set_on_enter(w, std::string(enter).c_str());
  cmark_node_set_on_exit(w, std::string(exit).c_str());
  while (cmark_node* c = cmark_node_first_child(node)) {
    cmark_node_unlink(c);
    cmark_node_append_child(w, c);
  }
  if (!cmark_node_replace(node, w)) {
    // A GFM table cell takes no custom inline: the same markup goes in as raw inline HTML around
    // the children (raw HTML from content was escaped at parse time, so this is generator markup).
    cmark_node_insert_before(node, make_html_inline(enter));
    while (cmark_node* c = cmark_node_first_child(w)) {
      cmark_node_unlink(c);
      cmark_node_insert_before(node, c);
    }
    cmark_node_insert_before(node, make_html_inline(exit));
    cmark_node_free(w);
    w = nullptr;
  }
  cmark_node_free(node);
  return w;
}

}  // namespace ww
