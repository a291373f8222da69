// What the VIT pass emits: the browser data file, the generated pages and the server-rendered form.
#include "vit/vit_data.h"

#include <catch2/catch.hpp>

#include "support/mini_site.h"
#include "vit/vit_site.h"

using namespace ww;
using namespace ww::test;

TEST_CASE("vit data - json_string escapes what could end a script or a string") {
  CHECK(json_string("a\"b\\c") == R"("a\"b\\c")");
  CHECK(json_string("</script>") == R"("\u003c/script\u003e")");
  CHECK(json_string("a & b") == R"("a \u0026 b")");
  CHECK(json_string("r1\nr2\t\x01") == R"("r1\nr2\t\u0001")");
  CHECK(json_string("x\xE2\x80\xA8y\xE2\x80\xA9z") == R"("x\u2028y\u2029z")");
  CHECK(json_string("één") == "\"één\"");
}

TEST_CASE(
    "vit data - the data file holds site, scale, perspectives, kenmerken in order and retired "
    "questions") {
  auto r = build_memory(mini_site(kVitSite));
  INFO(r.messages());
  REQUIRE(r.ok);
  REQUIRE(r.files.count("vit/vit-data.js"));
  const auto& js = r.files["vit/vit-data.js"];
  CHECK(js.rfind("// Made by Wegwijzer", 0) == 0);
  CHECK(js.find("window.WEGWIJZER_VIT = {\"schema\":1,") != std::string::npos);
  CHECK(js.find(R"("site":{"short_name":"kader-test","title":"Kader","versie":"2024.1",)") !=
        std::string::npos);
  CHECK(js.find(R"("gemeente":"Gemeente Test")") != std::string::npos);
  CHECK(js.find(R"({"waarde":"nog-niet","label":"Nog niet","score":0})") != std::string::npos);
  CHECK(js.find(
            R"({"waarde":"weet-niet","label":"Weet ik niet / niet van toepassing","score":-1})") !=
        std::string::npos);
  for (const char* p : {"inwoners", "uitvoering", "beleid", "bestuur"})
    CHECK(js.find(std::string("\"waarde\":\"") + p + "\"") != std::string::npos);
  auto k1 = js.find(
      R"({"nummer":1,"title":"Eenvoudig systeem","waarde":"dichtbij","url":"vit/01-eenvoudig.html","basiskenmerk_url":"basiskenmerken/01-eenvoudig.html")");
  auto k5 = js.find(R"({"nummer":5,"title":"Brede blik","waarde":"integraal")");
  REQUIRE(k1 != std::string::npos);
  REQUIRE(k5 != std::string::npos);
  CHECK(k1 < k5);
  // Text is escaped for use inside a <script>.
  CHECK(js.find(R"("uitleg":"Een \u003cb\u003eloket\u003c/b\u003e \u0026 meer.")") !=
        std::string::npos);
  CHECK(js.find(R"("vervallen":[{"id":"5.2","tekst":"Een oude uitspraak."}])") !=
        std::string::npos);
}

TEST_CASE("vit data - output is deterministic") {
  auto a = build_memory(mini_site(kVitSite));
  auto b = build_memory(mini_site(kVitSite));
  REQUIRE(a.ok);
  CHECK(a.files["vit/vit-data.js"] == b.files["vit/vit-data.js"]);
}

TEST_CASE("vit pass - results and compare pages are generated and can be linked from content") {
  auto r = build_memory(mini_site(kVitSite));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files.count("vit/resultaten.html"));
  CHECK(r.files.count("vit/vergelijken.html"));
  CHECK(r.files.count("vit/rapport.html"));
  CHECK(r.files["index.html"].find("href=\"vit/resultaten.html\"") != std::string::npos);
}

TEST_CASE("vit pass - a content page at the report's address is an error") {
  auto r = build_memory(mini_site(std::string(kVitSite) + R"(
-- content/vit/rapport.md --
+++
title = "Eigen rapport"
+++
)"));
  CHECK_FALSE(r.ok);
  CHECK(r.has_message(
      "content/vit/rapport.md:1:1: fout: deze pagina krijgt het adres vit/rapport.html"));
}

TEST_CASE("vit pass - a content page at a generated address is an error") {
  auto r = build_memory(mini_site(std::string(kVitSite) + R"(
-- content/vit/resultaten.md --
+++
title = "Eigen resultaten"
+++
)"));
  CHECK_FALSE(r.ok);
  CHECK(r.has_message(
      "content/vit/resultaten.md:1:1: fout: deze pagina krijgt het adres vit/resultaten.html"));
}

TEST_CASE("vit pass - a site without vit/ gets no VIT files") {
  auto r = build_memory(mini_site(R"(
-- site-config.toml --
title = "Zonder VIT"
-- content/_index.md --
+++
title = "Home"
+++
Tekst.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK_FALSE(r.files.count("vit/vit-data.js"));
  CHECK_FALSE(r.files.count("vit/resultaten.html"));
}

TEST_CASE(
    "vit page - with the standard theme: one fieldset per question, the five answers, the plan "
    "fields") {
  DiskFileSystem fs;
  BuildOptions o;
  o.theme_dirs = {"themes"};
  auto r = build_memory(fs, o);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["vit/05-brede-blik.html"];
  CHECK(
      html.find(
          R"(<fieldset class="vit-vraag" id="vraag-5-1" data-vraag="5.1" aria-describedby="uitleg-5-1">)") !=
      std::string::npos);
  CHECK(
      html.find(
          R"(<legend><span class="vit-nummer">5.2</span> Medewerkers vragen niet meer dan nodig)") !=
      std::string::npos);
  for (const char* label :
       {"Nog niet", "Een beetje", "Grotendeels", "Helemaal", "Weet ik niet / niet van toepassing"})
    CHECK(html.find(std::string("\">") + label + "</label>") != std::string::npos);
  CHECK(html.find(
            R"(<input type="radio" id="v-5-1-helemaal" name="antwoord-5-1" value="helemaal">)") !=
        std::string::npos);
  CHECK(html.find(R"(<label for="oppakken-5-1">Dit pakken we op</label>)") != std::string::npos);
  for (const char* f : {"wat-5-1", "wie-5-1", "wanneer-5-1", "toelichting-5-1"})
    CHECK(html.find(std::string("id=\"") + f + "\"") != std::string::npos);
  CHECK(html.find("Uw antwoorden blijven in deze browser.") != std::string::npos);
  CHECK(html.find(R"(<script src="../vit/vit-data.js" defer></script>)") != std::string::npos);
  CHECK(html.find(R"(<link rel="stylesheet" href="../css/vit.css">)") != std::string::npos);
  // Only <script src>: no inline script.
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(r.files.count("js/vit/main.js"));
  CHECK(r.files.count("css/vit.css"));
  const auto& overzicht =
      r.files["vit.html"].empty() ? r.files["vit/index.html"] : r.files["vit.html"];
  CHECK(overzicht.find("data-vit-kenmerk=\"13\"") != std::string::npos);
}
