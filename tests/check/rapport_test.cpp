#include "check/rapport.h"

#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;

TEST_CASE("rapport - measures per text, a sortable table, flagged sentences and words in context") {
  MemoryFileSystem fs = test::mini_site(R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home <eerst>"
kort = """
Deze samenvatting beschrijft op hoofdlijnen de gemeenschappelijke uitgangspunten, de randvoorwaarden en de basiskenmerken van een toegankelijke, integrale en samenhangende toegang voor inwoners.
"""
+++
Een korte zin.

Lees [klik hier](_index.md).
)");
  CheckOptions o;
  o.build.threads = 1;
  CheckResult r = run_check(fs, o);
  auto files = render_rapport(r);
  REQUIRE(files.count("index.html"));
  REQUIRE(files.count("rapport.css"));
  REQUIRE(files.count("rapport.js"));
  const std::string& h = files.at("index.html");
  INFO(h);
  CHECK(h.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(h.find("Content-Security-Policy") != std::string::npos);
  CHECK(h.find("<script src=\"rapport.js\" defer></script>") != std::string::npos);
  CHECK(h.find("<script>") == std::string::npos);  // no inline script
  CHECK(h.find(" style=") == std::string::npos);
  CHECK(h.find(" onclick") == std::string::npos);
  // The table: sortable, one row per text, numbers with a raw value to sort by.
  CHECK(h.find("<table class=\"sorteerbaar\">") != std::string::npos);
  CHECK(h.find("<th scope=\"col\"><button type=\"button\">Flesch-Douma</button></th>") !=
        std::string::npos);
  CHECK(h.find("<td data-w=\"22\">22,0</td>") !=
        std::string::npos);                                  // words per sentence of the kort
  CHECK(h.find("Home &lt;eerst&gt;") != std::string::npos);  // escaped
  CHECK(h.find("te moeilijk") != std::string::npos);
  // The flagged sentence with its line, and a difficult word marked in its sentence.
  CHECK(h.find("regel 4</span>, 22 woorden: Deze samenvatting") != std::string::npos);
  CHECK(h.find("<mark>") != std::string::npos);
  CHECK(h.find("Moeilijke woorden") != std::string::npos);
  // Other findings (lint) are listed too.
  CHECK(h.find("vage-linktekst") != std::string::npos);
  CHECK(files.at("rapport.js").find("aria-sort") != std::string::npos);
}

// Determinism across processes and thread counts: tests/check/check_cli_test.cpp.
