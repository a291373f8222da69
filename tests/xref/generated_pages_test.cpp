#include <algorithm>
#include <catch2/catch.hpp>

#include "support/mini_site.h"
#include "xref/glossary_pass.h"
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

TEST_CASE("generated pages - the woordenlijst's data needs only the pages' front matter") {
  // Pages as the first scan knows them: no body, no syntax tree, no other pass run.
  Page index;
  index.output = "woordenlijst.html";
  auto term_page = [](std::string term, std::string output, std::string title, std::string kort) {
    Page p;
    p.term = TermInfo{};
    p.term->term = std::move(term);
    p.output = std::move(output);
    p.title = std::move(title);
    p.kort = std::move(kort);
    return p;
  };
  const Page zorg = term_page("zorg", "woordenlijst/zorg.html", "Zorg", "Hulp & steun.");
  const Page hulp = term_page("(basis)hulp", "woordenlijst/basis hulp.html", "Basishulp", "Eerst.");
  const Page drie = term_page("3D", "woordenlijst/3d.html", "3D", "Drie.");
  const auto lijst = woordenlijst_data(index, {&zorg, &hulp, &drie}, false, true);
  CHECK(lijst.anchors == std::vector<std::string>{"letter-overig", "letter-b", "letter-z"});
  const toml::array& letters = *lijst.data["letters"].as_array();
  REQUIRE(letters.size() == 3);
  CHECK(letters[1].as_table()->at("letter").value_or(std::string()) == "B");
  const toml::table& basis = *letters[1].as_table()->at("termen").as_array()->at(0).as_table();
  CHECK(basis.at("url").value_or(std::string()) == "woordenlijst/basis%20hulp.html");
  CHECK(basis.at("title").value_or(std::string()) == "Basishulp");
  CHECK(basis.at("kort").value_or(std::string()) == "Eerst.");
  // Only bronnen: one link, the first; the text around it is the theme's.
  const toml::array& lijsten = *lijst.data["zie_ook"]["lijsten"].as_array();
  REQUIRE(lijsten.size() == 1);
  CHECK(lijsten[0].as_table()->at("url").value_or(std::string()) == "bronnen.html");
  CHECK(lijsten[0].as_table()->at("eerste").value_or(false));
  CHECK_FALSE(woordenlijst_data(index, {}, false, false).data.contains("zie_ook"));
}

TEST_CASE(
    "generated pages - the glossary pass gives woordenlijst.html its list as a part, no HTML") {
  Page index;
  index.output = "woordenlijst.html";
  index.file = "content/woordenlijst/_index.md";
  index.title = "Woordenlijst";
  index.section = "woordenlijst";
  index.is_index = true;
  index.body = "Alle woorden.\n";
  Page term;
  term.output = "woordenlijst/mandaat.html";
  term.file = "content/woordenlijst/mandaat.md";
  term.title = "Mandaat";
  term.section = "woordenlijst";
  term.kort = "Mogen beslissen.";
  term.term = TermInfo{};
  term.term->term = "mandaat";
  term.body = "Uitleg.\n";
  Page user;
  user.output = "kader/a.html";
  user.file = "content/kader/a.md";
  user.title = "A";
  user.section = "kader";
  user.body = "Het mandaat ligt bij het team.\n";
  SiteContent c;
  c.pages = {index, term, user};
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  Diagnostics diags;
  run_glossary_pass(site, SiteConfig{}, diags);
  const PageRecord& lijst = site.pages[0];
  REQUIRE(lijst.parts.size() == 1);
  CHECK(lijst.parts[0].partial == "woordenlijst");
  CHECK(lijst.parts[0].slot == nullptr);  // after the body, before the notes
  CHECK(lijst.parts[0].data["letters"][0]["termen"][0]["url"].value_or(std::string()) ==
        "woordenlijst/mandaat.html");
  // The body stays the page's own text: the pass adds no block of HTML to the tree.
  REQUIRE(lijst.doc);
  CHECK(cmark_node_first_child(lijst.doc.get()) == cmark_node_last_child(lijst.doc.get()));
  CHECK(std::find(lijst.page.anchors.begin(), lijst.page.anchors.end(), "letter-m") !=
        lijst.page.anchors.end());
}

TEST_CASE("glossary pass - every term used once the pages done so far link every term") {
  // The stream frees a page's Markdown once this is true: only the hint of an unused term reads
  // it again, and no term can be unused any more.
  const auto make_term = [](const std::string& slug, const std::string& word) {
    Page term;
    term.output = "woordenlijst/" + slug + ".html";
    term.file = "content/woordenlijst/" + slug + ".md";
    term.title = word;
    term.section = "woordenlijst";
    term.kort = "Uitleg.";
    term.term = TermInfo{};
    term.term->term = word;
    term.body = "Uitleg.\n";
    return term;
  };
  const auto make_user = [](const std::string& name, const std::string& body) {
    Page user;
    user.output = "kader/" + name + ".html";
    user.file = "content/kader/" + name + ".md";
    user.title = name;
    user.section = "kader";
    user.body = body;
    return user;
  };
  SiteContent c;
  c.pages = {make_term("mandaat", "mandaat"), make_term("wijkteam", "wijkteam"),
             make_user("a", "Het mandaat ligt hier.\n"), make_user("b", "Geen term.\n"),
             make_user("c", "Het wijkteam en het mandaat.\n")};
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  GlossaryPass pass(site);
  CHECK_FALSE(pass.every_term_used());
  pass.page(site, 0);  // a term's own page links nothing
  pass.page(site, 1);
  pass.page(site, 2);  // mandaat
  CHECK_FALSE(pass.every_term_used());
  pass.page(site, 3);
  CHECK_FALSE(pass.every_term_used());
  pass.page(site, 4);  // wijkteam: every term
  CHECK(pass.every_term_used());
  Diagnostics diags;
  pass.merge(site, diags);
  CHECK(pass.every_term_used());
  CHECK(diags.items.empty());  // no unused-term warning
}
