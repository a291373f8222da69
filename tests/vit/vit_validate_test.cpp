// Checks of the VIT questions: permanent ids, never twice, never reused, local ids of a gemeente.
#include "vit/vit_validate.h"

#include <catch2/catch.hpp>

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

BuildResult build(const std::string& spec) { return build_memory(mini_site(spec)); }

}  // namespace

TEST_CASE("vit ids - base ids are <kenmerk>.<n> without leading zeros") {
  int k = 0;
  CHECK(is_base_vraag_id("5.2", k));
  CHECK(k == 5);
  CHECK(is_base_vraag_id("13.10", k));
  CHECK(k == 13);
  for (const char* bad :
       {"5", "5.", ".2", "05.2", "5.02", "5.0", "0.1", "5.2.1", "a.1", "5-2", "", "5.2 "}) {
    INFO(bad);
    CHECK_FALSE(is_base_vraag_id(bad, k));
  }
}

TEST_CASE("vit ids - local ids are CAPITALS-n") {
  for (const char* good : {"KW-1", "GEM2-14", "A-9"}) {
    INFO(good);
    CHECK(is_lokale_vraag_id(good));
  }
  for (const char* bad : {"kw-1", "KW1", "KW-", "KW-01", "-1", "2KW-1", "KW-1a", "K W-1", "KW-0"}) {
    INFO(bad);
    CHECK_FALSE(is_lokale_vraag_id(bad));
  }
}

TEST_CASE("vit validation - the example site builds without VIT messages") {
  auto r = build(kVitSite);
  INFO(r.messages());
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.messages().find("vit") == std::string::npos);
}

TEST_CASE("vit validation - a duplicate id is an error with file:line:col of both") {
  auto r = build(replaced(kVitSite, "id = \"5.4\"", "id = \"5.1\""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("content/vit/05-brede-blik.md:14:6: fout: vraag-id '5.1' komt twee keer voor"));
  CHECK(r.has_message("eerder gebruikt op content/vit/05-brede-blik.md:6:6"));
}

TEST_CASE("vit validation - the same id on two pages is an error") {
  auto r = build(replaced(kVitSite, "id = \"1.2\"", "id = \"5.1\""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message(
      "vraag-id '5.1' hoort bij basiskenmerk 5, maar deze pagina is voor basiskenmerk 1"));
}

TEST_CASE("vit validation - an id from vervallen.toml may not be used again") {
  auto r = build(replaced(kVitSite, "id = \"5.4\"", "id = \"5.2\""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(
      r.has_message("content/vit/05-brede-blik.md:14:6: fout: vraag-id '5.2' is vervallen en mag "
                    "niet opnieuw gebruikt worden"));
  CHECK(r.has_message("content/vit/vervallen.toml:2:6"));
}

TEST_CASE("vit validation - a retired id listed twice is an error") {
  auto r = build(std::string(kVitSite) + "\n[[vraag]]\nid = \"5.2\"\ntekst = \"Nog eens.\"\n");
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("vervallen vraag-id '5.2' staat twee keer in de lijst"));
}

TEST_CASE("vit validation - ids of the wrong form are errors") {
  auto r = build(replaced(kVitSite, "id = \"5.4\"", "id = \"5.04\""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("vraag-id '5.04' heeft niet de vorm <kenmerk>.<nummer>"));
  auto r2 = build(replaced(kVitSite, "id = \"5.4\"", "id = \"KW-1\""));
  INFO(r2.messages());
  CHECK_FALSE(r2.ok);  // a local id only in a gemeente's aanvulling
  CHECK(r2.has_message("vraag-id 'KW-1' heeft niet de vorm <kenmerk>.<nummer>"));
}

TEST_CASE("vit validation - missing id or tekst, empty tekst") {
  auto r = build(replaced(kVitSite, "id = \"5.4\"\n", ""));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("content/vit/05-brede-blik.md:13:1: fout: [[vraag]] zonder 'id'"));
  auto r2 = build(replaced(kVitSite, "tekst = \"De inwoner houdt de regie.\"\n", ""));
  INFO(r2.messages());
  CHECK_FALSE(r2.ok);
  CHECK(r2.has_message("[[vraag]] zonder 'tekst'"));
  auto r3 = build(replaced(kVitSite, "tekst = \"De inwoner houdt de regie.\"", "tekst = \"  \""));
  INFO(r3.messages());
  CHECK_FALSE(r3.ok);
  CHECK(r3.has_message("[[vraag]] met een lege 'tekst'"));
}

TEST_CASE("vit validation - kenmerk out of range or used twice") {
  auto r = build(replaced(kVitSite, "kenmerk = 5", "kenmerk = 14"));
  INFO(r.messages());
  CHECK_FALSE(r.ok);
  CHECK(r.has_message(
      "content/vit/05-brede-blik.md:3:11: fout: 'kenmerk' moet tussen 1 en 13 liggen, maar is 14"));
  auto r2 = build(replaced(kVitSite, "kenmerk = 5", "kenmerk = 1"));
  INFO(r2.messages());
  CHECK_FALSE(r2.ok);
  CHECK(r2.has_message("basiskenmerk 1 heeft al een VIT-deel"));
}

TEST_CASE("vit validation - local questions of a gemeente: KW-n ids, checked like base ids") {
  const std::string site =
      replaced(kVitSite, "versie = \"2024.1\"", "versie = \"2024.1\"\noverlays = [\"lokaal\"]");
  const std::string lokaal = R"(
-- lokaal/vit/05-brede-blik.aanvulling.md --
+++
[[vraag]]
id = "KW-1"
tekst = "Een inwoner vertelt zijn verhaal één keer."
+++
Onze vragen.
)";
  auto r = build(site + lokaal);
  INFO(r.messages());
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(
      r.files["vit/vit-data.js"].find(
          R"({"id":"KW-1","tekst":"Een inwoner vertelt zijn verhaal één keer.","lokaal":true})") !=
      std::string::npos);

  auto bad = build(site + replaced(lokaal, "KW-1", "kw1"));
  INFO(bad.messages());
  CHECK_FALSE(bad.ok);
  CHECK(
      bad.has_message("lokaal/vit/05-brede-blik.aanvulling.md:3:6: fout: lokale vraag-id 'kw1' "
                      "heeft niet de vorm LETTERS-nummer"));

  auto dubbel = build(site + lokaal + R"(
-- lokaal/vit/01-eenvoudig.aanvulling.md --
+++
[[vraag]]
id = "KW-1"
tekst = "Nog een."
+++
)");
  INFO(dubbel.messages());
  CHECK_FALSE(dubbel.ok);
  CHECK(dubbel.has_message("vraag-id 'KW-1' komt twee keer voor"));

  auto basis = build(site + replaced(lokaal, "KW-1", "5.9"));
  INFO(basis.messages());
  CHECK_FALSE(basis.ok);  // a gemeente cannot take a VNG id
  CHECK(
      basis.has_message("vraag-id '5.9' is een nummer van de VNG; een eigen vraag van de "
                        "gemeente heeft een eigen id"));
}

TEST_CASE("vit validation - verberg_vragen hides a question without renumbering the others") {
  auto r = build(
      replaced(kVitSite, "versie = \"2024.1\"", "versie = \"2024.1\"\nverberg_vragen = [\"5.3\"]"));
  INFO(r.messages());
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& data = r.files["vit/vit-data.js"];
  auto kenmerken = data.find("\"kenmerken\"");
  auto vervallen = data.find("\"vervallen\"");
  REQUIRE(kenmerken != std::string::npos);
  REQUIRE(vervallen != std::string::npos);
  // 5.4 keeps its id; 5.3 moves to the retired questions, so saved answers stay visible.
  CHECK(data.find("\"id\":\"5.4\"", kenmerken) < vervallen);
  CHECK(data.find("\"id\":\"5.3\"", kenmerken) > vervallen);
  CHECK(data.find("De wensen van de inwoner zijn leidend.", vervallen) != std::string::npos);

  auto unknown = build(
      replaced(kVitSite, "versie = \"2024.1\"", "versie = \"2024.1\"\nverberg_vragen = [\"5.9\"]"));
  INFO(unknown.messages());
  CHECK_FALSE(unknown.ok);
  CHECK(unknown.has_message("verberg_vragen noemt vraag '5.9', maar die bestaat niet"));
}

TEST_CASE("vit validation - a gemeente's vervallen.toml may repeat a retired id of the VNG") {
  const std::string site =
      replaced(kVitSite, "versie = \"2024.1\"", "versie = \"2024.1\"\noverlays = [\"lokaal\"]");
  auto r = build(site + R"(
-- lokaal/vit/vervallen.toml --
[[vraag]]
id = "5.2"
tekst = "Een oude uitspraak."

[[vraag]]
id = "KW-9"
tekst = "Een oude lokale uitspraak."
)");
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& data = r.files["vit/vit-data.js"];
  auto vervallen = data.find("\"vervallen\"");
  REQUIRE(vervallen != std::string::npos);
  CHECK(data.find("\"id\":\"KW-9\"", vervallen) != std::string::npos);
  auto eerste = data.find("\"id\":\"5.2\"", vervallen);
  REQUIRE(eerste != std::string::npos);
  CHECK(data.find("\"id\":\"5.2\"", eerste + 1) == std::string::npos);  // once, not twice
}
