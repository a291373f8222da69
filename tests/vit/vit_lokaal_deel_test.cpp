// A gemeente's own VIT parts (issue 22): `lokaal/vit/<name>.md` with `lokaal = true`, questions in
// the gemeente's own id namespace, after VNG's 13 parts, marked as local, and the errors for them.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/mini_site.h"
#include "vit/vit_site.h"

using namespace ww;
using namespace ww::test;

namespace {

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

/// Builds `spec` with the standard theme of the repository (the tests run in its root folder).
BuildResult build(const std::string& spec) {
  MemoryFileSystem fs = mini_site(spec, false);
  for (const auto& e : std::filesystem::recursive_directory_iterator("themes/standaard")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    fs.add(e.path().generic_string(), std::string(std::istreambuf_iterator<char>(in), {}));
  }
  BuildOptions o;
  o.theme_dirs = {"themes"};
  return build_memory(fs, o);
}

/// The shared VIT site with the overlay `lokaal/`.
std::string site() {
  return replaced(kVitSite, "versie = \"2024.1\"", "versie = \"2024.1\"\noverlays = [\"lokaal\"]");
}

// Line 3 holds `lokaal`, the ids stand on lines 7 and 12 (column 6).
const std::string kDeel = R"(
-- lokaal/vit/governance.md --
+++
title = "Governance en rollen"
lokaal = true
kort = "Eigen vragen van de gemeente."

[[vraag]]
id = "GT-1"
tekst = "Het is duidelijk wie de toegang aanstuurt."
uitleg = "Denk aan het organisatiemodel."

[[vraag]]
id = "GT-2"
tekst = "Elke partner weet welke rol hij heeft."
+++
## Handvatten

Spreek de rollen samen af.
)";

std::size_t at(const std::string& text, const std::string& part) {
  auto p = text.find(part);
  INFO(part);
  REQUIRE(p != std::string::npos);
  return p;
}

}  // namespace

TEST_CASE("vit lokaal deel - a gemeente's own part is published after VNG's parts, marked local") {
  auto r = build(site() + kDeel);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.messages().find("vit") == std::string::npos);

  const std::string& page = r.files["vit/governance.html"];
  REQUIRE_FALSE(page.empty());
  CHECK(page.find("data-vit-kenmerk=\"deel-governance\"") != std::string::npos);
  CHECK(page.find("VIT · Eigen onderdeel van Gemeente Test") != std::string::npos);
  CHECK(page.find("VIT · Basiskenmerk") == std::string::npos);  // it belongs to no basiskenmerk
  // The existing herkomst partial marks the page as the gemeente's own text.
  CHECK(page.find("<p class=\"herkomst-eigen\"><strong>Eigen tekst van Gemeente Test.</strong> "
                  "Deze pagina staat niet in de versie van de VNG.") != std::string::npos);
  CHECK(page.find("<span class=\"vit-nummer\">GT-1</span> Het is duidelijk wie de toegang "
                  "aanstuurt. <span class=\"vit-lokaal\">(lokale uitspraak)</span>") !=
        std::string::npos);
  CHECK(page.find("id=\"handvatten\"") != std::string::npos);

  // The data: after VNG's parts, keyed by its name, every question local.
  const std::string& data = r.files["vit/vit-data.js"];
  auto vijf = at(data, "{\"nummer\":5,");
  auto deel = at(
      data,
      R"({"lokaal":true,"deel":"governance","title":"Governance en rollen","url":"vit/governance.html","vragen":[{"id":"GT-1","tekst":"Het is duidelijk wie de toegang aanstuurt.","uitleg":"Denk aan het organisatiemodel.","lokaal":true},)");
  CHECK(vijf < deel);
  CHECK(deel < at(data, "\"vervallen\""));
  CHECK(data.find(
            R"({"id":"GT-2","tekst":"Elke partner weet welke rol hij heeft.","lokaal":true})") !=
        std::string::npos);

  // The overview lists it apart, after the parts of the three waarden.
  const std::string& overzicht = r.files["vit.html"];
  auto lijst = at(overzicht, "<h3 id=\"onderdelen-eigen\">Eigen onderdelen van Gemeente Test</h3>");
  CHECK(at(overzicht, "<h3 id=\"onderdelen-integraal\">") < lijst);
  CHECK(overzicht.find("<li data-vit-kenmerk=\"deel-governance\"><a href=\"vit/governance.html\">"
                       "Governance en rollen</a> <span class=\"vit-taakstatus\" "
                       "data-vit=\"taakstatus\">2 uitspraken</span></li>",
                       lijst) != std::string::npos);

  // In the VIT menu after the 13 (here: after VIT 5), before the generated pages, whatever its
  // weight or name.
  auto eerder = build(site() + replaced(replaced(kDeel, "governance.md", "00-aaa.md"),
                                        "lokaal = true", "lokaal = true\nweight = -5"));
  INFO(eerder.messages());
  REQUIRE(eerder.ok);
  const std::string& vijf_html = eerder.files["vit/05-brede-blik.html"];
  auto nav = at(vijf_html, "href=\"00-aaa.html\"");
  CHECK(at(vijf_html, "href=\"01-eenvoudig.html\"") < nav);
  CHECK(vijf_html.find("href=\"05-brede-blik.html\"") < nav);
  CHECK(nav < at(vijf_html, "href=\"resultaten.html\""));
}

TEST_CASE("vit lokaal deel - a VNG id in a gemeente's own part is an error with file:line:col") {
  auto r = build(site() + replaced(kDeel, "id = \"GT-2\"", "id = \"14.1\""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("lokaal/vit/governance.md:12:6: fout: vraag-id '14.1' is een nummer van de "
                    "VNG; een eigen vraag van de gemeente heeft een eigen id"));
  CHECK(r.has_message("ook niet in een nieuwe versie van het VIT"));

  auto vorm = build(site() + replaced(kDeel, "id = \"GT-2\"", "id = \"gt 2\""));
  INFO(vorm.messages());
  CHECK_FALSE(vorm.ok);
  CHECK(
      vorm.has_message("lokaal/vit/governance.md:12:6: fout: lokale vraag-id 'gt 2' heeft niet de "
                       "vorm LETTERS-nummer"));
}

TEST_CASE("vit lokaal deel - an id used twice, also in an aanvulling, names both places") {
  auto r = build(site() + kDeel + R"(
-- lokaal/vit/05-brede-blik.aanvulling.md --
+++
[[vraag]]
id = "GT-2"
tekst = "Een lokale vraag bij basiskenmerk 5."
+++
)");
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("vraag-id 'GT-2' komt twee keer voor"));
  CHECK(r.has_message("lokaal/vit/05-brede-blik.aanvulling.md:3:6"));
  CHECK(r.has_message("lokaal/vit/governance.md:12:6"));
}

TEST_CASE("vit lokaal deel - missing fields are errors at their place") {
  auto r =
      build(site() + replaced(kDeel, "tekst = \"Elke partner weet welke rol hij heeft.\"\n", ""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("lokaal/vit/governance.md:11:1: fout: [[vraag]] zonder 'tekst'"));

  auto titel = build(site() + replaced(kDeel, "title = \"Governance en rollen\"\n", ""));
  INFO(titel.messages());
  CHECK_FALSE(titel.ok);
  CHECK(titel.has_message(
      "lokaal/vit/governance.md:1:1: fout: verplichte sleutel 'title' ontbreekt"));

  auto leeg = build(site() + R"(
-- lokaal/vit/leeg.md --
+++
title = "Leeg"
lokaal = true
+++
)");
  INFO(leeg.messages());
  CHECK(
      leeg.has_message("lokaal/vit/leeg.md:1:1: waarschuwing: deze VIT-pagina heeft geen vragen"));

  // Neither kenmerk nor lokaal: the hint names both.
  auto geen = build(site() + replaced(kDeel, "lokaal = true\n", ""));
  INFO(geen.messages());
  CHECK_FALSE(geen.ok);
  CHECK(geen.has_message(
      "lokaal/vit/governance.md:1:1: fout: verplichte sleutel 'kenmerk' ontbreekt"));
  CHECK(geen.has_message("lokaal = true"));
}

TEST_CASE("vit lokaal deel - lokaal = true only for a new page in a gemeente's overlay") {
  // In VNG's content.
  auto vng = build(site() + R"(
-- content/vit/eigen.md --
+++
title = "Eigen"
lokaal = true
[[vraag]]
id = "GT-1"
tekst = "Tekst."
+++
)");
  INFO(vng.messages());
  CHECK_FALSE(vng.ok);
  CHECK(
      vng.has_message("content/vit/eigen.md:3:10: fout: lokaal = true kan alleen in de map van de "
                      "gemeente (een overlay)"));

  // Replacing a VIT page of VNG.
  auto vervangt = build(site() + replaced(kDeel, "governance.md", "05-brede-blik.md"));
  INFO(vervangt.messages());
  CHECK_FALSE(vervangt.ok);
  CHECK(
      vervangt.has_message("lokaal/vit/05-brede-blik.md:3:10: fout: een eigen VIT-deel (lokaal = "
                           "true) kan geen VIT-pagina van de VNG vervangen"));

  // Together with a kenmerk.
  auto beide = build(site() + replaced(kDeel, "lokaal = true", "lokaal = true\nkenmerk = 5"));
  INFO(beide.messages());
  CHECK_FALSE(beide.ok);
  CHECK(
      beide.has_message("lokaal/vit/governance.md:4:11: fout: een eigen VIT-deel (lokaal = true) "
                        "hoort niet bij een basiskenmerk"));

  // kenmerk = 14 says how a gemeente adds a part of its own.
  auto veertien = build(site() + replaced(kDeel, "lokaal = true", "kenmerk = 14"));
  INFO(veertien.messages());
  CHECK_FALSE(veertien.ok);
  CHECK(
      veertien.has_message("lokaal/vit/governance.md:3:11: fout: 'kenmerk' moet tussen 1 en 13 "
                           "liggen, maar is 14"));
  CHECK(
      veertien.has_message("een eigen onderdeel van de gemeente krijgt geen nummer maar lokaal = "
                           "true"));
}

TEST_CASE("vit lokaal deel - the build is deterministic") {
  auto a = build(site() + kDeel);
  auto b = build(site() + kDeel);
  REQUIRE(a.ok);
  CHECK(a.files == b.files);
}
