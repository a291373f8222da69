#include <catch2/catch.hpp>

#include "markdown/links.h"
#include "markdown/parsed_site.h"

using namespace ww;

namespace {
Page make(const std::string& source, const std::string& body) {
  Page p;
  p.source = source;
  p.file = "content/" + source;
  p.output = source.substr(0, source.size() - 3) + ".html";
  p.body = body;
  p.body_line = 4;
  return p;
}
ParsedSite parse(std::vector<Page> pages) {
  SiteContent c;
  c.pages = std::move(pages);
  return parse_site(std::move(c), {}, 1);
}
std::string html_of(ParsedSite& s, std::size_t i) { return render_html(s.docs[i].get()); }
}  // namespace

TEST_CASE("links - relative url between outputs") {
  CHECK(relative_url("index.html", "kader/a.html") == "kader/a.html");
  CHECK(relative_url("kader/a.html", "kader/b.html") == "b.html");
  CHECK(relative_url("kader/a.html", "index.html") == "../index.html");
  CHECK(relative_url("a/b/c.html", "x/y.html") == "../../x/y.html");
  CHECK(relative_url("kader/a.html", "kader.html") == "../kader.html");
}

TEST_CASE("links - .md links are rewritten to relative .html with anchors") {
  auto site = parse({make("basiskenmerken/05-brede-blik.md", "## Kop één\n"),
                     make("kader/a.md", "Zie [brede blik](../basiskenmerken/05-brede-blik.md#kop-een) en [mij](a.md).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  REQUIRE_FALSE(d.has_errors());
  std::string out = html_of(site, 1);
  CHECK(out.find("href=\"../basiskenmerken/05-brede-blik.html#kop-een\"") != std::string::npos);
  CHECK(out.find("href=\"a.html\"") != std::string::npos);
}

TEST_CASE("links - dead pages and anchors are errors with file:line:col, all of them") {
  auto site = parse({make("kader/a.md", "## Echt\n\nTekst [x](b.md) en\n[y](a.md#nep) en [z](#echd).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  REQUIRE(d.count(Severity::error) == 3);
  CHECK(format_diagnostic(d.items[0]).rfind("content/kader/a.md:6:7: fout: dode link: 'b.md' bestaat niet", 0) == 0);
  CHECK(d.items[1].pos.line == 7);
  CHECK(d.items[1].message.find("anker '#nep'") != std::string::npos);
  CHECK(d.items[2].hint == "bedoelde u 'echt'?");
}

TEST_CASE("links - leaving the site, absolute paths and javascript: are refused") {
  auto site = parse({make("a.md", "[p](../../etc/passwd.md) [q](/kader/a.md) [r](javascript:alert(1))\n")});
  Diagnostics d;
  rewrite_links(site, d);
  REQUIRE(d.count(Severity::error) == 3);
  CHECK(d.items[0].rule == "link-buiten-site");
  CHECK(d.items[1].rule == "absolute-link");
  CHECK(d.items[2].rule == "onveilige-link");
  CHECK(html_of(site, 0).find("javascript:") == std::string::npos);
}

TEST_CASE("links - external links get rel=noopener noreferrer") {
  auto site = parse({make("a.md", "[VNG](https://vng.nl \"Site\")\n")});
  Diagnostics d;
  rewrite_links(site, d);
  CHECK(html_of(site, 0).find("<a href=\"https://vng.nl\" rel=\"noopener noreferrer\" title=\"Site\">VNG</a>") !=
        std::string::npos);
}
