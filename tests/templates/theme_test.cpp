#include "templates/theme.h"

#include <catch2/catch.hpp>

#include "templates/template_check.h"

using namespace ww;

namespace {
SiteConfig cfg() {
  SiteConfig c;
  c.file = "site-config.toml";
  return c;
}
}  // namespace

TEST_CASE("theme - site templates and static files override the theme's by path") {
  MemoryFileSystem fs;
  fs.add("themes/standaard/templates/base.mustache", "theme base {{{main}}}");
  fs.add("themes/standaard/templates/page.mustache", "theme page {{> kop}}");
  fs.add("themes/standaard/templates/partials/kop.mustache", "theme kop");
  fs.add("templates/page.mustache", "site page {{> kop}}");
  fs.add("templates/partials/kop.mustache", "site kop");
  fs.add("themes/standaard/static/css/a.css", "theme a");
  fs.add("themes/standaard/static/css/b.css", "theme b");
  fs.add("static/css/b.css", "site b");
  fs.add("assets/logo.svg", "<svg/>");
  Diagnostics d;
  Theme t = load_theme(fs, cfg(), d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(t.templates.at("base").text == "theme base {{{main}}}");
  CHECK(t.templates.at("page").text == "site page site kop");
  REQUIRE(t.statics.size() == 3);
  CHECK(t.statics[0].output == "assets/logo.svg");
  CHECK(t.statics[1].file == "themes/standaard/static/css/a.css");
  CHECK(t.statics[2].file == "static/css/b.css");
}

TEST_CASE("theme - missing theme, missing template, unknown partial") {
  MemoryFileSystem fs;
  Diagnostics d;
  load_theme(fs, cfg(), d);
  REQUIRE(d.has_errors());
  CHECK(d.items[0].rule == "thema-ontbreekt");
  fs.add("themes/standaard/templates/page.mustache", "x\n{{> bestaatniet}}");
  Diagnostics d2;
  load_theme(fs, cfg(), d2);
  std::string all;
  for (auto& i : d2.items) all += format_diagnostic(i) + "\n";
  CHECK(all.find("page.mustache:2:1: fout: onbekende partial 'bestaatniet'") != std::string::npos);
  CHECK(all.find("'base.mustache' ontbreekt") != std::string::npos);
}

TEST_CASE("theme - template check finds unknown variables and syntax errors") {
  MemoryFileSystem fs;
  fs.add("themes/standaard/templates/base.mustache", "{{{main}}}\n{{site.titl}}");
  fs.add("themes/standaard/templates/page.mustache",
         "{{#page.toc}}{{text}}{{/page.toc}} {{page.params.anything}}");
  fs.add("themes/standaard/templates/home.mustache", "{{#page}}kapot");
  Diagnostics d;
  Theme t = load_theme(fs, cfg(), d);
  check_templates(t, d);
  std::string all;
  for (auto& i : d.items) all += format_diagnostic(i) + "\n";
  CHECK(all.find("base.mustache:2:1: fout: onbekende templatevariabele 'site.titl'") !=
        std::string::npos);
  CHECK(all.find("home.mustache") != std::string::npos);
  CHECK(all.find("page.mustache") == std::string::npos);
}

TEST_CASE("theme - the built-in folders are searched in order, the error names every folder") {
  MemoryFileSystem fs;
  fs.add("/usr/share/wegwijzer/themes/standaard/templates/base.mustache", "installed");
  fs.add("/usr/share/wegwijzer/themes/standaard/templates/page.mustache", "installed");
  fs.add("/src/themes/standaard/templates/base.mustache", "checkout");
  fs.add("/src/themes/standaard/templates/page.mustache", "checkout");
  Diagnostics d;
  Theme t = load_theme(fs, cfg(), d, {"/env/themes", "/usr/share/wegwijzer/themes", "/src/themes"});
  CHECK_FALSE(d.has_errors());
  CHECK(t.dir == "/usr/share/wegwijzer/themes/standaard");
  CHECK(t.templates.at("base").text == "installed");

  Diagnostics none;
  load_theme(fs, cfg(), none, {"/env/themes", "/opt/x/share/wegwijzer/themes", "/opt/x/themes"});
  REQUIRE(none.items.size() == 1);
  const std::string msg = format_diagnostic(none.items[0]);
  CHECK(msg.find(
            "fout: thema 'standaard' niet gevonden; gezocht in: themes/standaard, "
            "/env/themes/standaard, "
            "/opt/x/share/wegwijzer/themes/standaard, /opt/x/themes/standaard [thema-ontbreekt]") !=
        std::string::npos);
}

TEST_CASE("theme - which templates can fail while rendering (a partial or delimiter tag left)") {
  // Only such a tag makes kainjow parse data as a template while rendering; check renders a
  // page only then.
  for (const char* text : {"{{> kort}}", "{{ > kort}}", "{{\n>kort}}", "a {{=<% %>=}} <%> b %>",
                           "{{ = | | = }}", "{{{ > x}}}", "{{& =x}}"}) {
    INFO(text);
    CHECK(may_fail_when_rendered(text));
  }
  for (const char* text :
       {"", "<p>{{page.title}}</p>", "{{#a}}{{^b}}x{{/b}}{{/a}}",
        "{{{main}}} {{&page.content}} {{! > comment =}}", "a > b = c {{", "{ {> x}} {{x}}>"}) {
    INFO(text);
    CHECK_FALSE(may_fail_when_rendered(text));
  }
  // The standard theme's templates, its partials expanded, hold none.
  DiskFileSystem fs;
  SiteConfig c = cfg();
  c.theme = "standaard";
  Diagnostics diags;
  const Theme theme = load_theme(fs, c, diags, {"themes"});
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(theme.templates.size() > 5);
  for (const auto& [name, t] : theme.templates) {
    INFO(name);
    CHECK_FALSE(may_fail_when_rendered(t.text));
  }
}
