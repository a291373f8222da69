#include "editions/reader_blocks.h"

#include <algorithm>
#include <set>

#include "xref/citation_syntax.h"
#include "xref/citations.h"

namespace ww {

namespace {

std::string trimmed(std::string s) {
  const auto first = s.find_first_not_of(" \t\n");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\n");
  return s.substr(first, last - first + 1);
}

/// The words of an inline subtree: text and code, a space for a line break; footnote markers and
/// raw HTML are no words a reader reads.
void inline_text(cmark_node* n, std::string& out) {
  for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* lit = cmark_node_get_literal(c)) out += lit;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
      case CMARK_NODE_HTML_INLINE:
        break;
      default:
        inline_text(c, out);
    }
  }
}

struct Note {
  std::string label;                    ///< the list item's own text
  std::vector<std::string> paragraphs;  ///< further paragraphs of the note
};

class Walker {
 public:
  explicit Walker(const EditionText& ed) : ed_(ed) {}

  void document(std::string_view markdown, const BlockContainer* around) {
    if (trimmed(std::string(markdown)).empty()) return;
    NodePtr doc = parse_markdown(markdown, ed_.markdown);
    if (around) path_.push_back(*around);
    children(doc.get());
    if (around) path_.pop_back();
  }

  void leaf(BlockKind kind, std::string text, int niveau = 0) {
    text = trimmed(std::move(text));
    if (text.empty()) return;
    out_.push_back({kind, niveau, std::move(text), path_});
  }

  template <class F>
  void in(const BlockContainer& c, F&& fn) {
    path_.push_back(c);
    fn();
    path_.pop_back();
  }

  BlockContainer container(ContainerKind kind, bool genummerd = false, bool kop = false) {
    return {kind, ++next_id_, genummerd, kop};
  }

  std::vector<ReaderBlock> finish() {
    if (!notes_.empty()) {
      path_.push_back(container(ContainerKind::noten));
      path_.push_back(container(ContainerKind::lijst, true));
      for (const Note& n : notes_) {
        path_.push_back(container(ContainerKind::item));
        leaf(BlockKind::tekst, n.label);
        for (const auto& p : n.paragraphs) leaf(BlockKind::alinea, p);
        path_.pop_back();
      }
      path_.resize(path_.size() - 2);
    }
    return std::move(out_);
  }

 private:
  void children(cmark_node* n) {
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) block(c);
  }

  void nested(cmark_node* n, BlockContainer c) {
    path_.push_back(c);
    children(n);
    path_.pop_back();
  }

  /// The text of a paragraph, heading or cell; citations become notes (in a footnote, a reference
  /// in brackets, as the notes pass writes it).
  std::string text_of(cmark_node* n, bool in_footnote = false) {
    std::string raw;
    inline_text(n, raw);
    if (raw.find('[') == std::string::npos || !ed_.bronnen) return raw;
    auto citations = find_citations(raw);
    if (citations.empty()) return raw;
    std::string out;
    std::size_t at = 0;
    for (const Citation& c : citations) {
      std::size_t end = c.begin;
      if (!in_footnote)
        while (end > at && (raw[end - 1] == ' ' || raw[end - 1] == '\n')) --end;
      out.append(raw, at, end - at);
      std::string cite = text_of_inline_html(citation_html(c, *ed_.bronnen, {}));
      if (in_footnote) {
        if (!cite.empty() && cite.back() == '.') cite.pop_back();
        if (!c.eindnoot.empty()) cite += "; eindnoot " + c.eindnoot + " in het kader";
        out += "(" + cite + ")";
      } else if (seen_.insert(citation_text(c)).second) {
        add_citation_note(c, std::move(cite));
      }
      at = c.end;
    }
    out.append(raw, at, std::string::npos);
    return out;
  }

  void add_citation_note(const Citation& c, std::string cite) {
    const Eindnoot* kader = nullptr;
    if (!c.eindnoot.empty() && ed_.eindnoten)
      for (const auto& e : *ed_.eindnoten)
        if (e.nummer == c.eindnoot) kader = &e;
    if (!kader) {
      notes_.push_back({std::move(cite), {}});
      return;
    }
    // The kader's own words of the endnote, then the sources as this site lists them.
    NodePtr doc = parse_markdown(kader->tekst, ed_.markdown);
    std::string words;
    for (cmark_node* p = cmark_node_first_child(doc.get()); p; p = cmark_node_next(p)) {
      if (!words.empty()) words += ' ';
      inline_text(p, words);
    }
    notes_.push_back({"Eindnoot " + c.eindnoot + " in het kader", {words, "Bron: " + cite}});
  }

  void footnote(cmark_node* def) {
    Note note;
    for (cmark_node* c = cmark_node_first_child(def); c; c = cmark_node_next(c)) {
      std::string t = trimmed(text_of(c, true));
      if (t.empty()) continue;
      if (note.label.empty())
        note.label = std::move(t);
      else
        note.paragraphs.push_back(std::move(t));
    }
    if (!note.label.empty()) notes_.push_back(std::move(note));
  }

  void item(cmark_node* n) {
    path_.push_back(container(ContainerKind::item));
    std::string text;
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c))
      if (cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
        if (!text.empty()) text += ' ';
        text += text_of(c);
      }
    leaf(BlockKind::tekst, std::move(text));
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c))
      if (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH) block(c);
    path_.pop_back();
  }

  void block(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH:
        leaf(BlockKind::alinea, text_of(n));
        return;
      case CMARK_NODE_HEADING: {
        std::string t;
        inline_text(n, t);
        leaf(BlockKind::kop, std::move(t), cmark_node_get_heading_level(n));
        return;
      }
      case CMARK_NODE_CODE_BLOCK:
        if (const char* lit = cmark_node_get_literal(n)) leaf(BlockKind::code, lit);
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        nested(n, container(ContainerKind::citaat));
        return;
      case CMARK_NODE_LIST:
        nested(n,
               container(ContainerKind::lijst, cmark_node_get_list_type(n) == CMARK_ORDERED_LIST));
        return;
      case CMARK_NODE_ITEM:
        item(n);
        return;
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        footnote(n);
        return;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_THEMATIC_BREAK:
        return;
      default:
        break;
    }
    const std::string_view type = cmark_node_get_type_string(n);
    if (type == "table") {
      nested(n, container(ContainerKind::tabel));
    } else if (type == "table_header" || type == "table_row") {
      nested(n, container(ContainerKind::rij, false, type == "table_header"));
    } else if (type == "table_cell") {
      leaf(BlockKind::cel, text_of(n));
    } else {
      children(n);
    }
  }

  const EditionText& ed_;
  std::vector<ReaderBlock> out_;
  std::vector<BlockContainer> path_;
  std::vector<Note> notes_;
  std::set<std::string> seen_;  ///< citations already noted (a repeat gets no second note)
  long next_id_ = 0;
};

}  // namespace

std::string text_of_inline_html(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      const auto close = html.find('>', i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (html[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEscapes[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
      bool done = false;
      for (const auto& [name, ch] : kEscapes)
        if (html.substr(i, name.size()) == name) {
          out += ch;
          i += name.size() - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out += html[i];
  }
  return out;
}

std::vector<ReaderBlock> reader_blocks(const Page& page, const EditionText& edition) {
  Walker w(edition);
  w.leaf(BlockKind::kop, page.title, 1);
  if (!page.kort.empty()) {  // plain text: the template prints it as written
    auto c = w.container(ContainerKind::kort);
    w.in(c, [&] { w.leaf(BlockKind::alinea, page.kort); });
  }
  if (page.kenmerk && !page.kenmerk->gewone_taal.empty()) {
    auto c = w.container(ContainerKind::gewone_taal);
    w.document(page.kenmerk->gewone_taal, &c);
  }
  w.document(page.body, nullptr);
  return w.finish();
}

}  // namespace ww
