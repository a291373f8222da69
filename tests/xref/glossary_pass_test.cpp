#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}

/// A site with the terms "sociale basis" (variant "sociale basissen"), "lokaal team" and
/// "stevig lokaal team", and `page` as content/kader/a.md.
MemoryFileSystem glossary_site(const std::string& page) {
  return mini_site(R"(
-- site-config.toml --
title = "Test"
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/sociale-basis.md --
+++
term = "sociale basis"
varianten = ["sociale basissen"]
kort = "Alles in de buurt waar mensen elkaar helpen."
+++
De sociale basis is het netwerk in de buurt.
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
varianten = ["lokale teams"]
kort = "Een team van de gemeente in de buurt."
+++
Uitleg.
-- content/woordenlijst/stevig-lokaal-team.md --
+++
term = "stevig lokaal team"
kort = "Een lokaal team met genoeg mensen & mandaat."
+++
Uitleg.
-- content/woordenlijst/beschikking.md --
+++
term = "beschikking"
uitzonderingen = ["de beschikking over"]
kort = "Een besluit van de gemeente."
+++
Uitleg.
-- content/kader/a.md --
)" + page);
}

}  // namespace

TEST_CASE("glossary - first use on a page links to the term, with its kort for the toggletip") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
De sociale basis is belangrijk. Ook de sociale basis hier.

Nog een keer: sociale basis.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(count(html, "class=\"term\"") == 1);
  CHECK(html.find("<a class=\"term\" href=\"../woordenlijst/sociale-basis.html\" "
                  "data-term=\"sociale basis\" "
                  "data-kort=\"Alles in de buurt waar mensen elkaar helpen.\">sociale basis</a> is "
                  "belangrijk") != std::string::npos);
}

TEST_CASE("glossary - variants, capitals and punctuation around the term") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
(Sociale Basissen), en "lokale teams".
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("(<a class=\"term\" href=\"../woordenlijst/sociale-basis.html\"") !=
        std::string::npos);
  CHECK(html.find(">Sociale Basissen</a>),") != std::string::npos);
  CHECK(html.find(">lokale teams</a>&quot;.") != std::string::npos);
}

TEST_CASE("glossary - longest match: 'stevig lokaal team' before 'lokaal team'") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
Een stevig lokaal team. Daarna een lokaal team.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(
      html.find("href=\"../woordenlijst/stevig-lokaal-team.html\" data-term=\"stevig lokaal team\" "
                "data-kort=\"Een lokaal team met genoeg mensen &amp; mandaat.\">stevig lokaal "
                "team</a>") != std::string::npos);
  CHECK(html.find("href=\"../woordenlijst/lokaal-team.html\" data-term=\"lokaal team\" "
                  "data-kort=\"Een team van de "
                  "gemeente in de buurt.\">lokaal team</a>.") != std::string::npos);
}

TEST_CASE("glossary - never inside headings, links, code or the term's own page") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
## De sociale basis

Zie [de sociale basis](../woordenlijst/sociale-basis.md) en `sociale basis`.

```
sociale basis
```

Hier wel: sociale basis.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(count(html, "class=\"term\"") == 1);
  CHECK(html.find("Hier wel: <a class=\"term\"") != std::string::npos);
  const auto& own = r.files["woordenlijst/sociale-basis.html"];
  CHECK(own.find("class=\"term\" href=\"sociale-basis.html\"") == std::string::npos);
  CHECK(own.find("data-term=\"sociale basis\"") == std::string::npos);
}

TEST_CASE("glossary - inside a word or joined by a hyphen is no use of the term") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
De socialebasis, de sociale basis-aanpak en de asociale basis.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/a.html"].find("class=\"term\"") == std::string::npos);
}

TEST_CASE("glossary - uitzonderingen are never linked") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
Wij hebben de beschikking over geld. Daarna komt een beschikking.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["kader/a.html"];
  INFO(html);
  CHECK(html.find("de beschikking over geld") != std::string::npos);
  CHECK(html.find("een <a class=\"term\" href=\"../woordenlijst/beschikking.html\"") !=
        std::string::npos);
}

TEST_CASE("glossary - term pages list 'Komt voor op', the woordenlijst page lists every term A-Z") {
  auto r = build_memory(glossary_site(R"(+++
title = "Pagina A"
+++
De sociale basis en een lokaal team, een stevig lokaal team en een beschikking.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& term = r.files["woordenlijst/sociale-basis.html"];
  INFO(term);
  CHECK(term.find("<h2 id=\"komt-voor-op\">Komt voor op</h2>") != std::string::npos);
  CHECK(term.find("<li><a href=\"../kader/a.html\">Pagina A</a></li>") != std::string::npos);
  const auto& lijst = r.files["woordenlijst.html"];
  INFO(lijst);
  CHECK(lijst.find("<nav class=\"letterindex\" aria-label=\"Woorden per letter\">") !=
        std::string::npos);
  CHECK(lijst.find("<a href=\"#letter-b\">B</a>") != std::string::npos);
  CHECK(lijst.find("<h2 id=\"letter-s\">S</h2>") != std::string::npos);
  const std::size_t b = lijst.find("woordenlijst/beschikking.html\""),
                    l = lijst.find("woordenlijst/lokaal-team.html\""),
                    s = lijst.find("woordenlijst/sociale-basis.html\""),
                    st = lijst.find("woordenlijst/stevig-lokaal-team.html\"");
  REQUIRE(st != std::string::npos);
  CHECK(b < l);
  CHECK(l < s);
  CHECK(s < st);
  CHECK(lijst.find("<dd>Alles in de buurt waar mensen elkaar helpen.</dd>") != std::string::npos);
  CHECK(r.diags.count(Severity::warning) == 0);
}

TEST_CASE("glossary - a term no page uses gives a warning at its front matter") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
De sociale basis en lokale teams.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.has_message(
      "content/woordenlijst/stevig-lokaal-team.md:2:8: waarschuwing: de term 'stevig lokaal team' "
      "staat op geen enkele pagina [term-ongebruikt]"));
  CHECK(r.has_message(
      "content/woordenlijst/beschikking.md:2:8: waarschuwing: de term 'beschikking'"));
  CHECK_FALSE(r.has_message("de term 'sociale basis'"));
  // A term used only on its own page counts as unused.
  CHECK_FALSE(r.files["woordenlijst/stevig-lokaal-team.html"].find("Komt voor op") !=
              std::string::npos);
}

TEST_CASE("glossary - an unused term whose longer form is used gets that form as hint") {
  auto r = build_memory(glossary_site(R"(+++
title = "A"
+++
De sociale basis. Er zijn beschikkingen en stevige lokaal teams.
)"));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.has_message(
      "content/woordenlijst/beschikking.md:2:8: waarschuwing: de term 'beschikking' staat op geen "
      "enkele pagina [term-ongebruikt]\n  hint: in content/kader/a.md staat 'beschikkingen': voeg "
      "die "
      "vorm toe aan 'varianten'"));
  // "stevige lokaal teams" is no longer form of "stevig lokaal team": the general hint stays.
  CHECK(r.has_message(
      "de term 'stevig lokaal team' staat op geen enkele pagina [term-ongebruikt]\n  hint: voeg in "
      "'varianten' de vorm toe die in de tekst staat, of haal de term weg"));
}

TEST_CASE("glossary - one link per term per page, counting 'In gewone taal' first") {
  auto fs = glossary_site(R"(+++
title = "A"
+++
De sociale basis.
)");
  fs.add("content/basiskenmerken/03-basis.md", R"(+++
title = "Drie"
nummer = 3
waarde = "dichtbij"
gewone_taal = "Het gaat om de sociale basis."
+++
Over de sociale basis en lokale teams.
)");
  fs.add("themes/standaard/templates/basiskenmerk.mustache",
         "<div class=\"gt\">{{{page.kenmerk.gewone_taal}}}</div><div "
         "class=\"body\">{{{page.content}}}</div>");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  const auto& html = r.files["basiskenmerken/03-basis.html"];
  INFO(html);
  CHECK(count(html, "data-term=\"sociale basis\"") == 1);
  CHECK(html.find("data-term=\"sociale basis\"") < html.find("<div class=\"body\">"));
  CHECK(count(html, "data-term=\"lokaal team\"") == 1);
  const auto& term = r.files["woordenlijst/sociale-basis.html"];
  INFO(term);
  CHECK(term.find("href=\"../basiskenmerken/03-basis.html\">Drie</a>") != std::string::npos);
  CHECK(term.find("href=\"../kader/a.html\">A</a>") != std::string::npos);
}
