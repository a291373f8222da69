// Safe output: raw HTML from content is shown, not run; template values are escaped unless the
// generator made the HTML itself; external links get rel="noopener noreferrer"; content cannot
// produce javascript: URLs; every page of the standard theme carries the Content-Security-Policy.
#include <catch2/catch.hpp>
#include <regex>

#include "bad/bad_site.h"
#include "support/mini_site.h"
#include "templates/template_check.h"

namespace fs = std::filesystem;
using namespace ww;
using namespace ww::test;

namespace {

/// The policy base.mustache must carry (docs/templates.md): only the site's own scripts and
/// styles, no inline script or style, no plugins, no <base> hijack.
const std::string kPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src "
    "'none'; "
    "base-uri 'none'; form-action 'self'";

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

}  // namespace

TEST_CASE("safe output - raw HTML in content is escaped by default") {
  auto fs = mini_site(R"site(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
<script>alert(1)</script>

Tekst met <img src=x onerror=alert(2)> en <a href="javascript:alert(3)">klik</a>.

<div onclick="alert(4)">blok</div>
)site");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string html = lower(r.files["index.html"]);
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<img"));
  CHECK_FALSE(contains(html, "<div onclick"));
  CHECK_FALSE(contains(html, "<a href=\"javascript"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(html, "&lt;img src=x onerror=alert(2)&gt;"));
}

TEST_CASE("safe output - unsafe_html = true is the only way to let raw HTML through") {
  auto fs = mini_site(R"site(
-- site-config.toml --
title = "Test"
[markdown]
unsafe_html = true
-- content/_index.md --
+++
title = "Home"
+++
<span class="eigen">HTML van de redactie</span>
)site");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(contains(r.files["index.html"], "<span class=\"eigen\">HTML van de redactie</span>"));
}

TEST_CASE("safe output - template values are HTML-escaped") {
  auto fs = mini_site(R"site(
-- site-config.toml --
title = "Site <b>&</b>"
-- content/_index.md --
+++
title = "<script>alert(1)</script> \"x\""
description = "\"><script>alert(2)</script>"
kort = "<img src=x onerror=alert(3)>"
+++
Tekst.
-- themes/standaard/templates/base.mustache --
<html><head><title>{{page.title}} | {{site.title}}</title><meta name="description" content="{{page.description}}"></head><body>{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1><p>{{page.kort}}</p>{{{page.content}}}
)site");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& html = r.files["index.html"];
  CHECK_FALSE(contains(lower(html), "<script"));
  CHECK_FALSE(contains(lower(html), "<img"));
  CHECK(contains(html, "content=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;"));
  CHECK(contains(html, "Site &lt;b&gt;&amp;&lt;/b&gt;"));
}

TEST_CASE("safe output - a template may print only generator-made HTML unescaped") {
  auto fs = mini_site(R"site(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
-- themes/standaard/templates/base.mustache --
<html><head><title>{{{page.title}}}</title></head><body>{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
<p>{{& page.kort}}</p>{{{page.content}}}
)site");
  auto r = build_memory(fs);
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("themes/standaard/templates/base.mustache:1:20: fout: 'page.title' komt zonder "
                    "HTML-escaping"));
  CHECK(r.has_message(
      "themes/standaard/templates/page.mustache:1:4: fout: 'page.kort' komt zonder HTML-escaping"));
  CHECK(r.files.empty());
  // What the generator marks safe is HTML it rendered itself, never a raw content value.
  for (const auto& name : generator_html_names()) {
    INFO(name);
    CHECK(name != "page.title");
    CHECK(name != "page.kort");
    CHECK(name != "page.description");
  }
}

TEST_CASE("safe output - external links get rel=\"noopener noreferrer\", internal links do not") {
  auto fs = mini_site(R"site(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Zie [VNG](https://vng.nl/ "De VNG"), <https://example.org/pad?a=1&b=2>, www.rijksoverheid.nl en [a](kader/a.md).
-- content/kader/a.md --
+++
title = "A"
+++
-- content/kader/_index.md --
+++
title = "Kader"
+++
)site");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& html = r.files["index.html"];
  CHECK(contains(
      html, "<a href=\"https://vng.nl/\" rel=\"noopener noreferrer\" title=\"De VNG\">VNG</a>"));
  CHECK(contains(html,
                 "<a href=\"https://example.org/pad?a=1&amp;b=2\" rel=\"noopener noreferrer\">"));
  CHECK(contains(html, "<a href=\"kader/a.html\">a</a>"));
  // Every external link in the page carries the rel attribute.
  static const std::regex external(R"re(<a href="(https?:)?//[^"]*"([^>]*)>)re");
  int seen = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), external);
       it != std::sregex_iterator(); ++it) {
    INFO((*it)[0].str());
    CHECK(contains((*it)[2].str(), "rel=\"noopener noreferrer\""));
    ++seen;
  }
  CHECK(seen >= 3);
}

TEST_CASE("safe output - no javascript: URL from content reaches a page") {
  const char* spellings[] = {
      "[a](javascript:alert(1))",
      "[a](JAVASCRIPT:alert(1))",
      "[a](&#106;avascript:alert(1))",
      "[a](java&#x09;script:alert(1))",
      "<javascript:alert(1)>",
      "![a](javascript:alert(1))",
      "[a][r]\n\n[r]: javascript:alert(1)",
      "[a](vbscript:msgbox(1))",
      "[a](data:text/html,<script>x</script>)",
  };
  for (const char* link : spellings) {
    INFO(link);
    auto fs = mini_site(
        std::string("-- site-config.toml --\ntitle = \"T\"\n-- content/_index.md --\n+++\ntitle = "
                    "\"Home\"\n+++\nTekst.\n\n") +
        link + "\n");
    auto r = build_memory(fs);
    INFO(r.messages());
    CHECK_FALSE(r.ok);
    CHECK(r.has_message("content/_index.md:"));
    CHECK(r.has_message("onveilige link"));
    for (const auto& [path, html] : r.files) CHECK_FALSE(contains(lower(html), "script:"));
  }
}

TEST_CASE(
    "safe output - the standard theme: CSP meta first in head, no inline script, style or "
    "handler") {
  const fs::path dir = fs::path(WEGWIJZER_SOURCE_DIR) / "themes/standaard/templates";
  const std::string base = ww::bad::read_file(dir / "base.mustache");
  const std::string meta =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"" + kPolicy + "\">";
  REQUIRE(contains(base, meta));
  // Before anything that loads a resource.
  CHECK(base.find(meta) < base.find("<link"));
  CHECK(base.find(meta) < base.find("<title"));
  static const std::regex handler(R"(\son[a-z]+\s*=)", std::regex::icase);
  static const std::regex inline_script(R"(<script(?![^>]*\bsrc=)[^>]*>)", std::regex::icase);
  int templates = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".mustache") continue;
    static const std::regex comment(R"(\{\{![\s\S]*?\}\})");
    const std::string text = std::regex_replace(ww::bad::read_file(e.path()), comment, "");
    INFO(e.path().string());
    CHECK_FALSE(std::regex_search(text, inline_script));
    CHECK_FALSE(std::regex_search(text, handler));
    CHECK_FALSE(contains(text, "style=\""));
    CHECK_FALSE(contains(lower(text), "<style"));
    CHECK_FALSE(contains(lower(text), "javascript:"));
    ++templates;
  }
  CHECK(templates > 5);
}

TEST_CASE("safe output - every page the real binary builds carries the CSP meta") {
  ww::bad::TempDir t("csp");
  ww::bad::Expectation e;
  e.exit_code = 0;
  e.files = {"index.html", "kader.html", "kader/a.html"};
  const std::string meta =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"" + kPolicy + "\">";
  e.contains = {{"index.html", meta}, {"kader.html", meta}, {"kader/a.html", meta}};
  ww::bad::Outcome o = ww::bad::run_case(t.path / "site", {}, e);
  std::string problems;
  for (const auto& p : o.problems) problems += "  - " + p + "\n";
  INFO(problems + "--- output ---\n" + o.output);
  CHECK(o.problems.empty());
  int pages = 0;
  for (const auto& f : fs::recursive_directory_iterator(t.path / "site/public")) {
    if (f.path().extension() != ".html") continue;
    INFO(f.path().string());
    CHECK(contains(ww::bad::read_file(f.path()), meta));
    ++pages;
  }
  CHECK(pages >= 3);
}
