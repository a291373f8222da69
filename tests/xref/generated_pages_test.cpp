#include <catch2/catch.hpp>

#include "support/mini_site.h"
#include "xref/woordenlijst_page.h"

using namespace ww;
using namespace ww::test;

TEST_CASE("generated pages - letters and sort keys of terms") {
  CHECK(term_letter("casuïstiek") == 'C');
  CHECK(term_letter("(basis)hulp") == 'B');
  CHECK(term_letter("Één loket") == 'E');
  CHECK(term_letter("3D") == '#');
  CHECK(term_sort_key("Zorg") > term_sort_key("ambulant"));
  CHECK(term_sort_key("(basis)hulp") < term_sort_key("bemoeizorg"));
}

TEST_CASE(
    "generated pages - bronnen.html and afkortingen.html use the page template and count as link "
    "targets") {
  auto r = build_memory(mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[a]
titel = "Titel A"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
-- content/over.md --
+++
title = "Over"
+++
Zie de [bronnen](bronnen.html) en de [afkortingen](afkortingen.html) [@a].
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["bronnen.html"].find("<h1>Bronnen</h1>") != std::string::npos);
  CHECK(r.files["afkortingen.html"].find("<h1>Afkortingen</h1>") != std::string::npos);
  CHECK(r.files["over.html"].find("href=\"bronnen.html\"") != std::string::npos);
}

TEST_CASE("generated pages - a content page at the same address is an error") {
  auto r = build_memory(mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[a]
titel = "Titel A"
-- content/bronnen.md --
+++
title = "Eigen bronnen"
+++
)"));
  CHECK_FALSE(r.ok);
  INFO(r.messages());
  CHECK(r.has_message(
      "content/bronnen.md:1:1: fout: deze pagina krijgt het adres bronnen.html, maar dat maakt "
      "Wegwijzer zelf"));
}
