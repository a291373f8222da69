#include "language/units.h"

#include <catch2/catch.hpp>

#include "core/toml_util.h"
#include "language/sentences.h"
#include "markdown/document.h"

using namespace ww;

TEST_CASE("units - Markdown blocks are units, with file positions") {
  auto doc = parse_markdown(
      "Eerste zin. Tweede\nzin hier.\n\n## Kop\n\n- Een punt\n- Nog een punt [@bron-2023, p. "
      "3].\n\n"
      "```\ncode. Niet meten.\n```\n",
      {});
  auto units = units_from_markdown(doc.get(), {"c.md", 10, 1});
  REQUIRE(units.size() == 4);
  CHECK(units[0].text == "Eerste zin. Tweede zin hier.");
  CHECK(units[0].pos_at(0).line == 10);
  CHECK(units[0].pos_at(0).col == 1);
  CHECK(units[0].pos_at(12).col == 13);   // "Tweede"
  CHECK(units[0].pos_at(19).line == 11);  // "zin hier."
  CHECK(units[0].pos_at(19).col == 1);
  CHECK(units[1].heading);
  CHECK(units[1].text == "Kop");
  CHECK(units[1].pos_at(0).line == 13);
  CHECK(units[1].pos_at(0).col == 4);
  CHECK(units[2].text == "Een punt");
  CHECK(units[2].pos_at(0).line == 15);
  CHECK(units[2].pos_at(0).col == 3);
  // The citation is blanked, not measured.
  CHECK(units[3].text.find('@') == std::string::npos);
  CHECK(split_words(units[3].text).size() == 3);
}

TEST_CASE("units - where a TOML string's text starts") {
  const std::string text = "+++\nkort = \"Kort.\"\ngewone_taal = \"\"\"\nTekst.\n\"\"\"\n+++\n";
  SourcePos kort = toml_string_origin(text, {"p.md", 2, 8});
  CHECK(kort.line == 2);
  CHECK(kort.col == 9);
  SourcePos multi = toml_string_origin(text, {"p.md", 3, 15});
  CHECK(multi.line == 4);
  CHECK(multi.col == 1);
}

TEST_CASE("units - visible text of a template") {
  const std::string tpl =
      "<nav aria-label=\"Kruimelpad\">\n<p>Dit is <a href=\"{{url}}\">een link</a> naar "
      "{{title}}.</p>\n"
      "<script src=\"x.js\">var a = 'Niet meten.';</script>\n<!-- Commentaar. -->\n"
      "{{#items}}<h2>Vorige pagina</h2>{{/items}}\n<img alt=\"Logo van de gemeente\" "
      "src=\"l.png\">\n";
  auto units = units_from_template(tpl, "base.mustache");
  REQUIRE(units.size() == 4);
  CHECK(units[0].text == "Kruimelpad");
  CHECK(units[0].pos_at(0).line == 1);
  CHECK(units[0].pos_at(0).col == 18);
  CHECK(units[1].text.find("Dit is") == 0);
  CHECK(units[1].text.find("een link") != std::string::npos);
  CHECK(units[1].pos_at(0).line == 2);
  CHECK(units[1].pos_at(0).col == 4);
  CHECK(units[2].heading);
  CHECK(units[2].text == "Vorige pagina");
  CHECK(units[3].text == "Logo van de gemeente");
}

TEST_CASE("units - a literature entry: its address and file name are no words (issue 19)") {
  auto doc = parse_markdown(
      "- Jeugdwet. (2014) <https://wetten.overheid.nl/BWBR0034925/2023-07-01/0>\n"
      "- Magnee, C. (2021). *Jeugdhulpgebruik*. [CPB-Notitie-Jeugdhulpgebruik.pdf]"
      "(https://www.cpb.nl/CPB-Notitie-Jeugdhulpgebruik.pdf)\n"
      "- Zie [de website van de VNG](https://vng.nl/) voor meer.\n",
      {});
  auto units = units_from_markdown(doc.get(), {"c.md", 1, 1});
  REQUIRE(units.size() == 3);
  CHECK(units[0].text.find("2023-07-01") == std::string::npos);
  const auto first = split_sentences(units[0].text);
  REQUIRE(first.size() == 1);                     // "(2014)" stays with "Jeugdwet."
  CHECK(split_words(units[0].text).size() == 2);  // "Jeugdwet", "2014"
  std::vector<std::string> words;
  for (const auto& r : split_words(units[1].text))
    words.emplace_back(units[1].text.substr(r.begin, r.end - r.begin));
  CHECK(words == std::vector<std::string>{"Magnee", "C", "2021", "Jeugdhulpgebruik"});
  // A link with words of its own is read.
  CHECK(units[2].text.find("de website van de VNG") != std::string::npos);
}
