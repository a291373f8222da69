#include "content/front_matter.h"

#include <catch2/catch.hpp>

#include "content/loader.h"

using namespace ww;

TEST_CASE("front matter - split into TOML and body with line numbers") {
  Diagnostics d;
  auto s = split_front_matter("+++\ntitle = \"A\"\n+++\n# Kop\n", "a.md", d);
  REQUIRE(s.has_value());
  CHECK(s->front == "title = \"A\"\n");
  CHECK(s->body == "# Kop\n");
  CHECK(s->body_line == 4);
}

TEST_CASE("front matter - missing, unclosed and empty") {
  Diagnostics d;
  CHECK_FALSE(split_front_matter("# Geen front matter\n", "a.md", d).has_value());
  CHECK_FALSE(split_front_matter("+++\ntitle = \"A\"\n# nooit dicht\n", "b.md", d).has_value());
  CHECK_FALSE(split_front_matter("", "c.md", d).has_value());
  REQUIRE(d.count(Severity::error) == 3);
  CHECK(d.items[1].message.find("niet afgesloten") != std::string::npos);
  CHECK(d.items[1].pos.line == 1);
  CHECK(d.items[2].message.find("leeg bestand") != std::string::npos);
}

TEST_CASE("front matter - TOML errors carry the file line and column") {
  Diagnostics d;
  auto p = load_page("+++\ntitle = \"A\"\nweight = \n+++\n", "kader/a.md", "content/kader/a.md", d);
  CHECK_FALSE(p.has_value());
  REQUIRE(d.has_errors());
  CHECK(d.items[0].pos.file == "content/kader/a.md");
  CHECK(d.items[0].pos.line == 3);
  CHECK(d.items[0].pos.col > 1);
}

TEST_CASE("front matter - wrong types and duplicate keys") {
  Diagnostics d;
  load_page("+++\ntitle = \"A\"\nweight = \"hoog\"\n+++\n", "a.md", "content/a.md", d);
  REQUIRE(d.has_errors());
  CHECK(format_diagnostic(d.items[0])
            .find("content/a.md:3:10: fout: 'weight' moet een geheel getal zijn") == 0);
  Diagnostics d2;
  load_page("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n", "a.md", "content/a.md", d2);
  REQUIRE(d2.has_errors());
  CHECK(d2.items[0].pos.line == 3);
}

TEST_CASE("front matter - schema per section") {
  Diagnostics d;
  auto p = load_page("+++\ntitle = \"K\"\nnummer = 14\nwaarde = \"dichtby\"\ntitel = \"x\"\n+++\n",
                     "basiskenmerken/x.md", "content/basiskenmerken/x.md", d);
  REQUIRE(p.has_value());
  std::string all;
  for (auto& i : d.items) all += format_diagnostic(i) + "\n";
  CHECK(all.find(":3:10: fout: 'nummer' moet tussen 1 en 13 liggen") != std::string::npos);
  CHECK(all.find(":4:10: fout: 'waarde' moet 'dichtbij', 'integraal' of 'mandaat' zijn") !=
        std::string::npos);
  CHECK(all.find(":5:1: fout: onbekende sleutel 'titel'") != std::string::npos);
  Diagnostics d2;
  load_page("+++\ntitle = \"K\"\n+++\n", "basiskenmerken/y.md", "content/basiskenmerken/y.md", d2);
  CHECK(d2.count(Severity::error) == 2);  // nummer and waarde missing
}

TEST_CASE("front matter - BOM and CRLF simply work") {
  Diagnostics d;
  auto p =
      load_page("\xEF\xBB\xBF+++\r\ntitle = \"A\"\r\n+++\r\nTekst\r\n", "a.md", "content/a.md", d);
  REQUIRE(p.has_value());
  CHECK_FALSE(d.has_errors());
  CHECK(p->title == "A");
  CHECK(p->body == "Tekst\n");
}

TEST_CASE("front matter - invalid UTF-8 is reported with its position") {
  Diagnostics d;
  auto p = load_page("+++\ntitle = \"A\"\n+++\nfo\xE9 bar\n", "a.md", "content/a.md", d);
  CHECK_FALSE(p.has_value());
  REQUIRE(d.has_errors());
  CHECK(d.items[0].pos.line == 4);
  CHECK(d.items[0].pos.col == 3);
}
