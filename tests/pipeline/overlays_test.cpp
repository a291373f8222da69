#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
const char* kBase = R"(
-- site-config.toml --
title = "Kader"
overlays = ["lokaal"]
[gemeente]
naam = "Gemeente Test"
-- content/_index.md --
+++
title = "Home"
+++
Naar [leeswijzer](kader/leeswijzer.md) en [hoofdstuk](kader/hoofdstuk.md).
-- content/kader/leeswijzer.md --
+++
title = "Leeswijzer van VNG"
+++
VNG-tekst.
-- content/kader/hoofdstuk.md --
+++
title = "Hoofdstuk"
+++
## Kop van VNG

De kadertekst.
-- content/bronnen.toml --
[vng-2024]
titel = "Kader"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
-- themes/standaard/templates/base.mustache --
{{{main}}}
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>{{{page.content}}}{{#page.aanvulling}}<section class="aanvulling" aria-labelledby="{{id}}"><h2 id="{{id}}">{{title}}</h2>{{{html}}}</section>{{/page.aanvulling}}
)";
}  // namespace

TEST_CASE("overlays - a page at the same path replaces the base page and is listed") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/leeswijzer.md --
+++
title = "Onze leeswijzer"
+++
Lokale tekst.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/leeswijzer.html"].find("Onze leeswijzer") != std::string::npos);
  CHECK(r.files["kader/leeswijzer.html"].find("VNG-tekst") == std::string::npos);
  CHECK(r.has_message(
      "lokaal/kader/leeswijzer.md:1:1: opmerking: vervangt content/kader/leeswijzer.md"));
}

TEST_CASE("overlays - an aanvulling adds a marked section after the kader's text") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
Bij ons gaat het [zo](leeswijzer.md).

### Onze aanpak
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/hoofdstuk.html"];
  auto kader = html.find("De kadertekst");
  auto section = html.find(
      "<section class=\"aanvulling\" aria-labelledby=\"aanvulling\"><h2 id=\"aanvulling\">Zo doen "
      "wij dit in Gemeente Test</h2>");
  REQUIRE(kader != std::string::npos);
  REQUIRE(section != std::string::npos);
  CHECK(kader < section);
  CHECK(html.find("href=\"leeswijzer.html\"", section) != std::string::npos);
  CHECK(html.find("<h3 id=\"onze-aanpak\">", section) != std::string::npos);
}

TEST_CASE("overlays - an aanvulling for a page that no longer exists is an error") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstk.aanvulling.md --
Tekst.
)");
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("lokaal/kader/hoofdstk.aanvulling.md:1:1: fout: aanvulling op een pagina die "
                    "niet (meer) bestaat: kader/hoofdstk.md [aanvulling-wees]"));
  CHECK(r.has_message("bedoelde u 'kader/hoofdstuk.md'?"));
}

TEST_CASE("overlays - positions inside an aanvulling point at the aanvulling file") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
+++
title = "Lokaal"
+++
Regel een.
Een [dode link](weg.md).
)");
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("lokaal/kader/hoofdstuk.aanvulling.md:5:5: fout: dode link"));
}

TEST_CASE("overlays - new pages, sources and abbreviations are added, base entries stay") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/lokaal/loket.md --
+++
title = "Ons loket"
+++
-- lokaal/bronnen.toml --
[gemeente-2023]
titel = "Lokale nota"
[vng-2024]
titel = "Andere titel"
-- lokaal/afkortingen.toml --
KW = "Krimpenerwaard"
)");
  DiskFileSystem disk;
  (void)disk;
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files.count("lokaal/loket.html"));
}

TEST_CASE("overlays - verberg hides a base page, links to it become text with a warning") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Kader"
verberg = ["kader/leeswijzer.md"]
-- content/_index.md --
+++
title = "Home"
+++
Naar [de leeswijzer](kader/leeswijzer.md).
-- content/kader/leeswijzer.md --
+++
title = "Leeswijzer"
+++
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK_FALSE(r.files.count("kader/leeswijzer.html"));
  CHECK(r.files["index.html"].find("Naar de leeswijzer.") != std::string::npos);
  CHECK(
      r.has_message("content/_index.md:4:6: waarschuwing: link naar verborgen pagina "
                    "'kader/leeswijzer.md' wordt gewone tekst"));
}

TEST_CASE("overlays - verberg of an unknown page and an overlay outside the site are errors") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Kader"
overlays = ["../buiten"]
verberg = ["kader/bestaatniet.md"]
-- content/_index.md --
+++
title = "Home"
+++
)");
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(r.has_message(
      "site-config.toml:2:12: fout: overlay '../buiten' moet een map binnen de sitemap zijn"));
  CHECK(r.has_message("verberg noemt 'kader/bestaatniet.md', maar die pagina bestaat niet"));
}

TEST_CASE("overlays - deterministic with overlays") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
Lokaal.
-- lokaal/kader/leeswijzer.md --
+++
title = "L"
+++
)");
  BuildOptions one, two;
  one.threads = 1;
  two.threads = 3;
  auto a = build_memory(fs, one);
  auto b = build_memory(fs, two);
  REQUIRE(a.ok);
  CHECK(a.files == b.files);
}

TEST_CASE("overlays - with two overlays the first one wins") {
  auto fs = mini_site(R"(
-- site-config.toml --
title = "Kader"
overlays = ["eerste", "tweede"]
-- content/_index.md --
+++
title = "Home"
+++
Naar [leeswijzer](kader/leeswijzer.md).
-- content/kader/leeswijzer.md --
+++
title = "Leeswijzer van VNG"
+++
-- eerste/kader/leeswijzer.md --
+++
title = "Leeswijzer van de eerste laag"
+++
-- tweede/kader/leeswijzer.md --
+++
title = "Leeswijzer van de tweede laag"
+++
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/leeswijzer.html"].find("van de eerste laag") != std::string::npos);
  CHECK(r.files["kader/leeswijzer.html"].find("van de tweede laag") == std::string::npos);
}

TEST_CASE("overlays - a local glossary term links from base pages like the base terms") {
  auto fs = mini_site(std::string(kBase) + R"(
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/lokaal-team.md --
+++
title = "Lokaal team"
term = "lokaal team"
kort = "Een team van de gemeente in de buurt."
+++
Uitleg.
-- lokaal/woordenlijst/triageteam.md --
+++
title = "Triageteam"
term = "triageteam"
kort = "Het team dat bij ons een vraag eerst bekijkt."
+++
Uitleg.
-- lokaal/kader/hoofdstuk.aanvulling.md --
Het triageteam werkt naast het lokaal team.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/hoofdstuk.html"];
  CHECK(html.find("href=\"../woordenlijst/triageteam.html\"") != std::string::npos);
  CHECK(html.find("href=\"../woordenlijst/lokaal-team.html\"") != std::string::npos);
  CHECK(r.files.count("woordenlijst/triageteam.html"));
}

TEST_CASE("overlays - the site's own templates and static files win over the theme's by path") {
  auto fs = mini_site(std::string(kBase) + R"(
-- templates/page.mustache --
<h1 class="eigen">{{page.title}}</h1>{{{page.content}}}
-- static/css/eigen.css --
.eigen { color: green; }
-- themes/standaard/static/css/eigen.css --
.eigen { color: red; }
-- lokaal/afkortingen.toml --
KW = "Krimpenerwaard"
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/hoofdstuk.html"].find("<h1 class=\"eigen\">Hoofdstuk</h1>") !=
        std::string::npos);
  CHECK(r.files["css/eigen.css"] == ".eigen { color: green; }\n");
}
