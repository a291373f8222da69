#include <catch2/catch.hpp>

#include "markdown/document.h"
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
  std::string out = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ https://vng.nl\n\n- [x] klaar\n\nNoot[^1]\n\n[^1]: Uitleg\n");
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
