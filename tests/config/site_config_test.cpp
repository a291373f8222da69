#include "config/site_config.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("config - reads all sections") {
  Diagnostics d;
  auto c = parse_site_config(R"(title = "Kader"
versie = "2024.03"
datum = 2024-03-01
base_url = "https://example.org/kader/"
overlays = ["lokaal"]
[markdown]
unsafe_html = true
[gemeente]
naam = "Gemeente X"
[thema]
tokens = "tokens.css"
klasse = "x-theme"
[taal]
max_zinslengte = 18
)",
                             "site/site-config.toml", d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(c.title == "Kader");
  CHECK(c.datum == "2024-03-01");
  CHECK(c.unsafe_html);
  CHECK(c.gemeente.naam == "Gemeente X");
  CHECK(c.thema.klasse == "x-theme");
  CHECK(c.taal.max_zinslengte == 18);
  CHECK(c.overlays == std::vector<std::string>{"lokaal"});
  CHECK(c.resolve("content") == "site/content");
  CHECK(c.short_name == "kader");
}

TEST_CASE("config - unknown keys are errors with line:col and a hint") {
  Diagnostics d;
  parse_site_config("title = \"X\"\ntitel = \"Y\"\n[markdown]\nunsafe = true\n", "site-config.toml",
                    d);
  REQUIRE(d.count(Severity::error) == 2);
  CHECK(format_diagnostic(d.items[0])
            .rfind("site-config.toml:2:1: fout: onbekende sleutel 'titel'", 0) == 0);
  CHECK(d.items[0].hint == "bedoelde u 'title'?");
  CHECK(d.items[1].pos.line == 4);
}

TEST_CASE("config - wrong types and syntax errors") {
  Diagnostics d;
  parse_site_config("title = 3\n", "c.toml", d);
  REQUIRE(d.has_errors());
  CHECK(d.items[0].message.find("'title' moet tekst zijn") != std::string::npos);
  Diagnostics d2;
  parse_site_config("title = \"x\"\ntitle = \"y\"\n", "c.toml", d2);
  REQUIRE(d2.has_errors());
  CHECK(d2.items[0].pos.line == 2);
}

TEST_CASE("config - kader_editie names the VNG edition and must fit in a file name") {
  Diagnostics d;
  auto c = parse_site_config("title = \"X\"\nkader_editie = \"2024.03\"\n", "site-config.toml", d);
  CHECK_FALSE(d.has_errors());
  CHECK(c.kader_editie == "2024.03");
  Diagnostics bad;
  parse_site_config("title = \"X\"\nkader_editie = \"../2024\"\n", "site-config.toml", bad);
  REQUIRE(bad.count(Severity::error) == 1);
  CHECK(format_diagnostic(bad.items[0])
            .rfind("site-config.toml:2:16: fout: kader_editie '../2024' is geen geldige editie",
                   0) == 0);
}

TEST_CASE("config - short_name and versie become file names: only safe characters, with line:col") {
  for (const char* v :
       {"x/../../../tmp/evil", "..", ".verborgen", "a\\\\b", "naam met spatie", "-optie", "a:b"}) {
    INFO(v);
    Diagnostics d;
    parse_site_config(
        std::string("title = \"T\"\nversie = \"") + v + "\"\nshort_name = \"" + v + "\"\n",
        "site-config.toml", d);
    std::string all;
    for (const auto& i : d.items) all += format_diagnostic(i) + "\n";
    INFO(all);
    CHECK(all.find("site-config.toml:2:10: fout: 'versie' wordt een deel van een bestandsnaam") !=
          std::string::npos);
    CHECK(
        all.find("site-config.toml:3:14: fout: 'short_name' wordt een deel van een bestandsnaam") !=
        std::string::npos);
  }
  Diagnostics t;
  parse_site_config("title = \"T\"\ntheme = \"../../../../tmp/thema\"\n", "site-config.toml", t);
  REQUIRE(t.items.size() == 1);
  CHECK(format_diagnostic(t.items[0])
            .rfind("site-config.toml:2:9: fout: 'theme' wordt een deel van een bestandsnaam", 0) ==
        0);
  Diagnostics d;
  parse_site_config(
      "title = \"T\"\nversie = \"2024.03-kw1\"\nshort_name = \"kader_toegang\"\ntheme = "
      "\"mijn-thema\"\n",
      "s.toml", d);
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("config - web addresses accept only http(s)") {
  for (const char* v :
       {"javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x",
        "vbscript:x", "file:///etc/passwd", "//evil.example", "www.gemeente.nl", "https://",
        "https://a.nl/\\\" onclick=\\\"x", "https://a .nl"}) {
    INFO(v);
    Diagnostics d;
    parse_site_config(std::string("title = \"T\"\nbase_url = \"") + v +
                          "\"\n[gemeente]\nwebsite = \"" + v + "\"\nurl = \"" + v + "\"\n",
                      "site-config.toml", d);
    std::string all;
    for (const auto& i : d.items) all += format_diagnostic(i) + "\n";
    INFO(all);
    CHECK(all.find("site-config.toml:2:12: fout: 'base_url' moet een webadres zijn") !=
          std::string::npos);
    CHECK(all.find("site-config.toml:4:11: fout: '[gemeente] website' moet een webadres zijn") !=
          std::string::npos);
    CHECK(all.find("site-config.toml:5:7: fout: '[gemeente] url' moet een webadres zijn") !=
          std::string::npos);
  }
  Diagnostics d;
  parse_site_config(
      "title = \"T\"\nbase_url = \"https://kader.example.nl/\"\n[gemeente]\nwebsite = "
      "\"HTTP://www.gemeente.nl\"\nurl = \"https://www.gemeente.nl/contact?x=1#a\"\n",
      "site-config.toml", d);
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("config - toegestane_mappen is read with its position") {
  Diagnostics d;
  auto c = parse_site_config(
      "title = \"T\"\ncontent_dir = \"../../content\"\ntoegestane_mappen = [\"../../content\"]\n",
      "site-config.toml", d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(c.toegestane_mappen == std::vector<std::string>{"../../content"});
  CHECK(c.toegestane_mappen_pos.line == 3);
  CHECK(c.content_dir_pos.line == 2);
}
