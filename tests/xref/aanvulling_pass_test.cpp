// na_kop: an aanvulling placed after a heading's section of its base page (xref/aanvulling_pass.h).
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
Home.
-- content/kader/hoofdstuk.md --
+++
title = "Hoofdstuk"
+++
## Eerste deel

Tekst een.[^b]

### Een onderdeel

Tekst van het onderdeel.

### Nog een onderdeel

Meer tekst.

## Werkwijze

Tekst twee.

[^b]: Noot van de VNG.
-- content/kader/zonder-koppen.md --
+++
title = "Zonder koppen"
+++
Alleen tekst.
-- themes/standaard/templates/base.mustache --
{{{main}}}
-- themes/standaard/templates/partials/aanvulling.mustache --
{{#page.aanvulling}}<section class="aanvulling"><h{{niveau}} id="{{id}}">{{title}}</h{{niveau}}>{{{html}}}</section>{{/page.aanvulling}}
-- themes/standaard/templates/page.mustache --
<nav>{{#page.toc}}<a href="#{{id}}">{{text}}</a>{{/page.toc}}</nav>
{{#page.aanvulling.in_tekst}}{{{page.content_voor}}}{{> aanvulling}}{{{page.content_na}}}{{/page.aanvulling.in_tekst}}{{^page.aanvulling.in_tekst}}{{{page.content}}}{{> aanvulling}}{{/page.aanvulling.in_tekst}}
)";

std::size_t at(const std::string& html, const std::string& what) {
  INFO(what);
  const std::size_t p = html.find(what);
  REQUIRE(p != std::string::npos);
  return p;
}
}  // namespace

TEST_CASE(
    "aanvulling pass - na_kop places the aanvulling after the heading's section, VNG's heading "
    "ids stay the same") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
+++
title = "Bij ons"
na_kop = "eerste-deel"
+++
## Werkwijze

Onze eigen werkwijze.[^a]

[^a]: Noot van de gemeente.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& h = r.files["kader/hoofdstuk.html"];
  // After "Eerste deel" with its h3 parts, before the next h2.
  CHECK(at(h, "id=\"nog-een-onderdeel\"") < at(h, "<section class=\"aanvulling\">"));
  CHECK(at(h, "<section class=\"aanvulling\">") < at(h, "<h2 id=\"werkwijze\">"));
  // The aanvulling's own "Werkwijze" does not take the id of VNG's heading, which links point at.
  CHECK(at(h, "<h2 id=\"werkwijze-2\">") < at(h, "<h2 id=\"werkwijze\">"));
  // The table of contents and the note numbers follow the reading order.
  CHECK(at(h,
           "<nav><a href=\"#eerste-deel\">Eerste deel</a><a href=\"#een-onderdeel\">Een "
           "onderdeel</a><a href=\"#nog-een-onderdeel\">Nog een onderdeel</a><a "
           "href=\"#aanvulling\">Bij ons</a><a href=\"#werkwijze-2\">Werkwijze</a><a "
           "href=\"#werkwijze\">Werkwijze</a><a href=\"#noten\">") == 0);
  CHECK(at(h, "Noot van de VNG") < at(h, "Noot van de gemeente"));
  CHECK(at(h, "id=\"noten\"") > at(h, "<h2 id=\"werkwijze\">"));
}

TEST_CASE("aanvulling pass - after an h3 the aanvulling is an h3 and ends that part only") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
+++
na_kop = "Een onderdeel"
+++
Eigen tekst.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& h = r.files["kader/hoofdstuk.html"];
  CHECK(at(h, "Tekst van het onderdeel") < at(h, "<h3 id=\"aanvulling\">"));
  CHECK(at(h, "<h3 id=\"aanvulling\">") < at(h, "id=\"nog-een-onderdeel\""));
}

TEST_CASE("aanvulling pass - without na_kop the aanvulling stays after the text and its notes") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
Eigen tekst.
)");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& h = r.files["kader/hoofdstuk.html"];
  CHECK(at(h, "id=\"noten\"") < at(h, "<h2 id=\"aanvulling\">"));
}

TEST_CASE("aanvulling pass - a heading the page does not have is an error at na_kop") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
+++
na_kop = "Werkwijzen"
+++
Eigen tekst.
-- lokaal/kader/zonder-koppen.aanvulling.md --
+++
title = "Bij ons"
na_kop = "Inleiding"
+++
Eigen tekst.
)");
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("lokaal/kader/hoofdstuk.aanvulling.md:2:10: fout: na_kop noemt de kop "
                    "'Werkwijzen', maar die staat niet op kader/hoofdstuk.md"));
  CHECK(r.has_message("bedoelde u 'Werkwijze'?"));
  CHECK(
      r.has_message("lokaal/kader/zonder-koppen.aanvulling.md:3:10: fout: na_kop noemt de kop "
                    "'Inleiding'"));
  CHECK(r.has_message("deze pagina heeft geen koppen"));
}

TEST_CASE("aanvulling pass - na_kop must be text") {
  auto fs = mini_site(std::string(kBase) + R"(
-- lokaal/kader/hoofdstuk.aanvulling.md --
+++
na_kop = 2
+++
Eigen tekst.
)");
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("lokaal/kader/hoofdstuk.aanvulling.md:2:10: fout: 'na_kop' moet de tekst of "
                    "het id van een kop op de pagina zijn"));
}
