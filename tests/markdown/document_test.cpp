#include "markdown/document.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "markdown/raw_html.h"

using namespace ww;

namespace {
std::string html(const std::string& md, bool unsafe = false) {
  auto doc = parse_markdown(md, {unsafe, false});
  if (!unsafe) escape_raw_html(doc.get());
  return render_html(doc.get());
}
}  // namespace

TEST_CASE("markdown - GFM extensions: tables, strikethrough, autolinks, task lists, footnotes") {
  std::string out = html(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ https://vng.nl\n\n- [x] "
      "klaar\n\nNoot[^1]\n\n[^1]: Uitleg\n");
  CHECK(out.find("<table>") != std::string::npos);
  CHECK(out.find("<del>weg</del>") != std::string::npos);
  CHECK(out.find("<a href=\"https://vng.nl\">") != std::string::npos);
  CHECK(out.find("type=\"checkbox\"") != std::string::npos);
  CHECK(out.find("fn-1") != std::string::npos);
}

TEST_CASE("markdown - raw HTML is escaped unless unsafe_html") {
  std::string safe = html("<script>alert(1)</script>\n\nTekst <b onclick=\"x\">vet</b>\n");
  CHECK(safe.find("<script>") == std::string::npos);
  CHECK(safe.find("&lt;script&gt;") != std::string::npos);
  CHECK(safe.find("&lt;b onclick") != std::string::npos);
  std::string unsafe = html("Tekst <b>vet</b>\n", true);
  CHECK(unsafe.find("<b>vet</b>") != std::string::npos);
}

TEST_CASE("markdown - smart punctuation is off by default") {
  CHECK(html("\"citaat\" en 'zo'\n").find("&quot;citaat&quot;") != std::string::npos);
}

TEST_CASE("markdown - plain text and node positions") {
  auto doc = parse_markdown("Eerste *regel*\n\n## Kop `code`\n", {});
  CHECK(plain_text(doc.get()) == "Eerste regel\nKop code\n");
  cmark_node* heading = cmark_node_next(cmark_node_first_child(doc.get()));
  SourcePos p = node_pos(heading, "x.md", 5);
  CHECK(p.line == 7);
  CHECK(p.col == 1);
}

TEST_CASE("markdown - an autolink's position is its `<`, also on a later line of a paragraph") {
  // cmark-gfm counts an autolink's column from the start of the paragraph; node_pos() corrects it.
  auto doc = parse_markdown(
      "[a](x.md)\nabcde <javascript:alert(1)>\n\n- punt\n  en <a@b.nl> [c](https://c.nl)\n", {});
  std::vector<std::pair<int, int>> found;
  cmark_iter* it = cmark_iter_new(doc.get());
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_LINK) {
      SourcePos p = node_pos(n, "x.md", 1);
      found.emplace_back(p.line, p.col);
    }
  }
  cmark_iter_free(it);
  CHECK(found == std::vector<std::pair<int, int>>{{1, 1}, {2, 7}, {5, 6}, {5, 15}});
}

TEST_CASE("markdown - wrapping a heading's children keeps their text after the heading is freed") {
  // The inline parser leaves text as slices of the heading's own buffer; wrap_children frees the
  // heading, so the children must own their text first (ASan: heap-use-after-free, found by
  // fuzz_xref).
  auto doc = parse_markdown("# Kop met `code` en *nadruk*\n\nTekst.\n", {});
  cmark_node* h = cmark_node_first_child(doc.get());
  REQUIRE(cmark_node_get_type(h) == CMARK_NODE_HEADING);
  wrap_children(h, "<h1 id=\"kop\">", "</h1>", true);
  CHECK(render_html(doc.get()) ==
        "<h1 id=\"kop\">\nKop met <code>code</code> en <em>nadruk</em>\n</h1>\n<p>Tekst.</p>\n");
}

TEST_CASE(
    "markdown - wrapping a link inside a table cell keeps its text (cells take no custom inline)") {
  auto doc = parse_markdown("| a |\n| - |\n| zie [de site](https://example.org) nu |\n", {});
  cmark_node* link = nullptr;
  cmark_iter* it = cmark_iter_new(doc.get());
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == CMARK_NODE_LINK)
      link = cmark_iter_get_node(it);
  cmark_iter_free(it);
  REQUIRE(link);
  CHECK(wrap_children(link, "<a href=\"https://example.org\" rel=\"x\">", "</a>", false) ==
        nullptr);
  CHECK(render_html(doc.get()).find(
            "<td>zie <a href=\"https://example.org\" rel=\"x\">de site</a> nu</td>") !=
        std::string::npos);
}

TEST_CASE(
    "markdown - line breaks and rules are HTML void elements without a slash (html-validate "
    "void-style)") {
  const std::string out =
      html("Eerste regel  \ntweede regel\\\nderde\n\n---\n\nTekst `<br />` blijft tekst.\n");
  CHECK(out.find("<br>") != std::string::npos);
  CHECK(out.find("<hr>") != std::string::npos);
  CHECK(out.find("<br />") == std::string::npos);
  CHECK(out.find("<hr />") == std::string::npos);
  CHECK(out.find("<code>&lt;br /&gt;</code>") != std::string::npos);
}

namespace {
/// The headings as a cmark iterator finds them: every ENTER of a heading node.
std::vector<cmark_node*> iterated_headings(cmark_node* root) {
  std::vector<cmark_node*> out;
  cmark_iter* it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING) out.push_back(n);
  }
  cmark_iter_free(it);
  return out;
}
}  // namespace

TEST_CASE("markdown - find_headings finds the headings a full walk finds, in order") {
  // find_headings skips inline content; headings in lists, quotes, footnotes and a custom block
  // that holds both inlines and blocks must still all be found, in document order.
  auto doc = parse_markdown(
      "# Een\n\nTekst *met* [link](x.md).\n\n- item\n\n  ## Twee in een lijst\n\n  > ### Drie in "
      "een citaat\n  >\n  > > #### Vier dieper\n\nSetext\n======\n\n| a | b |\n|---|---|\n| 1 | 2 "
      "|\n\nNoot[^1]\n\n[^1]: Uitleg\n\n    ## geen kop (code)\n\n<div>\n\n## Vijf na html\n\n"
      "</div>\n\n1. a\n   1. b\n\n      ###### Zes\n",
      {false, false});
  // A custom block (as the passes make) with an inline child, a heading and a paragraph.
  cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_append_child(custom, make_html_inline("<span>"));
  cmark_node* heading = cmark_node_new(CMARK_NODE_HEADING);
  cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(text, "Zeven");
  cmark_node_append_child(heading, text);
  cmark_node_append_child(custom, heading);
  cmark_node_append_child(doc.get(), custom);
  const std::vector<cmark_node*> expected = iterated_headings(doc.get());
  CHECK(expected.size() == 9);
  CHECK(find_headings(doc.get()) == expected);
  // From a subtree, and from a heading itself.
  cmark_node* list = cmark_node_next(cmark_node_next(cmark_node_first_child(doc.get())));
  REQUIRE(cmark_node_get_type(list) == CMARK_NODE_LIST);
  CHECK(find_headings(list) == iterated_headings(list));
  CHECK(find_headings(list).size() == 3);
  CHECK(find_headings(heading) == std::vector<cmark_node*>{heading});
}

TEST_CASE("markdown - html5_void_elements gives what replacing each tag in turn gave") {
  // The reference: every "<br />" replaced, then every "<hr />", as render_html did before.
  auto two_passes = [](std::string out) {
    for (const char* tag : {"br", "hr"}) {
      const std::string xhtml = std::string("<") + tag + " />";
      const std::string html5 = std::string("<") + tag + ">";
      for (auto at = out.find(xhtml); at != std::string::npos;
           at = out.find(xhtml, at + html5.size()))
        out.replace(at, xhtml.size(), html5);
    }
    return out;
  };
  const std::vector<std::string> pieces = {"<br />", "<hr />", "<br/>", "<br>", "<b",        "r />",
                                           "<",      "<h",     "x",     " />",  "&lt;br />", "\n"};
  std::uint64_t state = 11;
  for (int round = 0; round < 4000; ++round) {
    std::string html;
    for (int k = 0; k < round % 12; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      html += pieces[(state >> 33) % pieces.size()];
    }
    INFO("[" << html << "]");
    REQUIRE(html5_void_elements(html) == two_passes(html));
  }
  CHECK(html("a  \nb\n\n---\n") == "<p>a<br>\nb</p>\n<hr>\n");
}
