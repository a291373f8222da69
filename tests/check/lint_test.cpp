#include "check/lint.h"

#include <catch2/catch.hpp>

#include "content/loader.h"
#include "support/mini_site.h"

using namespace ww;

namespace {
std::string lint(std::string_view spec) {
  MemoryFileSystem fs = test::mini_site(spec);
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, "site-config.toml", diags);
  SiteContent content = load_content(fs, config, LoadOptions{}, diags);
  REQUIRE_FALSE(diags.has_errors());
  ParsedSite site =
      parse_site(std::move(content), {config.unsafe_html, config.smart_punctuation}, nullptr);
  Diagnostics found;
  lint_site(site, found);
  sort_diagnostics(found.items);
  std::string out;
  for (const auto& d : found.items) out += format_diagnostic(d) + '\n';
  return out;
}
}  // namespace

TEST_CASE("lint - headings, images and link texts, at their line and column") {
  const std::string out = lint(R"(-- site-config.toml --
title = "Test"
-- content/_index.md --
+++
title = "Home"
kort = "Een korte tekst."
+++
## Goed

#### Te diep

![](plaatje.png)

Lees [klik hier](https://example.org) of [](https://example.org) of [lees meer](https://example.org).

Maar [de brede blik](https://example.org) is goed.
)");
  INFO(out);
  CHECK(out.find("content/_index.md:7:1: waarschuwing: kop van niveau 4 na niveau 2") !=
        std::string::npos);
  CHECK(out.find("[kop-overgeslagen]") != std::string::npos);
  CHECK(out.find(
            "content/_index.md:9:1: fout: afbeelding zonder alt-tekst [afbeelding-zonder-alt]") !=
        std::string::npos);
  CHECK(out.find("content/_index.md:11:6: waarschuwing: linktekst 'klik hier'") !=
        std::string::npos);
  CHECK(out.find("fout: link zonder tekst [lege-linktekst]") != std::string::npos);
  CHECK(out.find("linktekst 'lees meer'") != std::string::npos);
  CHECK(out.find("linktekst 'de brede blik'") == std::string::npos);
  CHECK(out.find("kort-ontbreekt") == std::string::npos);
}

TEST_CASE("lint - missing kort, unused sources, long pages without sub-headings") {
  std::string long_body;
  for (int i = 0; i < 130; ++i) long_body += "Dit is een zin met vijf woorden. ";
  const std::string out = lint(R"(-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[gebruikt]
titel = "Een bron die wel genoemd wordt"

[vergeten]
titel = "Een bron die niemand noemt"
-- content/_index.md --
+++
title = "Home"
+++
Een lokaal team helpt u [@gebruikt, p. 3].
-- content/woordenlijst/lokaal-team.md --
+++
term = "lokaal team"
kort = "Een team in de wijk."
+++
Uitleg.
-- content/woordenlijst/bemoeizorg.md --
+++
term = "bemoeizorg"
kort = "Zorg die niemand vroeg."
+++
Uitleg.
-- content/kader/lang.md --
+++
title = "Lang"
kort = "Een lange pagina."
+++
)" + long_body + "\n");
  INFO(out);
  CHECK(out.find("content/_index.md:1:1: waarschuwing: pagina zonder 'kort' [kort-ontbreekt]") !=
        std::string::npos);
  // An unused term is the build's finding (xref/glossary_pass), so check shows it once.
  CHECK(out.find("[term-ongebruikt]") == std::string::npos);
  CHECK(out.find("content/bronnen.toml:4:") != std::string::npos);
  CHECK(out.find("de bron 'vergeten' wordt nergens aangehaald [bron-ongebruikt]") !=
        std::string::npos);
  CHECK(out.find("de bron 'gebruikt'") == std::string::npos);
  CHECK(out.find("content/kader/lang.md:5:1: waarschuwing: lange pagina (910 woorden) zonder "
                 "tussenkopjes") != std::string::npos);
}

TEST_CASE("lint - vague link texts") {
  CHECK(is_vague_link_text("Klik hier"));
  CHECK(is_vague_link_text("  hier "));
  CHECK(is_vague_link_text("Lees meer"));
  CHECK(is_vague_link_text("meer informatie"));
  CHECK_FALSE(is_vague_link_text("lees meer over de brede blik"));
  CHECK_FALSE(is_vague_link_text("basiskenmerk 5"));
}

TEST_CASE("lint - per page in any order, the merge still finds unused sources") {
  // The build shows each page to lint_page on its worker threads in any order; lint_end merges.
  // A source cited only in a gewone taal is cited; one cited nowhere is reported. (Unused glossary
  // terms are the build's finding: xref/glossary_pass.)
  MemoryFileSystem fs = test::mini_site(R"(-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[eerste]
titel = "Eerste bron"

[in-gewone-taal]
titel = "Genoemd in gewone taal"

[nergens]
titel = "Nergens genoemd"
-- content/_index.md --
+++
title = "Home"
kort = "Wijk en casusregie."
+++
Een tekst [@eerste] die eindigt op zorg
-- content/basiskenmerken/01-een.md --
+++
title = "Een"
nummer = 1
waarde = "dichtbij"
kort = "Teams helpen."
gewone_taal = "In gewone taal [@in-gewone-taal]."
+++
Tekst.
-- content/woordenlijst/casusregie.md --
+++
term = "casusregie"
kort = "Regie op een casus."
+++
Uitleg.
-- content/woordenlijst/zorg-wijk.md --
+++
term = "zorgwijk"
varianten = ["zorg wijk"]
kort = "Niet gebruikt: alleen over twee teksten heen."
+++
Uitleg.
-- content/woordenlijst/eigen.md --
+++
term = "eigenkracht"
kort = "Alleen op de eigen pagina: eigenkracht."
+++
Eigenkracht.
-- content/woordenlijst/cliënt.md --
+++
term = "cliëntondersteuning"
varianten = ["onafhankelijke clientondersteuning"]
kort = "Hulp bij vragen."
+++
Uitleg.
-- content/zz/laatste.md --
+++
title = "Laatste"
kort = "De laatste pagina."
+++
Vraag om Onafhankelijke  Cliëntondersteuning.
)");
  Diagnostics diags;
  SiteConfig config = load_site_config(fs, "site-config.toml", diags);
  SiteContent content = load_content(fs, config, LoadOptions{}, diags);
  REQUIRE_FALSE(diags.has_errors());
  ParsedSite site = parse_site(std::move(content), {}, nullptr);
  auto format = [](Diagnostics found) {
    std::string out;
    for (const auto& d : found.items) out += format_diagnostic(d) + '\n';
    return out;
  };
  Diagnostics whole;
  lint_site(site, whole);
  LintRun run = lint_begin(site);
  for (std::size_t i = site.pages.size(); i-- > 0;) lint_page(site, i, run);
  Diagnostics merged;
  lint_end(site, run, merged);
  const std::string out = format(merged);
  INFO(out);
  CHECK(out == format(whole));                                // the same findings in the same order
  CHECK(out.find("[term-ongebruikt]") == std::string::npos);  // the build's finding
  CHECK(out.find("de bron 'nergens' wordt nergens aangehaald [bron-ongebruikt]") !=
        std::string::npos);
  CHECK(out.find("de bron 'eerste'") == std::string::npos);
  CHECK(out.find("de bron 'in-gewone-taal'") == std::string::npos);
  // Findings of single pages come first, in page order; the merge's findings after them.
  CHECK(out.find("kort-ontbreekt") == std::string::npos);
}
