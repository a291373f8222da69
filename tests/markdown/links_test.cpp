#include "markdown/links.h"

#include <catch2/catch.hpp>

#include "core/file_system.h"
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
  return parse_site(std::move(c), {}, nullptr);
}
std::string html_of(ParsedSite& s, std::size_t i) { return render_html(s.pages[i].doc.get()); }
}  // namespace

TEST_CASE("links - relative url between outputs") {
  CHECK(relative_url("index.html", "kader/a.html") == "kader/a.html");
  CHECK(relative_url("kader/a.html", "kader/b.html") == "b.html");
  CHECK(relative_url("kader/a.html", "index.html") == "../index.html");
  CHECK(relative_url("a/b/c.html", "x/y.html") == "../../x/y.html");
  CHECK(relative_url("kader/a.html", "kader.html") == "../kader.html");
}

namespace {
/// relative_url as it was written before it worked on string_views (the reference).
std::string relative_url_reference(const std::string& from, const std::string& to) {
  std::string from_dir = path_dir(from);
  std::string prefix;
  std::string rest = to;
  std::string dir = from_dir;
  while (!dir.empty() && !(rest.size() > dir.size() && rest.compare(0, dir.size(), dir) == 0 &&
                           rest[dir.size()] == '/')) {
    prefix += "../";
    dir = path_dir(dir);
  }
  if (!dir.empty()) rest = rest.substr(dir.size() + 1);
  return prefix + rest;
}
}  // namespace

TEST_CASE("links - relative url gives what the reference gives for every pair of paths") {
  const std::vector<std::string> paths = {
      "",           "index.html",   "a",         "a/",        "/a.html",
      "a/b",        "a/b.html",     "a/c.html",  "ab/c.html", "a/bc/x.html",
      "a/b/y.html", "a/b/c/d.html", "a/b/c",     "x/y.html",  "a.html",
      "kader.html", "kader/a.html", "a//b.html", "a/b/",      "mijn map/pagina één.html"};
  for (const auto& from : paths)
    for (const auto& to : paths) {
      INFO(from << " -> " << to);
      CHECK(relative_url(from, to) == relative_url_reference(from, to));
    }
}

TEST_CASE("links - .md links are rewritten to relative .html with anchors") {
  auto site = parse(
      {make("basiskenmerken/05-brede-blik.md", "## Kop één\n"),
       make("kader/a.md",
            "Zie [brede blik](../basiskenmerken/05-brede-blik.md#kop-een) en [mij](a.md).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  REQUIRE_FALSE(d.has_errors());
  std::string out = html_of(site, 1);
  CHECK(out.find("href=\"../basiskenmerken/05-brede-blik.html#kop-een\"") != std::string::npos);
  CHECK(out.find("href=\"a.html\"") != std::string::npos);
}

TEST_CASE("links - dead pages and anchors are errors with file:line:col, all of them") {
  auto site =
      parse({make("kader/a.md", "## Echt\n\nTekst [x](b.md) en\n[y](a.md#nep) en [z](#echd).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  REQUIRE(d.count(Severity::error) == 3);
  CHECK(format_diagnostic(d.items[0])
            .rfind("content/kader/a.md:6:7: fout: dode link: 'b.md' bestaat niet", 0) == 0);
  CHECK(d.items[1].pos.line == 7);
  CHECK(d.items[1].message.find("anker '#nep'") != std::string::npos);
  CHECK(d.items[2].hint == "bedoelde u 'echt'?");
}

TEST_CASE("links - leaving the site, absolute paths and javascript: are refused") {
  auto site =
      parse({make("a.md", "[p](../../etc/passwd.md) [q](/kader/a.md) [r](javascript:alert(1))\n")});
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
  CHECK(html_of(site, 0).find(
            "<a href=\"https://vng.nl\" rel=\"noopener noreferrer\" title=\"Site\">VNG</a>") !=
        std::string::npos);
}

namespace {
Page titled(const std::string& source, const std::string& title,
            const std::string& body = "Tekst.\n") {
  Page p = make(source, body);
  p.title = title;
  return p;
}
std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items) out += format_diagnostic(x) + "\n";
  return out;
}
}  // namespace

TEST_CASE("links - 'bedoelde u' gives the path as written from the linking file's folder") {
  auto site =
      parse({titled("basiskenmerken/05-brede-blik.md", "Brede blik"),
             titled("kader/a.md", "A", "Zie [brede blik](../basiskenmerken/05-brede-blk.md).\n"),
             titled("basiskenmerken/01-x.md", "X", "Zie [brede blik](05-brede-blk.md).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  INFO(messages(d));
  CHECK(messages(d).find("content/kader/a.md:4:5: fout: dode link: "
                         "'../basiskenmerken/05-brede-blk.md' bestaat niet "
                         "[dode-link]\n  hint: bedoelde u '../basiskenmerken/05-brede-blik.md'?") !=
        std::string::npos);
  CHECK(messages(d).find("hint: bedoelde u '05-brede-blik.md'?") != std::string::npos);
}

TEST_CASE(
    "links - after a rename the renamed page is suggested, not a namesake in another section") {
  // basiskenmerken/06-houding-vaardigheden-kennis.md was renamed; the VIT part keeps the old name.
  auto site = parse(
      {titled("basiskenmerken/06-houding-en-kennis.md", "Houding, vaardigheden en kennis"),
       titled("vit/06-houding-vaardigheden-kennis.md", "VIT: houding, vaardigheden en kennis"),
       titled("basiskenmerken/05-brede-blik.md", "Brede blik"),
       titled("kader/a.md", "A",
              "Over [houding en kennis](../basiskenmerken/06-houding-vaardigheden-kennis.md).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  INFO(messages(d));
  CHECK(messages(d).find("bedoelde u '../basiskenmerken/06-houding-en-kennis.md'?") !=
        std::string::npos);
  CHECK(messages(d).find("vit/") == std::string::npos);
}

TEST_CASE("links - no suggestion when nothing but the folder is in common") {
  auto site = parse({titled("kader/samenvatting.md", "Samenvatting"),
                     titled("kader/a.md", "A", "Zie [de begroting](begroting-2025.md).\n")});
  Diagnostics d;
  rewrite_links(site, d);
  INFO(messages(d));
  REQUIRE(d.has_errors());
  CHECK(messages(d).find("bedoelde u") == std::string::npos);
}

TEST_CASE("links - a wrong image path gets an image hint, and top-level assets/ can be linked") {
  auto site = parse({titled("kader/a.md", "A",
                            "![Het model](figuren/model.png)\n\n![Logo](../assets/logo.svg)\n\n"
                            "![Schema](../assets/shema.svg)\n")});
  site.content.assets = {"kader/figuur-model.png"};
  site.content.asset_origin["kader/figuur-model.png"] = "content/kader/figuur-model.png";
  site.site_assets = {"assets/logo.svg", "assets/schema.svg"};
  Diagnostics d;
  rewrite_links(site, d);
  INFO(messages(d));
  const std::string m = messages(d);
  CHECK(m.find("fout: afbeelding 'figuren/model.png' bestaat niet [dode-afbeelding]") !=
        std::string::npos);
  CHECK(m.find("bedoelde u 'figuur-model.png'?") != std::string::npos);
  CHECK(m.find("in de map assets/ naast content/ (vanuit deze pagina: ../assets/figuur.png)") !=
        std::string::npos);
  CHECK(m.find("bedoelde u '../assets/schema.svg'?") != std::string::npos);
  CHECK(m.find(".md-bestand") == std::string::npos);
  CHECK(m.find("logo.svg") == std::string::npos);  // the site-wide asset resolves
  CHECK(html_of(site, 0).find("src=\"../assets/logo.svg\"") != std::string::npos);
}
