#include "language/units.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/utf8.h"
#include "language/sentences.h"
#include "markdown/document.h"

namespace ww {

namespace {

SourcePos map_pos(const SourcePos& origin, int line, int col) {
  if (line <= 0) return origin;
  return {origin.file, origin.line + line - 1,
          line == 1 ? origin.col + std::max(col, 1) - 1 : std::max(col, 1)};
}

/// Blanks citations "[@key, p. 3]" and unlinked footnote marks "[^1]" (keeps offsets).
void blank_citations(std::string& s) {
  std::size_t i = 0;
  while ((i = s.find('[', i)) != std::string::npos) {
    const std::size_t close = s.find(']', i);
    if (close == std::string::npos) break;
    const std::string_view inner = std::string_view(s).substr(i + 1, close - i - 1);
    if (inner.find('[') == std::string_view::npos &&
        (inner.find('@') != std::string_view::npos || (!inner.empty() && inner[0] == '^'))) {
      std::fill(s.begin() + static_cast<std::ptrdiff_t>(i),
                s.begin() + static_cast<std::ptrdiff_t>(close) + 1, ' ');
      i = close + 1;
    } else {
      ++i;
    }
  }
}

bool has_word_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (is_word_cp(decode_utf8(s, i))) return true;
  return false;
}

void finish(std::vector<TextUnit>& out, TextUnit& unit) {
  blank_citations(unit.text);
  if (has_word_char(unit.text)) out.push_back(std::move(unit));
  unit = TextUnit{};
}

bool starts_unit(cmark_node* n) {
  const cmark_node_type t = cmark_node_get_type(n);
  if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) return true;
  const char* name = cmark_node_get_type_string(n);
  return name && std::strcmp(name, "table_cell") == 0;
}

}  // namespace

void TextUnit::append(std::string_view s, SourcePos pos) {
  // The file once per unit (each mark a copy of its name was most of the units' allocations).
  if (files.empty() || files.back() != pos.file) files.push_back(std::move(pos.file));
  marks.push_back({text.size(), pos.line, pos.col, static_cast<std::uint32_t>(files.size() - 1)});
  text += s;
}

SourcePos TextUnit::pos_at(std::size_t offset) const {
  if (marks.empty()) return {};
  auto it = std::upper_bound(marks.begin(), marks.end(), offset,
                             [](std::size_t off, const PosMark& m) { return off < m.offset; });
  if (it != marks.begin()) --it;
  SourcePos p{files[it->file], it->line, it->col};
  if (offset > it->offset && p.col > 0)
    p.col += static_cast<int>(
        code_points(std::string_view(text).substr(it->offset, offset - it->offset)));
  return p;
}

namespace {

/// A link that shows its own address (`<https://…>`, a bare www. link, a mail address): the
/// address is no words of a sentence (in a literature list it is full of file names and dates
/// such as "2023-07-01").
bool shows_its_address(cmark_node* n) {
  if (cmark_node_get_type(n) != CMARK_NODE_LINK) return false;
  cmark_node* child = cmark_node_first_child(n);
  if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
    return false;
  const char* url = cmark_node_get_url(n);
  const char* text = cmark_node_get_literal(child);
  if (!url || !text) return false;
  std::string_view u = url, x = text;
  for (std::string_view scheme : {"mailto:", "http://", "https://"}) {
    if (u.substr(0, scheme.size()) == scheme) u.remove_prefix(scheme.size());
    if (x.substr(0, scheme.size()) == scheme) x.remove_prefix(scheme.size());
  }
  return !x.empty() && u == x;
}

}  // namespace

std::vector<TextUnit> units_from_markdown(cmark_node* doc, const SourcePos& origin) {
  std::vector<TextUnit> out;
  if (!doc) return out;
  TextUnit unit;
  int depth = 0;  // > 0 inside a unit
  CmarkIter it(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    const cmark_node_type t = cmark_node_get_type(n);
    if (starts_unit(n)) {
      if (ev == CMARK_EVENT_ENTER) {
        if (depth++ == 0) {
          unit = TextUnit{};
          unit.heading = t == CMARK_NODE_HEADING;
        }
      } else if (--depth == 0) {
        finish(out, unit);
      }
      continue;
    }
    if (ev != CMARK_EVENT_ENTER || depth == 0) continue;
    if (t == CMARK_NODE_IMAGE || shows_its_address(n)) {
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
      continue;
    }
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
      const char* lit = cmark_node_get_literal(n);
      if (lit)
        unit.append(lit,
                    map_pos(origin, cmark_node_get_start_line(n), cmark_node_get_start_column(n)));
    } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
      unit.text += ' ';
    }
  }
  return out;
}

namespace {

bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 44> kBlock = {
      "address", "article", "aside",  "blockquote", "body", "br",      "button",   "caption",
      "dd",      "details", "dialog", "div",        "dl",   "dt",      "fieldset", "figcaption",
      "figure",  "footer",  "form",   "h1",         "h2",   "h3",      "h4",       "h5",
      "h6",      "head",    "header", "hr",         "html", "label",   "legend",   "li",
      "main",    "nav",     "ol",     "option",     "p",    "section", "summary",  "table",
      "td",      "th",      "tr",     "ul"};
  return std::find(kBlock.begin(), kBlock.end(), name) != kBlock.end();
}

/// Decodes the few entities templates use; unknown ones stay as written.
std::string decode_entities(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kEntities = {
      {{"&nbsp;", " "},
       {"&amp;", "&"},
       {"&lt;", "<"},
       {"&gt;", ">"},
       {"&quot;", "\""},
       {"&#39;", "'"},
       {"&apos;", "'"},
       {"&hellip;", "…"},
       {"&rarr;", "→"}}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    if (s[i] == '&')
      for (const auto& [e, r] : kEntities)
        if (s.substr(i, e.size()) == e) {
          out += r;
          i += e.size();
          done = true;
          break;
        }
    if (!done) out += s[i++];
  }
  return out;
}

struct TemplateScanner {
  std::string_view s;  // with Mustache tags blanked
  const std::string& file;
  std::vector<TextUnit> out;
  TextUnit unit;
  std::vector<std::size_t> line_starts;  // offset of every line's first byte

  /// line_col_at(s, off), without counting from the start of the template each time.
  SourcePos pos_of(std::size_t off) const {
    off = std::min(off, s.size());
    const auto after = std::upper_bound(line_starts.begin(), line_starts.end(), off);
    const std::size_t start = *(after - 1);
    const auto line = static_cast<int>(after - line_starts.begin());
    return {file, line, 1 + static_cast<int>(code_points(s.substr(start, off - start)))};
  }
  /// Adds raw text s[b, e) to `u`, one mark per line.
  void add_text(TextUnit& u, std::size_t b, std::size_t e) {
    while (b < e) {
      std::size_t nl = s.find('\n', b);
      if (nl == std::string_view::npos || nl > e) nl = e;
      if (nl > b) {
        if (!u.text.empty()) u.text += ' ';
        u.append(decode_entities(s.substr(b, nl - b)), pos_of(b));
      }
      b = nl + 1;
    }
  }
  void flush() { finish(out, unit); }

  void attribute_units(std::size_t b, std::size_t e) {
    // Searched in the tag only (a name that runs past `e` has no value in it either).
    const std::string_view tag = s.substr(0, e);
    for (std::string_view name : {"alt=", "title=", "aria-label=", "placeholder="}) {
      std::size_t k = b;
      while ((k = tag.find(name, k)) != std::string_view::npos && k < e) {
        const bool boundary = k > b && (s[k - 1] == ' ' || s[k - 1] == '\n' || s[k - 1] == '\t');
        std::size_t v = k + name.size();
        k = v;
        if (!boundary || v >= e || (s[v] != '"' && s[v] != '\'')) continue;
        const std::size_t close = s.find(s[v], v + 1);
        if (close == std::string_view::npos || close > e) break;
        TextUnit u;
        add_text(u, v + 1, close);
        finish(out, u);
        k = close + 1;
      }
    }
  }

  void run() {
    std::size_t text_from = 0;
    std::size_t i = 0;
    while (i < s.size()) {
      if (s[i] != '<') {
        ++i;
        continue;
      }
      add_text(unit, text_from, i);
      if (s.substr(i, 4) == "<!--") {
        const std::size_t end = s.find("-->", i);
        i = text_from = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
      // The tag, with quoted attribute values.
      std::size_t j = i + 1;
      char quote = 0;
      while (j < s.size() && (quote || s[j] != '>')) {
        if (quote && s[j] == quote)
          quote = 0;
        else if (!quote && (s[j] == '"' || s[j] == '\''))
          quote = s[j];
        ++j;
      }
      const std::size_t tag_end = std::min(j + 1, s.size());
      std::size_t n = i + 1;
      if (n < s.size() && s[n] == '/') ++n;
      std::size_t name_end = n;
      while (name_end < j &&
             (std::isalnum(static_cast<unsigned char>(s[name_end])) || s[name_end] == '-'))
        ++name_end;
      std::string name(s.substr(n, name_end - n));
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      attribute_units(i, j);
      if (name == "script" || name == "style") {
        if (s[i + 1] != '/') {
          const std::size_t close = s.find("</" + name, tag_end);
          i = text_from = close == std::string_view::npos ? s.size() : close;
          flush();
          continue;
        }
      }
      if (is_block_tag(name)) {
        flush();
        if (s[i + 1] != '/' && name.size() == 2 && name[0] == 'h' && name[1] >= '1' &&
            name[1] <= '6')
          unit.heading = true;
      }
      i = text_from = tag_end;
    }
    add_text(unit, text_from, s.size());
    flush();
  }
};

}  // namespace

std::vector<TextUnit> units_from_template(std::string_view text, const std::string& file) {
  // Blank out Mustache tags, keeping line breaks so positions stay right.
  std::string blanked(text);
  std::size_t i = 0;
  while ((i = blanked.find("{{", i)) != std::string::npos) {
    const bool triple = blanked.compare(i, 3, "{{{") == 0;
    std::size_t end = blanked.find(triple ? "}}}" : "}}", i);
    end = end == std::string::npos ? blanked.size() : end + (triple ? 3 : 2);
    for (std::size_t k = i; k < end; ++k)
      if (blanked[k] != '\n') blanked[k] = ' ';
    i = end;
  }
  TemplateScanner scanner{blanked, file, {}, {}, {0}};
  for (std::size_t nl = 0; (nl = blanked.find('\n', nl)) != std::string::npos; ++nl)
    scanner.line_starts.push_back(nl + 1);
  scanner.run();
  return std::move(scanner.out);
}

}  // namespace ww
