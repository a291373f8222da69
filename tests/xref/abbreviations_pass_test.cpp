#include "xref/abbreviations_pass.h"

#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

MemoryFileSystem abbr_site(const std::string& page) {
  return mini_site(R"x(
-- site-config.toml --
title = "Test"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
ggz = "geestelijke gezondheidszorg"
GGZ = "geestelijke gezondheidszorg"
ZJO = "Zorg, Jeugd en Onderwijs (commissie van de VNG)"
-- content/kader/a.md --
)x" + page);
}

}  // namespace

TEST_CASE("abbreviations - written_out") {
  CHECK(written_out("Wmo", "Wet maatschappelijke ondersteuning") ==
        "Wet maatschappelijke ondersteuning (Wmo)");
  CHECK(written_out("ZJO", "Zorg, Jeugd en Onderwijs (commissie van de VNG)") ==
        "Zorg, Jeugd en Onderwijs (ZJO, commissie van de VNG)");
  CHECK(written_out("RvS", "Raad van State (RvS)") == "Raad van State (RvS)");
}

TEST_CASE(
    "abbreviations - the words stay: first use links to its entry with the expansion, later uses "
    "in abbr") {
  auto r = build_memory(abbr_site(R"(+++
title = "A"
+++
De gemeente voert de Wmo uit. Ook de Wmo en de Wmo-consulent.

Daarna weer de Wmo.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find(
            "De gemeente voert de <a class=\"term afkorting\" "
            "href=\"../afkortingen.html#afkorting-wmo\" "
            "data-term=\"Wmo\" data-kort=\"Wet maatschappelijke ondersteuning\"><abbr title=\"Wet "
            "maatschappelijke ondersteuning\">Wmo</abbr></a> uit. Ook de <abbr title=\"Wet "
            "maatschappelijke ondersteuning\">Wmo</abbr> en de Wmo-consulent.") !=
        std::string::npos);
  CHECK(
      html.find("Daarna weer de <abbr title=\"Wet maatschappelijke ondersteuning\">Wmo</abbr>.") !=
      std::string::npos);
  CHECK(html.find("Wet maatschappelijke ondersteuning (Wmo)") ==
        std::string::npos);  // never written out
  CHECK(r.files["afkortingen.html"].find("<dt id=\"afkorting-wmo\"><abbr>Wmo</abbr></dt>") !=
        std::string::npos);
}

TEST_CASE("abbreviations - at the start of a sentence nothing is written out or capitalised") {
  auto r = build_memory(abbr_site("+++\ntitle = \"A\"\n+++\nHulp. ggz is nodig.\n"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("Hulp. <a class=\"term afkorting\" href=\"../afkortingen.html#afkorting-ggz\"") !=
        std::string::npos);
  CHECK(html.find("Geestelijke") == std::string::npos);
}

TEST_CASE("abbreviations - no link where the paragraph already spells it out") {
  auto r = build_memory(abbr_site(R"(+++
title = "A"
+++
De Wet maatschappelijke ondersteuning (Wmo) regelt veel. De Wmo is van 2015.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("De Wet maatschappelijke ondersteuning (<abbr title=\"Wet maatschappelijke "
                  "ondersteuning\">Wmo</abbr>) "
                  "regelt veel. De <abbr title=\"Wet maatschappelijke ondersteuning\">Wmo</abbr> "
                  "is van 2015.") != std::string::npos);
  CHECK(html.find("afkorting-wmo") == std::string::npos);
}

TEST_CASE("abbreviations - case-sensitive, whole words, never in headings, links or code") {
  auto r = build_memory(abbr_site(R"(+++
title = "A"
+++
## Over de Wmo

Zie [de Wmo](b.md) en `Wmo` en WMO en Wmoo.
-- content/kader/b.md --
+++
title = "B"
+++
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("Wet maatschappelijke") == std::string::npos);
  CHECK(html.find("<abbr") == std::string::npos);
  CHECK(html.find("afkorting-wmo") == std::string::npos);
  CHECK(html.find("WMO en Wmoo.") != std::string::npos);
}

TEST_CASE("abbreviations - afkortingen.html lists every abbreviation with the pages that use it") {
  auto fs = abbr_site("+++\ntitle = \"Pagina A\"\n+++\nDe Wmo en de GGZ.\n");
  fs.add("content/kader/b.md", "+++\ntitle = \"Pagina B\"\n+++\n## Wmo\n\nDe ggz.\n");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& page = r.files["afkortingen.html"];
  INFO(page);
  // ggz and GGZ mean the same: one entry, both spellings.
  CHECK(page.find("<dt id=\"afkorting-ggz\"><abbr>GGZ</abbr>, <abbr>ggz</abbr></dt>") !=
        std::string::npos);
  const std::size_t ggz = page.find("<abbr>GGZ</abbr>"), wmo = page.find("<abbr>Wmo</abbr>"),
                    zjo = page.find("<abbr>ZJO</abbr>");
  REQUIRE(zjo != std::string::npos);
  CHECK(ggz < wmo);
  CHECK(wmo < zjo);
  CHECK(page.find("<p>Wet maatschappelijke ondersteuning</p>") != std::string::npos);
  CHECK(page.find("<a href=\"kader/a.html\">Pagina A</a>", ggz) < wmo);
  CHECK(page.find("<a href=\"kader/b.html\">Pagina B</a>", ggz) < wmo);
  // A use in a heading counts as a use.
  CHECK(page.find("<a href=\"kader/b.html\">Pagina B</a>", wmo) < zjo);
  CHECK(page.find("Gebruikt op", zjo) == std::string::npos);  // ZJO is used nowhere
}
