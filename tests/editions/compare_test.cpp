#include "editions/compare.h"

#include <catch2/catch.hpp>

#include "editions/edition_pages.h"

using namespace ww;

namespace {
Page page(std::string source, std::string title, std::string body) {
  Page p;
  p.source = std::move(source);
  p.file = "content/" + p.source;
  p.title = std::move(title);
  p.body = std::move(body);
  return p;
}
Page term(std::string source, std::string name, std::string kort) {
  Page p = page(std::move(source), name, "Uitleg.");
  p.term = TermInfo{name, {p.file, 2, 1}, {}, {}};
  p.kort = std::move(kort);
  return p;
}
VitVraag vraag(std::string id, std::string tekst, SourcePos pos = {}) {
  VitVraag v;
  v.id = std::move(id);
  v.tekst = std::move(tekst);
  v.pos = std::move(pos);
  return v;
}
Page vit(std::vector<std::pair<std::string, std::string>> vragen) {
  Page p = page("vit/05.md", "VIT 5", "");
  VitInfo info;
  info.kenmerk = 5;
  for (auto& [id, tekst] : vragen) info.vragen.push_back(vraag(id, tekst, {p.file, 3, 1}));
  p.vit = info;
  return p;
}
const std::string kLong =
    "De toegang is de plek waar inwoners met een vraag terechtkunnen. Het lokale team kijkt breed "
    "naar de "
    "situatie en maakt samen met de inwoner een plan. Daarbij telt wat de inwoner zelf kan en wil.";
}  // namespace

TEST_CASE("compare editions - added, removed, changed and renamed pages") {
  SiteContent before, after;
  before.pages = {page("a.md", "A", "Zelfde tekst."), page("b.md", "B", "Oude tekst van b."),
                  page("oud.md", "Oud", kLong),
                  page("weg.md", "Weg", "Een heel andere tekst over iets anders.")};
  after.pages = {page("a.md", "A", "Zelfde tekst."), page("b.md", "B", "Nieuwe tekst van b."),
                 page("nieuw-pad.md", "Oud", kLong + " Een zin erbij."),
                 page("erbij.md", "Erbij", "Helemaal nieuw.")};
  auto c = compare_editions(before, after, "2024.03");
  CHECK(c.previous == "2024.03");
  REQUIRE(c.changed.size() == 1);
  CHECK(c.changed[0].new_source == "b.md");
  CHECK(c.changed[0].diff.changed_share() > 0);
  REQUIRE(c.renamed.size() ==
          1);  // matched by content, although the file name has nothing in common
  CHECK(c.renamed[0].old_source == "oud.md");
  CHECK(c.renamed[0].new_source == "nieuw-pad.md");
  CHECK(c.renamed[0].similarity > kRenameSimilarity);
  REQUIRE(c.removed.size() == 1);
  CHECK(c.removed[0].old_source == "weg.md");
  REQUIRE(c.added.size() == 1);
  CHECK(c.added[0].new_source == "erbij.md");
  CHECK(c.for_new_source("nieuw-pad.md") != nullptr);
  CHECK(c.for_new_source("a.md") == nullptr);
}

TEST_CASE("compare editions - a vanished page with other text is removed, not renamed") {
  SiteContent before, after;
  before.pages = {page("x.md", "X", kLong)};
  after.pages = {
      page("y.md", "Y", "Over iets heel anders: de begroting van volgend jaar en de planning.")};
  auto c = compare_editions(before, after, "v1");
  CHECK(c.renamed.empty());
  CHECK(c.removed.size() == 1);
  CHECK(c.added.size() == 1);
}

TEST_CASE("compare editions - terms, sources and VIT statements") {
  SiteContent before, after;
  before.pages = {
      term("woordenlijst/a.md", "aanbod", "Wat er is."),
      term("woordenlijst/b.md", "beleid", "Plannen."),
      vit({{"5.1", "Het team kijkt breed."}, {"5.2", "Oude tekst."}, {"5.3", "Vervalt straks."}})};
  before.bronnen = {Bron{"wet", "Wet", "", "", "", "", "", {}}};
  after.pages = {
      term("woordenlijst/a.md", "aanbod", "Wat er nu is."),
      term("woordenlijst/c.md", "casus", "Een geval."),
      vit({{"5.1", "Het team kijkt breed."}, {"5.2", "Nieuwe tekst."}, {"5.4", "Nieuw."}})};
  after.bronnen = {Bron{"wet", "Wet", "", "2025", "", "", "", {}},
                   Bron{"nota", "Nota", "", "", "", "", "", {}}};
  after.vervallen_vragen = {vraag("5.3", "Vervalt straks.")};
  auto c = compare_editions(before, after, "v1");
  REQUIRE(c.termen.added.size() == 1);
  CHECK(c.termen.added[0].key == "casus");
  REQUIRE(c.termen.removed.size() == 1);
  CHECK(c.termen.removed[0].key == "beleid");
  REQUIRE(c.termen.changed.size() == 1);
  CHECK(c.termen.changed[0].key == "aanbod");
  CHECK(c.bronnen.added.size() == 1);
  CHECK(c.bronnen.changed.size() == 1);
  REQUIRE(c.vit.changed.size() == 1);
  CHECK(c.vit.changed[0].key == "5.2");
  CHECK(c.vit.changed[0].old_text == "Oude tekst.");
  CHECK(c.vit.changed[0].new_text == "Nieuwe tekst.");
  REQUIRE(c.vit.added.size() == 1);
  CHECK(c.vit.added[0].key == "5.4");
  REQUIRE(c.vit.removed.size() == 1);
  CHECK(c.vit.removed[0].key == "5.3");
}

TEST_CASE("compare editions - only pages under the base content folder take part") {
  SiteContent before, after;
  before.pages = {page("a.md", "A", "Tekst.")};
  Page local = page("lokaal.md", "Lokaal", "Eigen tekst.");
  local.file = "lokaal/lokaal.md";
  after.pages = {page("a.md", "A", "Tekst."), local};
  auto c = compare_editions(before, after, "v1", "content");
  CHECK(c.added.empty());
  CHECK(compare_editions(before, after, "v1").added.size() == 1);
}

TEST_CASE("change view output path") {
  CHECK(change_view_output("basiskenmerken/05-brede-blik.md") ==
        "wijzigingen/basiskenmerken-05-brede-blik.html");
  CHECK(change_view_output("over.md") == "wijzigingen/over.html");
}
