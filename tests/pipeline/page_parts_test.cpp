// Page parts (docs/templates.md, "Page parts"): passes give data, the theme's partials render it.
#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

const char* kSite = R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/mandaat.md --
+++
title = "Mandaat"
+++
Het team beslist zelf.[^1] Dat staat ook elders.[^1]

[^1]: Zie de wet.
)";

}  // namespace

TEST_CASE("page parts - the notes come from the built-in partial when the theme has none") {
  auto r = build_memory(mini_site(kSite));  // the mini theme has only base and page
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& page = r.files["kader/mandaat.html"];
  CHECK(
      page.find("<section class=\"noten\" aria-labelledby=\"noten\">\n<h2 id=\"noten\">Bronnen en "
                "voetnoten</h2>\n<ol class=\"noten-lijst\">\n<li id=\"noot-1\">\n<p>Zie de "
                "wet.</p>\n<p class=\"noot-terug\"><a href=\"#noot-1-ref\" "
                "role=\"doc-backlink\">Terug naar de tekst (1)<span class=\"visueel-verborgen\"> "
                "bij noot 1</span></a> <a href=\"#noot-1-ref-2\" role=\"doc-backlink\">Terug "
                "naar de tekst (2)<span class=\"visueel-verborgen\"> bij noot "
                "1</span></a></p>\n</li>\n</ol>\n</section>\n") != std::string::npos);
}

TEST_CASE("page parts - a site's own partial noten changes the notes section") {
  std::string spec = std::string(kSite) +
                     "-- templates/partials/noten.mustache --\n"
                     "<aside class=\"eigen-noten\"><h2>Voetnoten</h2>{{#noten}}<div id=\"{{id}}\">"
                     "{{nummer}}. {{{inhoud}}}{{#terug}}<a href=\"#{{ref_id}}\">terug</a>{{/terug}}"
                     "</div>{{/noten}}</aside>\n";
  auto r = build_memory(mini_site(spec));
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& page = r.files["kader/mandaat.html"];
  CHECK(page.find("<aside class=\"eigen-noten\"><h2>Voetnoten</h2><div id=\"noot-1\">1. <p>Zie de "
                  "wet.</p>\n<a href=\"#noot-1-ref\">terug</a><a href=\"#noot-1-ref-2\">terug</a>"
                  "</div></aside>") != std::string::npos);
  CHECK(page.find("Bronnen en voetnoten</h2>") == std::string::npos);
  // The note markers in the text still point at the notes.
  CHECK(page.find("<a id=\"noot-1-ref\" href=\"#noot-1\"") != std::string::npos);
}

TEST_CASE("page parts - a broken partial noten is an error at its file") {
  std::string spec = std::string(kSite) + "-- templates/partials/noten.mustache --\n{{#noten}}\n";
  auto r = build_memory(mini_site(spec));
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("templates/partials/noten.mustache"));
}

TEST_CASE("page parts - toggletips come from the passes' data, not from the page's markup") {
  // With unsafe_html the author's own HTML may hold data-kort; only a real term link loads the
  // toggletip script (page.has_toggletips, set by the glossary and abbreviations passes).
  std::string spec = std::string(R"(
-- site-config.toml --
title = "Test"
[markdown]
unsafe_html = true
-- content/_index.md --
+++
title = "Home"
+++
<span data-kort="eigen">Eigen HTML.</span>
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/team.md --
+++
title = "Team"
+++
Het lokaal team helpt.
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
kort = "Een team dichtbij."
+++
Uitleg.
-- themes/standaard/templates/page.mustache --
{{#page.has_toggletips}}TOGGLETIPS{{/page.has_toggletips}}{{{page.content}}}
)");
  auto r = build_memory(mini_site(spec));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["kader/team.html"].find("TOGGLETIPS") != std::string::npos);
  CHECK(r.files["index.html"].find("data-kort=\"eigen\"") != std::string::npos);
  CHECK(r.files["index.html"].find("TOGGLETIPS") == std::string::npos);
}

TEST_CASE("page parts - a site's own partial komt-voor-op changes the list on a term page") {
  std::string spec = std::string(R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/team.md --
+++
title = "Team's"
+++
Het lokaal team helpt.
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
kort = "Een team dichtbij."
+++
Uitleg.
)");
  auto standard = build_memory(mini_site(spec));
  INFO(standard.messages());
  REQUIRE(standard.ok);
  CHECK(standard.files["woordenlijst/lokaal-team.html"].find(
            "<section class=\"komt-voor-op\">\n<h2 "
            "id=\"komt-voor-op\">Komt voor op</h2>\n<ul>\n<li><a href=\"../kader/team.html\">"
            "Team&#39;s</a></li>\n</ul>\n</section>\n") != std::string::npos);
  // The page template escapes the same title with the same escaper (core/html.h) as the part.
  CHECK(standard.files["kader/team.html"].find("<title>Team&#39;s</title>") != std::string::npos);
  CHECK(standard.files["kader/team.html"].find("<h1>Team&#39;s</h1>") != std::string::npos);
  for (const auto& [path, text] : standard.files) {
    INFO(path);
    CHECK(text.find("&apos;") == std::string::npos);
  }

  spec +=
      "-- templates/partials/komt-voor-op.mustache --\n<p id=\"{{id}}\">Gebruikt in: "
      "{{#paginas}}<a href=\"{{url}}\">{{title}}</a>{{/paginas}}</p>\n";
  auto own = build_memory(mini_site(spec));
  INFO(own.messages());
  REQUIRE(own.ok);
  const std::string& page = own.files["woordenlijst/lokaal-team.html"];
  CHECK(page.find("<p id=\"komt-voor-op\">Gebruikt in: <a href=\"../kader/team.html\">Team&#39;s"
                  "</a></p>\n") != std::string::npos);
  CHECK(page.find("<h2 id=\"komt-voor-op\">") == std::string::npos);
}

TEST_CASE("page parts - the label of a note from the kader is data for the partial noten") {
  std::string spec = std::string(kSite) +
                     "-- content/kader/eind.md --\n+++\ntitle = \"Eind\"\n+++\n"
                     "Zin[^voetnoot-3] en zin[^2].\n\n[^voetnoot-3]: Uit het kader.\n\n"
                     "[^2]: Van de site.\n";
  auto standard = build_memory(mini_site(spec));
  INFO(standard.messages());
  REQUIRE(standard.ok);
  CHECK(standard.files["kader/eind.html"].find(
            "<li id=\"noot-1\">\n<p><span class=\"noot-kader\">Voetnoot 3 in het "
            "kader</span></p>\n<p>Uit het kader.</p>\n<p class=\"noot-terug\">") !=
        std::string::npos);
  CHECK(standard.files["kader/eind.html"].find("<li id=\"noot-2\">\n<p>Van de site.</p>") !=
        std::string::npos);

  spec +=
      "-- templates/partials/noten.mustache --\n<ol>{{#noten}}<li id=\"{{id}}\">"
      "{{#uit_kader}}<strong>{{kader_noot}} uit het kader:</strong> {{/uit_kader}}"
      "{{{inhoud}}}</li>{{/noten}}</ol>\n";
  auto own = build_memory(mini_site(spec));
  INFO(own.messages());
  REQUIRE(own.ok);
  const std::string& page = own.files["kader/eind.html"];
  INFO(page);
  CHECK(page.find("<ol><li id=\"noot-1\"><strong>Voetnoot 3 uit het kader:</strong> <p>Uit het "
                  "kader.</p>\n</li><li id=\"noot-2\"><p>Van de site.</p>\n</li></ol>") !=
        std::string::npos);
  CHECK(page.find("noot-kader") == std::string::npos);
  CHECK(page.find("in het kader") == std::string::npos);
}

TEST_CASE("page parts - the woordenlijst is the partial woordenlijst, which a site can replace") {
  std::string spec = std::string(R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Het lokaal team helpt, en de Wmo ook.
-- content/bronnen.toml --
[wet]
titel = "De wet"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
Alle woorden.[@wet]
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
title = "Lokaal team"
kort = "Een team dichtbij, met 'eigen' mensen & mandaat."
+++
Uitleg.
)");
  auto standard = build_memory(mini_site(spec));
  INFO(standard.messages());
  REQUIRE(standard.ok);
  const std::string& lijst = standard.files["woordenlijst.html"];
  INFO(lijst);
  // After the body, before the notes, exactly as the generator wrote it in C++ before.
  const std::size_t at = lijst.find(
      "<p class=\"xref-zie-ook\">Zoekt u een afkorting of een bron? Kijk dan in de lijst met "
      "<a href=\"afkortingen.html\">afkortingen</a> of de lijst met <a "
      "href=\"bronnen.html\">bronnen</a>.</p>\n<nav class=\"letterindex\" aria-label=\"Woorden "
      "per letter\">\n<ul>\n<li><a href=\"#letter-l\">L</a></li>\n</ul>\n</nav>\n<section "
      "class=\"woordenlijst-letter\">\n<h2 id=\"letter-l\">L</h2>\n<dl "
      "class=\"woordenlijst-termen\">\n<dt><a href=\"woordenlijst/lokaal-team.html\">Lokaal "
      "team</a></dt>\n<dd>Een team dichtbij, met &#39;eigen&#39; mensen &amp; "
      "mandaat.</dd>\n</dl>\n</section>\n<section class=\"noten\"");
  CHECK(at != std::string::npos);
  CHECK(lijst.find("Alle woorden.") < at);

  spec +=
      "-- templates/partials/woordenlijst.mustache --\n<ul class=\"eigen\">{{#letters}}"
      "{{#termen}}<li id=\"{{id}}\"><a href=\"{{url}}\">{{title}}</a>: {{kort}}</li>{{/termen}}"
      "{{/letters}}</ul>\n{{#zie_ook}}<p>Zie ook {{#lijsten}}{{naam}} {{/lijsten}}</p>\n"
      "{{/zie_ook}}";
  auto own = build_memory(mini_site(spec));
  INFO(own.messages());
  REQUIRE(own.ok);
  const std::string& page = own.files["woordenlijst.html"];
  CHECK(page.find("<ul class=\"eigen\"><li id=\"letter-l\"><a "
                  "href=\"woordenlijst/lokaal-team.html\">Lokaal team</a>: Een team dichtbij, met "
                  "&#39;eigen&#39; mensen &amp; mandaat.</li></ul>\n<p>Zie ook afkortingen "
                  "bronnen </p>\n<section class=\"noten\"") != std::string::npos);
  CHECK(page.find("letterindex") == std::string::npos);
  CHECK(page.find("xref-zie-ook") == std::string::npos);
}

TEST_CASE("page parts - the search page is the partial zoekpagina, which a site can replace") {
  auto standard = build_memory(mini_site(kSite));
  INFO(standard.messages());
  REQUIRE(standard.ok);
  INFO(standard.files["zoeken.html"]);
  CHECK(standard.files["zoeken.html"].find(
            "<p>Zonder JavaScript kunt u zo verder:</p>\n<ul>\n<li>Alle onderwerpen vindt u via de "
            "<a href=\"index.html\">inhoudsopgave</a>.</li>\n</ul>\n</div>\n") !=
        std::string::npos);

  std::string spec =
      std::string(kSite) +
      "-- templates/partials/zoekpagina.mustache --\n<div id=\"eigen-zoeken\">"
      "{{#heeft_inhoud}}<a href=\"{{inhoud_url}}\">Alle pagina's</a>{{/heeft_inhoud}}"
      "</div><script src=\"{{zoekindex}}\" defer></script>\n";
  auto own = build_memory(mini_site(spec));
  INFO(own.messages());
  REQUIRE(own.ok);
  const std::string& page = own.files["zoeken.html"];
  CHECK(page.find("<div id=\"eigen-zoeken\"><a href=\"index.html\">Alle pagina's</a></div><script "
                  "src=\"zoekindex.js\" defer></script>\n") != std::string::npos);
  CHECK(page.find("zoekformulier-invoer") == std::string::npos);
}

TEST_CASE("page parts - the download block on over.html is the partial download") {
  std::string spec = std::string(kSite) +
                     "-- content/over.md --\n+++\ntitle = \"Over\"\n+++\n## Downloaden\n\nTekst.\n";
  auto standard = build_memory(mini_site(spec));
  INFO(standard.messages());
  REQUIRE(standard.ok);
  CHECK(standard.files["over.html"].find("<p class=\"download\">Bij deze versie is geen "
                                         "zip-bestand gemaakt.</p>\n<p>Tekst.</p>") !=
        std::string::npos);

  spec +=
      "-- templates/partials/download.mustache --\n{{#geen_zip}}<p class=\"eigen\">Geen "
      "download.</p>{{/geen_zip}}\n";
  auto own = build_memory(mini_site(spec));
  INFO(own.messages());
  REQUIRE(own.ok);
  INFO(own.files["over.html"]);
  // Right under the heading, before the page's own text.
  const std::size_t eigen =
      own.files["over.html"].find("</h2>\n<p class=\"eigen\">Geen download.</p>");
  REQUIRE(eigen != std::string::npos);
  CHECK(own.files["over.html"].find("<p>Tekst.</p>") > eigen);
  CHECK(own.files["over.html"].find("zip-bestand") == std::string::npos);
}

TEST_CASE("page parts - the afkortingen list is the partial afkortingen") {
  std::string spec =
      std::string(kSite) +
      "-- content/afkortingen.toml --\nWmo = \"Wet maatschappelijke ondersteuning\"\n"
      "-- templates/partials/afkortingen.mustache --\n<ul>{{#afkortingen}}<li id=\""
      "{{id}}\">{{#namen}}{{naam}}{{/namen}}: {{voluit}}</li>{{/afkortingen}}</ul>\n";
  auto r = build_memory(mini_site(spec));
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["afkortingen.html"].find(
            "<ul><li id=\"afkorting-wmo\">Wmo: Wet maatschappelijke ondersteuning</li></ul>") !=
        std::string::npos);
}

TEST_CASE("page parts - the bronnen list is the partial bronnen") {
  std::string spec = std::string(kSite) +
                     "-- content/bronnen.toml --\n[wet-2024]\ntitel = \"De wet\"\njaar = \"2024\"\n"
                     "-- content/kader/bron.md --\n+++\ntitle = \"Bron\"\n+++\nZo staat het "
                     "[@wet-2024].\n"
                     "-- templates/partials/bronnen.mustache --\n<ol>{{#bronnen}}<li id=\"{{id}}\">"
                     "{{#genoemd}}{{#paginas}}{{title}}{{/paginas}}{{/genoemd}}</li>{{/bronnen}}"
                     "</ol>\n";
  auto r = build_memory(mini_site(spec));
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::string& page = r.files["bronnen.html"];
  CHECK(page.find("<ol><li id=\"") != std::string::npos);
  CHECK(page.find("\">Bron</li></ol>") != std::string::npos);
  CHECK(page.find("bronnenlijst") == std::string::npos);
}

TEST_CASE("page parts - a part a merge adds stands between the body and the notes, once") {
  // The notes are put after the body while the page streams; "Komt voor op" (made by the
  // glossary's merge) goes between them afterwards, on 1 and 3 threads alike.
  const std::string spec = R"(
-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
+++
Welkom.
-- content/kader/_index.md --
+++
title = "Kader"
+++
-- content/kader/team.md --
+++
title = "Team"
+++
Het lokaal team helpt.[^1]

[^1]: Een noot op de gewone pagina.
-- content/woordenlijst/_index.md --
+++
title = "Woordenlijst"
+++
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
kort = "Een team dichtbij."
+++
Uitleg over het team.[^1]

[^1]: Een noot op de termpagina.
)";
  BuildOptions one, three;
  one.threads = 1;
  three.threads = 3;
  auto a = build_memory(mini_site(spec), one);
  auto b = build_memory(mini_site(spec), three);
  INFO(a.messages());
  REQUIRE(a.ok);
  CHECK(a.files == b.files);
  const std::string& term = a.files["woordenlijst/lokaal-team.html"];
  const std::size_t body = term.find("Uitleg over het team");
  const std::size_t komt = term.find("<section class=\"komt-voor-op\">");
  const std::size_t noten = term.find("Een noot op de termpagina.");
  REQUIRE(body != std::string::npos);
  REQUIRE(komt != std::string::npos);
  REQUIRE(noten != std::string::npos);
  CHECK(body < komt);
  CHECK(komt < noten);
  CHECK(term.find("<section class=\"komt-voor-op\">", komt + 1) == std::string::npos);
  CHECK(term.find("Een noot op de termpagina.", noten + 1) == std::string::npos);
  // A page without a part after its body keeps its notes right after it.
  const std::string& team = a.files["kader/team.html"];
  REQUIRE(team.find(" helpt.") != std::string::npos);
  CHECK(team.find(" helpt.") < team.find("Een noot op de gewone pagina."));
}
