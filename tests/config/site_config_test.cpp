#include <catch2/catch.hpp>

#include "config/site_config.h"

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
  parse_site_config("title = \"X\"\ntitel = \"Y\"\n[markdown]\nunsafe = true\n", "site-config.toml", d);
  REQUIRE(d.count(Severity::error) == 2);
  CHECK(format_diagnostic(d.items[0]).rfind("site-config.toml:2:1: fout: onbekende sleutel 'titel'", 0) == 0);
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
  CHECK(format_diagnostic(bad.items[0]).rfind("site-config.toml:2:16: fout: kader_editie '../2024' is geen geldige editie",
                                               0) == 0);
}
