// robots.txt, sitemap.xml (only with base_url), canonical links and the site.* publish strings.
#include "publish/site_meta.h"

#include <catch2/catch.hpp>

#include "publish/html_rewrite.h"
#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
std::string site_spec(const std::string& config_extra) {
  return R"(
-- site-config.toml --
title = "Test"
datum = 2024-03-01
leesvolgorde = ["kader/een.md", "kader/twee.md"]
)" + config_extra +
         R"(
-- content/_index.md --
+++
title = "Home"
+++
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/een.md --
+++
title = "Een"
kort = "De eerste pagina."
+++
## Kop

Tekst.
-- content/kader/twee.md --
+++
title = "Twee"
+++
-- content/wijzigingen.md --
+++
title = "Wat is er veranderd"
+++
-- content/404.md --
+++
title = "Pagina niet gevonden"
+++
## Wat nu

Ga naar de [beginpagina](_index.md) of [een](kader/een.md#kop), of [hier](#wat-nu).
-- themes/standaard/templates/base.mustache --
<html><head><link rel="stylesheet" href="{{root}}css/wegwijzer.css"><form action="{{root}}zoeken.html"></form>{{#page.canonical}}<link rel="canonical" href="{{page.canonical}}">{{/page.canonical}}<meta name="description" content="{{page.description}}"></head><body>{{{main}}}<footer>{{#site.afdrukken}}<a href="{{root}}{{site.afdrukken}}">Hele kader afdrukken</a>{{/site.afdrukken}}{{#site.wijzigingen}}<a href="{{root}}{{site.wijzigingen}}">Wat is er veranderd</a>{{/site.wijzigingen}}</footer></body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>{{{page.content}}}
-- themes/standaard/templates/print.mustache --
<h1>{{page.title}}</h1>{{{page.content}}}
)";
}
}  // namespace

TEST_CASE("site meta - without base_url: robots.txt, no sitemap, no canonical links") {
  auto r = build_memory(mini_site(site_spec("")));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files.count("sitemap.xml") == 0);
  REQUIRE(r.files.count("robots.txt") == 1);
  CHECK(r.files["robots.txt"] == "User-agent: *\nAllow: /\n");
  for (const auto& [path, html] : r.files)
    CHECK(html.find("rel=\"canonical\"") == std::string::npos);
}

TEST_CASE(
    "site meta - with base_url: sitemap.xml of every page but print.html, canonical links, robots "
    "names the sitemap") {
  auto r = build_memory(mini_site(site_spec("base_url = \"https://kader.example.nl/toegang\"")));
  INFO(r.messages());
  REQUIRE(r.ok);
  REQUIRE(r.files.count("sitemap.xml") == 1);
  const std::string& map = r.files["sitemap.xml"];
  CHECK(map.find("<?xml version=\"1.0\" encoding=\"UTF-8\"?>") == 0);
  CHECK(
      map.find(
          "<url><loc>https://kader.example.nl/toegang/</loc><lastmod>2024-03-01</lastmod></url>") !=
      std::string::npos);
  for (const char* page : {"kader.html", "kader/een.html", "kader/twee.html", "wijzigingen.html"})
    CHECK(map.find(std::string("<loc>https://kader.example.nl/toegang/") + page + "</loc>") !=
          std::string::npos);
  REQUIRE(r.files.count("print.html") == 1);
  CHECK(map.find("print.html") == std::string::npos);
  // Sorted by path.
  CHECK(map.find("kader.html") < map.find("kader/een.html"));
  CHECK(r.files["robots.txt"].find("Sitemap: https://kader.example.nl/toegang/sitemap.xml") !=
        std::string::npos);
  CHECK(r.files["kader/een.html"].find(
            "<link rel=\"canonical\" href=\"https://kader.example.nl/toegang/kader/een.html\">") !=
        std::string::npos);
  CHECK(r.files["index.html"].find(
            "<link rel=\"canonical\" href=\"https://kader.example.nl/toegang/\">") !=
        std::string::npos);
}

TEST_CASE(
    "site meta - description from kort, footer links to print.html and the changelog from every "
    "page") {
  auto r = build_memory(mini_site(site_spec("")));
  REQUIRE(r.ok);
  CHECK(r.files["kader/een.html"].find(
            "<meta name=\"description\" content=\"De eerste pagina.\">") != std::string::npos);
  for (const auto& [path, html] : r.files) {
    if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
    INFO(path);
    const std::string root = path.find('/') == std::string::npos ? "" : "../";
    CHECK(html.find("<a href=\"" + root + "print.html\">Hele kader afdrukken</a>") !=
          std::string::npos);
    CHECK(html.find("<a href=\"" + root + "wijzigingen.html\">Wat is er veranderd</a>") !=
          std::string::npos);
  }
}

TEST_CASE("site meta - publish strings and the site's own robots.txt") {
  ParsedSite content;
  Page print;
  print.output = "print.html";
  Page changes;
  changes.source = "wijzigingen.md";
  changes.output = "wijzigingen.html";
  content.pages.resize(2);
  content.pages[0].page = print;
  content.pages[1].page = changes;
  Download d{"x-1.zip", 3 * 1024, false};
  auto s = publish_strings(content, &d);
  CHECK(s["afdrukken"] == "print.html");
  CHECK(s["wijzigingen"] == "wijzigingen.html");
  CHECK(s["zip_bestand"] == "x-1.zip");
  CHECK(s["zip_grootte"] == "3 kB");
  CHECK(s.count("offline") == 0);
  Download offline{"x-1.zip", 0, true};
  auto so = publish_strings(content, &offline);
  CHECK(so["offline"] == "ja");
  CHECK(so.count("zip_bestand") == 0);
  CHECK(publish_strings(ParsedSite{}, nullptr).empty());

  SiteConfig c;
  c.base_url = "https://a.nl";
  content.content.assets = {"robots.txt"};
  auto files = meta_files(content, c);
  REQUIRE(files.size() == 1);
  CHECK(files[0].first == "sitemap.xml");
}

TEST_CASE(
    "site meta - with base_url: 404.html links absolutely (any depth on a server) and is not in "
    "the sitemap") {
  auto r = build_memory(mini_site(site_spec("base_url = \"https://kader.example.nl/toegang\"")));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["sitemap.xml"].find("404.html") == std::string::npos);
  const std::string& nf = r.files["404.html"];
  CHECK(nf.find("href=\"/toegang/css/wegwijzer.css\"") != std::string::npos);
  CHECK(nf.find("href=\"/toegang/index.html\"") != std::string::npos);
  CHECK(nf.find("action=\"/toegang/zoeken.html\"") != std::string::npos);
  CHECK(nf.find("href=\"/toegang/kader/een.html#kop\"") != std::string::npos);
  CHECK(nf.find("href=\"#wat-nu\"") != std::string::npos);
  // Only 404.html: other pages keep relative links (file:// and any sub-path).
  CHECK(r.files["kader/een.html"].find("href=\"../css/wegwijzer.css\"") != std::string::npos);

  auto plain = build_memory(mini_site(site_spec("")));
  REQUIRE(plain.ok);
  CHECK(plain.files["404.html"].find("href=\"css/wegwijzer.css\"") !=
        std::string::npos);  // no base_url: relative
}

TEST_CASE("site meta - base_url_path") {
  CHECK(base_url_path("https://a.nl") == "/");
  CHECK(base_url_path("https://a.nl/") == "/");
  CHECK(base_url_path("https://a.nl/kader") == "/kader/");
  CHECK(base_url_path("https://a.nl/kader/sub/") == "/kader/sub/");
}
