#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}

MemoryFileSystem notes_site(const std::string& page) {
  return mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[hervormingsagenda-2023]
titel = "Hervormingsagenda Jeugd 2023-2028"
auteur = "Rijksoverheid en VNG"
jaar = "2023"
uitgever = "Rijksoverheid"
url = "https://www.rijksoverheid.nl/hervormingsagenda"

[nji-2023]
titel = "Schaarse jeugdhulp"
jaar = "2023"
uitgever = "NJi"
-- content/kader/a.md --
)" + page);
}

}  // namespace

TEST_CASE("notes - citations with pages and several keys become numbered notes") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
Eerste zin [@hervormingsagenda-2023, p. 29]. Tweede zin [@nji-2023; @hervormingsagenda-2023].
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("Eerste zin<sup class=\"noot-ref\"><a id=\"noot-1-ref\" href=\"#noot-1\" "
                  "role=\"doc-noteref\" "
                  "aria-describedby=\"noten\"><span class=\"visueel-verborgen\">noot "
                  "</span>1</a></sup>.") != std::string::npos);
  CHECK(html.find("href=\"#noot-2\"") != std::string::npos);
  CHECK(html.find("<h2 id=\"noten\">Bronnen en voetnoten</h2>") != std::string::npos);
  CHECK(html.find("<li id=\"noot-1\">\n<p>Rijksoverheid en VNG (2023). <a "
                  "href=\"../bronnen.html#bron-hervormingsagenda-"
                  "2023\"><cite>Hervormingsagenda Jeugd 2023-2028</cite></a>, p. 29.</p>") !=
        std::string::npos);
  CHECK(html.find("<li id=\"noot-2\">\n<p><a href=\"../bronnen.html#bron-nji-2023\"><cite>Schaarse "
                  "jeugdhulp</cite></a> "
                  "(2023); Rijksoverheid en VNG (2023).") != std::string::npos);
  CHECK(html.find("<a href=\"#noot-1-ref\" role=\"doc-backlink\">Terug naar de tekst<span "
                  "class=\"visueel-verborgen\"> "
                  "bij noot 1</span></a>") != std::string::npos);
}

TEST_CASE("notes - citations and footnotes are numbered together in order of first use") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
Een voetnoot[^uitleg] en dan een bron [@nji-2023]. Dezelfde bron [@nji-2023] en de voetnoot weer[^uitleg].
Nog een voetnoot[^2].

[^2]: Tweede uitleg, met een bron [@hervormingsagenda-2023].
[^uitleg]: De uitleg.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  const std::size_t n1 = html.find("<li id=\"noot-1\">"), n2 = html.find("<li id=\"noot-2\">"),
                    n3 = html.find("<li id=\"noot-3\">");
  REQUIRE(n3 != std::string::npos);
  CHECK(count(html, "<li id=\"noot-") == 3);
  CHECK(html.find("De uitleg.", n1) < n2);          // footnote first
  CHECK(html.find("Schaarse jeugdhulp", n2) < n3);  // then the citation
  CHECK(html.find("Tweede uitleg", n3) != std::string::npos);
  // A repeat gets the same number and a second back-link.
  CHECK(html.find("id=\"noot-2-ref-2\"") != std::string::npos);
  CHECK(html.find("id=\"noot-1-ref-2\"") != std::string::npos);
  CHECK(html.find("<a href=\"#noot-2-ref-2\" role=\"doc-backlink\">Terug naar de tekst (2)") !=
        std::string::npos);
  // A citation inside a footnote is written out in brackets, not a note of its own.
  CHECK(html.find("met een bron (Rijksoverheid en VNG (2023). <a "
                  "href=\"../bronnen.html#bron-hervormingsagenda-2023\">") != std::string::npos);
  // cmark-gfm's own English footnote section is gone.
  CHECK(html.find("footnotes") == std::string::npos);
  CHECK(html.find("data-footnote") == std::string::npos);
}

TEST_CASE("notes - an unknown key is an error at file:line:col with a suggestion") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
Regel een.

Zie ook [@nji-2023; @hervormingsagenda-2024, p. 3].
)"));
  CHECK_FALSE(r.ok);
  INFO(r.messages());
  CHECK(r.has_message(
      "content/kader/a.md:6:21: fout: onbekende bron '@hervormingsagenda-2024' [onbekende-bron]"));
  CHECK(r.has_message("hint: bedoelde u 'hervormingsagenda-2023'?"));
}

TEST_CASE("notes - every unknown key is reported, and a footnote without text") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
[@x1] en [@x2] en noot[^zoek].
)"));
  CHECK_FALSE(r.ok);
  INFO(r.messages());
  CHECK(r.has_message("a.md:4:2: fout: onbekende bron '@x1'"));
  CHECK(r.has_message("a.md:4:11: fout: onbekende bron '@x2'"));
  CHECK(r.has_message("a.md:4:23: fout: voetnoot '[^zoek]' heeft geen tekst"));
}

TEST_CASE("notes - a footnote definition nobody uses is a warning, a citation in a heading too") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
## Kop [@nji-2023]

Tekst.

[^weg]: Niet gebruikt.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.has_message(
      "a.md:8:1: waarschuwing: voetnoot '[^weg]' wordt nergens in de tekst gebruikt"));
  CHECK(r.has_message("een bronverwijzing in een kop wordt niet verwerkt"));
}

TEST_CASE("notes - each page numbers its own notes, bronnen.html lists sources and citing pages") {
  auto fs = notes_site(R"(+++
title = "Pagina A"
+++
Tekst [@nji-2023].
)");
  fs.add("content/kader/b.md",
         "+++\ntitle = \"Pagina B\"\n+++\nTekst [@hervormingsagenda-2023] en [@nji-2023].\n");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  INFO(r.files["kader/b.html"]);
  CHECK(r.files["kader/b.html"].find("<li id=\"noot-1\">\n<p>Rijksoverheid") != std::string::npos);
  CHECK(r.files["kader/b.html"].find(
            "<li id=\"noot-2\">\n<p><a href=\"../bronnen.html#bron-nji-2023\"") !=
        std::string::npos);
  const auto& bronnen = r.files["bronnen.html"];
  const std::size_t h = bronnen.find("<li id=\"bron-hervormingsagenda-2023\">"),
                    n = bronnen.find("<li id=\"bron-nji-2023\">");
  REQUIRE(h != std::string::npos);
  REQUIRE(n != std::string::npos);
  CHECK(bronnen.find("Rijksoverheid en VNG (2023). <cite>Hervormingsagenda Jeugd 2023-2028</cite>. "
                     "Rijksoverheid.",
                     h) < n);
  CHECK(
      bronnen.find(
          "<a href=\"https://www.rijksoverheid.nl/hervormingsagenda\" rel=\"noopener noreferrer\">",
          h) < n);
  CHECK(bronnen.find("<p>Genoemd op:</p>", n) != std::string::npos);
  CHECK(bronnen.find("<a href=\"kader/a.html\">Pagina A</a>", n) != std::string::npos);
  CHECK(bronnen.find("<a href=\"kader/b.html\">Pagina B</a>", n) != std::string::npos);
  CHECK(bronnen.find("<a href=\"kader/a.html\">", h) > n);  // A does not cite the Hervormingsagenda
}

TEST_CASE("notes - a page without notes gets no notes list") {
  auto r = build_memory(notes_site("+++\ntitle = \"A\"\n+++\nGewoon tekst, mail [info@vng.nl].\n"));
  INFO(r.messages());
  REQUIRE(r.ok);
  INFO(r.files["kader/a.html"]);
  CHECK(r.files["kader/a.html"].find("class=\"noten\"") == std::string::npos);
  CHECK(r.files["kader/a.html"].find("info@vng.nl</a>].") != std::string::npos);
}

TEST_CASE("notes - a citation in a table cell stays text with a warning, and nothing is lost") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
| wie | bron |
| --- | --- |
| NJi | zie [@nji-2023] |
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.has_message(
      "a.md:6:13: waarschuwing: een bronverwijzing in een tabel wordt niet verwerkt"));
  CHECK(r.files["kader/a.html"].find("<td>zie [@nji-2023]</td>") != std::string::npos);
}

TEST_CASE("notes - a note from the kader shows the kader's own number, the site numbers per page") {
  auto r = build_memory(notes_site(R"(+++
title = "A"
+++
Eerst[^voetnoot-17] en dan [@nji-2023; eindnoot xlii] en [@nji-2023; eindnoot xliii] en [@nji-2023].
Een eigen noot[^1].

[^voetnoot-17]: Tekst van voetnoot 17.
[^1]: Een noot van de website.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("<li id=\"noot-1\">\n<p><span class=\"noot-kader\">Voetnoot 17 in het "
                  "kader</span></p>\n<p>Tekst van "
                  "voetnoot 17.</p>") != std::string::npos);
  CHECK(html.find("<li id=\"noot-2\">\n<p><span class=\"noot-kader\">Eindnoot xlii in het "
                  "kader</span></p>") != std::string::npos);
  // Two endnotes that cite the same source stay two notes; a citation without a number gets none.
  CHECK(html.find("<li id=\"noot-3\">\n<p><span class=\"noot-kader\">Eindnoot xliii in het "
                  "kader</span></p>") != std::string::npos);
  CHECK(html.find("<li id=\"noot-4\">\n<p>") != std::string::npos);
  CHECK(html.find("<li id=\"noot-5\">\n<p>Een noot van de website.") != std::string::npos);
  CHECK(count(html, "noot-kader") == 3);
  CHECK(html.find("eindnoot xlii]") == std::string::npos);
}

TEST_CASE(
    "notes - a URL in a source's notitie on bronnen.html is a link, not literal <https://…>") {
  auto fs = notes_site("+++\ntitle = \"A\"\n+++\nZin [@nji-2023].\n");
  fs.add("content/bronnen.toml", R"x(
[nji-2023]
titel = "Schaarse jeugdhulp"
notitie = "Ook als pdf: <https://example.org/a.pdf> en <javascript:alert(1)>."
)x");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["bronnen.html"];
  INFO(html);
  CHECK(
      html.find("<p class=\"bron-notitie\">Ook als pdf: <a href=\"https://example.org/a.pdf\" "
                "rel=\"noopener "
                "noreferrer\">https://example.org/a.pdf</a> en &lt;javascript:alert(1)&gt;.</p>") !=
      std::string::npos);
}

TEST_CASE(
    "notes - a kader endnote shows the kader's own words from eindnoten.toml, then the source") {
  auto fs = notes_site(
      "+++\ntitle = \"A\"\n+++\nZin [@nji-2023, p. 3; eindnoot iv]. Zin [@nji-2023; eindnoot "
      "v].\n");
  fs.add("content/eindnoten.toml",
         "iv = \"NJi (2023) *Schaarse jeugdhulp* p3, <https://example.org/x>\"\n");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(
      html.find(
          "<p><span class=\"noot-kader\">Eindnoot iv in het kader</span></p>\n<p>NJi (2023) "
          "<em>Schaarse "
          "jeugdhulp</em> p3, <a href=\"https://example.org/x\">https://example.org/x</a></p>\n<p "
          "class=\"noot-bron\">Bron: <a href=\"../bronnen.html#bron-nji-2023\"><cite>Schaarse "
          "jeugdhulp</cite></a> (2023), p. 3.") != std::string::npos);
  // Without a text in eindnoten.toml the note is the source as bronnen.toml gives it.
  CHECK(html.find("<p><span class=\"noot-kader\">Eindnoot v in het kader</span></p>\n<p><a "
                  "href=\"../bronnen.html#bron-nji-2023\">") != std::string::npos);
}
