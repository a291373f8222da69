#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

TEST_CASE("build - a small site: pages, relative links, root prefix at depth 0 and 1") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "Welkom."
+++
Naar [a](kader/a.md).
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/a.md --
+++
title = "A"
+++
Terug naar [home](../_index.md).
-- themes/standaard/templates/base.mustache --
<html><head><link href="{{root}}css/x.css"></head><body>{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>{{{page.content}}}
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  REQUIRE(r.files.count("index.html"));
  REQUIRE(r.files.count("kader.html"));
  REQUIRE(r.files.count("kader/a.html"));
  CHECK(r.files["index.html"].find("href=\"css/x.css\"") != std::string::npos);
  CHECK(r.files["kader/a.html"].find("href=\"../css/x.css\"") != std::string::npos);
  CHECK(r.files["index.html"].find("href=\"kader/a.html\"") != std::string::npos);
  CHECK(r.files["kader/a.html"].find("href=\"../index.html\"") != std::string::npos);
  for (const auto& [path, html] : r.files) {
    INFO(path);
    CHECK(html.find("href=\"/") == std::string::npos);
    CHECK(html.find("src=\"/") == std::string::npos);
  }
}

TEST_CASE("build - root prefix at depth 2") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/a/b/c.md --
+++
title = "C"
+++
-- themes/standaard/templates/base.mustache --
<a href="{{root}}index.html">{{{main}}}</a>
-- themes/standaard/templates/page.mustache --
x
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["a/b/c.html"].find("href=\"../../index.html\"") != std::string::npos);
}

TEST_CASE("build - template values are HTML-escaped, content raw HTML escaped by default") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "A & <B>"
-- content/x.md --
+++
title = "<script>alert(1)</script>"
+++
<img src=x onerror=alert(1)>
)");
  auto r = build_memory(fs);
  REQUIRE(r.ok);
  const auto& html = r.files["x.html"];
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
}

TEST_CASE("build - drafts only with the option") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/concept.md --
+++
title = "Concept"
draft = true
+++
)");
  CHECK_FALSE(build_memory(fs).files.count("concept.html"));
  BuildOptions o;
  o.drafts = true;
  CHECK(build_memory(fs, o).files.count("concept.html"));
}

namespace {

/// A site with one draft and a page that links to it, on the repository's real theme.
MemoryFileSystem site_with_draft() {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/_index.md --
+++
title = "Home"
kort = "Welkom."
+++
Lees ook [het concept](kader/nieuw.md) en [de gewone pagina](kader/a.md).
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/a.md --
+++
title = "A"
+++
Tekst.
-- content/kader/nieuw.md --
+++
title = "Nieuw hoofdstuk"
draft = true
+++
Nog niet klaar.
)",
                      false);
  const std::filesystem::path theme =
      std::filesystem::path(WEGWIJZER_SOURCE_DIR) / "themes/standaard";
  for (const auto& e : std::filesystem::recursive_directory_iterator(theme)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    fs.add("themes/standaard/" + std::filesystem::relative(e.path(), theme).generic_string(),
           ss.str());
  }
  return fs;
}

}  // namespace

TEST_CASE(
    "build - without --drafts a link to a draft becomes plain text with a warning, not a dead "
    "link") {
  auto r = build_memory(site_with_draft());
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK_FALSE(r.files.count("kader/nieuw.html"));
  CHECK(
      r.has_message("content/_index.md:5:10: waarschuwing: link naar conceptpagina "
                    "'kader/nieuw.md' wordt gewone tekst"));
  CHECK(r.has_message("[concept-link]"));
  CHECK_FALSE(r.has_message("dode-link"));
  const std::string& home = r.files["index.html"];
  CHECK(home.find("het concept") != std::string::npos);
  CHECK(home.find("nieuw.html") == std::string::npos);
  CHECK(home.find("href=\"kader/a.html\"") != std::string::npos);
}

TEST_CASE(
    "build - with --drafts a draft is marked Concept (title, notice, noindex), other pages not") {
  BuildOptions o;
  o.drafts = true;
  auto r = build_memory(site_with_draft(), o);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& draft = r.files["kader/nieuw.html"];
  CHECK(draft.find("<title>Concept: Nieuw hoofdstuk") != std::string::npos);
  CHECK(draft.find("<p class=\"concept-melding\" role=\"note\"><strong>Concept.</strong>") !=
        std::string::npos);
  CHECK(draft.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(r.files["index.html"].find("href=\"kader/nieuw.html\"") != std::string::npos);
  const std::string& normal = r.files["kader/a.html"];
  CHECK(normal.find("concept-melding") == std::string::npos);
  CHECK(normal.find("Concept:") == std::string::npos);
  CHECK(normal.find("noindex") == std::string::npos);
}

TEST_CASE("build - deterministic: two builds give identical files, regardless of threads") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
## Kop
[b](b.md)
-- content/b.md --
+++
title = "B"
+++
-- content/c/d.md --
+++
title = "D"
+++
)");
  BuildOptions one;
  one.threads = 1;
  BuildOptions four;
  four.threads = 4;
  auto a = build_memory(fs, one);
  auto b = build_memory(fs, four);
  REQUIRE(a.ok);
  CHECK(a.files == b.files);
}

TEST_CASE("build - leftovers: a build that succeeds hands them over, one that fails frees them") {
  // wegwijzer build leaves the site to the end of the process (BuildOptions::leftovers); the
  // files are the same as without, and a failing build keeps nothing.
  const std::string good = R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
## Kop
[b](b.md)
-- content/b.md --
+++
title = "B"
+++
)";
  for (unsigned threads : {1u, 2u}) {
    INFO("threads " << threads);
    BuildOptions plain;
    plain.threads = threads;
    std::unique_ptr<BuildLeftovers> kept;
    BuildOptions keeping = plain;
    keeping.leftovers = &kept;
    auto a = build_memory(mini_site(good), plain);
    auto b = build_memory(mini_site(good), keeping);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(kept != nullptr);
    CHECK(a.files == b.files);
    kept.reset();  // the pool's threads are joined here

    std::unique_ptr<BuildLeftovers> none;
    BuildOptions failing = plain;
    failing.leftovers = &none;
    const std::string dead = "-- content/c.md --\n+++\ntitle = \"C\"\n+++\n[weg](weg.md)\n";
    auto c = build_memory(mini_site(good + dead), failing);
    CHECK_FALSE(c.ok);
    CHECK(c.has_message("content/c.md:4:1: fout: dode link"));
    CHECK(none == nullptr);
  }
}

TEST_CASE("build - a broken template stops the build before any page, on one thread or several") {
  // The template's finding and the content's are both there before the build decides to
  // render, and are the same whatever the number of threads.
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
Naar [b](b.md).
-- templates/page.mustache --
{{#page.title}}
{{page.title}}
)");
  BuildOptions one;
  one.threads = 1;
  BuildOptions two;
  two.threads = 2;
  for (const BuildOptions& options : {one, two}) {
    auto r = build_memory(fs, options);
    INFO("threads " << options.threads << "\n" << r.messages());
    CHECK_FALSE(r.ok);
    CHECK(r.has_message("templates/page.mustache:1:1: fout: template klopt niet"));
    CHECK(r.has_message(
        "content/a.md:4:6: fout: dode link"));  // the content's own finding is there as well
    CHECK(r.files.empty());
  }
  CHECK(build_memory(fs, one).messages() == build_memory(fs, two).messages());
}

TEST_CASE("build - the site's template overrides the theme's") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
-- templates/page.mustache --
EIGEN {{page.title}}
)");
  auto r = build_memory(fs);
  REQUIRE(r.ok);
  CHECK(r.files["a.html"].find("EIGEN A") != std::string::npos);
}

TEST_CASE("build - a page without kort opens no {{#page.kort}} section, in lists either") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/met.md --
+++
title = "Met"
kort = "Kort gezegd."
+++
-- content/kader/zonder.md --
+++
title = "Zonder"
+++
-- themes/standaard/templates/base.mustache --
{{{main}}}
-- themes/standaard/templates/page.mustache --
{{#page.kort}}KORT[{{page.kort}}]{{/page.kort}}
-- themes/standaard/templates/section.mustache --
{{#page.children}}{{title}}{{#kort}}<p>{{kort}}</p>{{/kort}};{{/page.children}}
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/met.html"].find("KORT[Kort gezegd.]") != std::string::npos);
  CHECK(r.files["kader/zonder.html"].find("KORT") == std::string::npos);
  CHECK(r.files["kader.html"].find("Met<p>Kort gezegd.</p>;") != std::string::npos);
  CHECK(r.files["kader.html"].find("Zonder;") != std::string::npos);
  CHECK(r.files["kader.html"].find("<p></p>") == std::string::npos);
}

TEST_CASE("build - page.has_toggletips only on pages with a glossary link") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
Het lokaal team helpt.
-- content/b.md --
+++
title = "B"
+++
Hier staat geen begrip.
-- content/woordenlijst/lokaal-team.md --
+++
title = "lokaal team"
term = "lokaal team"
kort = "Een team in de buurt."
+++
Uitleg.
-- themes/standaard/templates/base.mustache --
{{{main}}}{{#page.has_toggletips}}<script src="{{root}}js/toggletip.js"></script>{{/page.has_toggletips}}
-- themes/standaard/templates/page.mustache --
{{{page.content}}}
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["a.html"].find("data-kort=") != std::string::npos);
  CHECK(r.files["a.html"].find("js/toggletip.js") != std::string::npos);
  CHECK(r.files["b.html"].find("js/toggletip.js") == std::string::npos);
}

TEST_CASE("build - a glossary term in a table cell is linked and its text kept") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/a.md --
+++
title = "A"
+++
| Wie | Wat |
| --- | --- |
| Het lokaal team | helpt |
-- content/woordenlijst/lokaal-team.md --
+++
title = "lokaal team"
term = "lokaal team"
kort = "Een team in de buurt."
+++
Uitleg.
-- themes/standaard/templates/base.mustache --
{{{main}}}
-- themes/standaard/templates/page.mustache --
{{{page.content}}}
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  INFO(r.files["a.html"]);
  CHECK(r.files["a.html"].find("<td>Het <a class=\"term\"") != std::string::npos);
  CHECK(r.files["a.html"].find(">lokaal team</a></td>") != std::string::npos);
}

TEST_CASE("build - aliassen: an old address becomes a small redirect page with relative links") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/_index.md --
+++
title = "Home"
+++
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/06-nieuw.md --
+++
title = "Houding & kennis"
aliassen = ["kader/06-oud.html", "oud/pagina.html"]
+++
Tekst.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& old = r.files["kader/06-oud.html"];
  CHECK(old.find("<meta http-equiv=\"refresh\" content=\"0; url=06-nieuw.html\">") !=
        std::string::npos);
  CHECK(old.find("<link rel=\"canonical\" href=\"06-nieuw.html\">") != std::string::npos);
  CHECK(old.find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
  CHECK(old.find("<a href=\"06-nieuw.html\">Houding &amp; kennis</a>") != std::string::npos);
  CHECK(old.find("Content-Security-Policy") != std::string::npos);
  CHECK(r.files["oud/pagina.html"].find("url=../kader/06-nieuw.html\"") != std::string::npos);
}

TEST_CASE(
    "build - aliassen: '..', no .html, absolute, a clash with a page or another alias are errors "
    "at file:line:col") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "T"
-- content/_index.md --
+++
title = "Home"
+++
-- content/kader/a.md --
+++
title = "A"
aliassen = ["../buiten.html", "kader/oud", "/kader/x.html", "kader/b.html", "kader/dubbel.html"]
+++
-- content/kader/b.md --
+++
title = "B"
aliassen = ["kader/dubbel.html"]
+++
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("content/kader/a.md:3:13: fout: alias '../buiten.html' bevat '..'"));
  CHECK(r.has_message("fout: alias 'kader/oud' eindigt niet op .html"));
  CHECK(r.has_message("fout: alias '/kader/x.html' begint met /"));
  CHECK(r.has_message("fout: alias 'kader/b.html' botst met de pagina content/kader/b.md"));
  CHECK(r.has_message(
      "content/kader/b.md:3:13: fout: alias 'kader/dubbel.html' staat ook bij content/kader/a.md"));
  CHECK_FALSE(r.files.count("buiten.html"));
}
