// The cross-link passes (notes, glossary, abbreviations, links) work per page in parallel and
// merge in page order: the output and the diagnostics must not depend on the thread count.
#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

/// A site of `pages` pages that all use terms, citations, abbreviations, footnotes and links to
/// each other's anchors, with warnings (unused term and footnote, citation in a heading) and,
/// when `errors`, errors (dead anchor, unknown source): a build with errors writes no files.
MemoryFileSystem xref_site(int pages, bool errors) {
  std::string spec = R"x(
-- site-config.toml --
title = "Test"
-- content/bronnen.toml --
[agenda-2023]
titel = "Hervormingsagenda Jeugd"
auteur = "Rijksoverheid en VNG"
jaar = "2023"

[nji-2023]
titel = "Schaarse jeugdhulp"
jaar = "2023"
uitgever = "NJi"
-- content/afkortingen.toml --
Wmo = "Wet maatschappelijke ondersteuning"
ggz = "geestelijke gezondheidszorg"
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
kort = "Een team van de gemeente."
+++
Uitleg.
-- content/woordenlijst/nergens.md --
+++
term = "nergens gebruikt"
kort = "Staat op geen pagina."
+++
Uitleg.
)x";
  auto name = [](int k) { return std::string(k < 10 ? "p0" : "p") + std::to_string(k); };
  for (int k = 1; k <= pages; ++k) {
    const std::string n = std::to_string(k);
    spec += "-- content/kader/" + name(k) + ".md --\n+++\ntitle = \"Pagina " + n +
            "\"\n+++\n## Kop " + n + "\n\n";
    if (k % 6 == 1) spec += "### Over [@agenda-2023]\n\n";
    if (k % 2 == 0)
      spec += "De sociale basissen en de Wmo [@agenda-2023, p. " + n + "]. Weer de Wmo.\n\n";
    if (k % 3 == 0)
      spec += "Een lokaal team en de ggz[^1] [@nji-2023; @agenda-2023].\n\n[^1]: Voetnoot " + n +
              ".\n\n";
    if (k % 4 == 0) spec += "Niet gebruikt.\n\n[^ongebruikt]: Niet gebruikt.\n\n";
    if (errors && k % 4 == 0) spec += "Onbekend [@geen-bron].\n\n";
    spec += "Zie [de volgende](" + name(k % pages + 1) + ".md#kop-" +
            std::to_string(k % pages + 1) + ")";
    if (errors && k % 5 == 0) spec += " en [dood](p01.md#bestaat-niet)";
    spec += ".\n";
  }
  return mini_site(spec);
}

BuildResult build_with(int pages, bool errors, unsigned threads) {
  BuildOptions o;
  o.threads = threads;
  return build_memory(xref_site(pages, errors), o);
}

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("xref threads - the same site and messages with 1 and 4 threads") {
  const BuildResult one = build_with(24, false, 1);
  const BuildResult four = build_with(24, false, 4);
  INFO(one.messages());
  REQUIRE(one.ok);
  CHECK(one.messages() == four.messages());
  REQUIRE(one.files.size() == four.files.size());
  for (const auto& [path, bytes] : one.files) {
    INFO(path);
    auto it = four.files.find(path);
    REQUIRE(it != four.files.end());
    CHECK(bytes == it->second);
  }
}

TEST_CASE("xref threads - the same errors in the same order with 1 and 4 threads") {
  const BuildResult one = build_with(24, true, 1);
  const BuildResult four = build_with(24, true, 4);
  const std::string messages = one.messages();
  INFO(messages);
  CHECK_FALSE(one.ok);
  CHECK(messages == four.messages());
  CHECK(count(messages, "[onbekende-bron]") == 6);
  CHECK(count(messages, "[dood-anker]") == 4);
  // Each pass reports the pages in page order (p04 before p08 before p12 ...).
  std::size_t at = 0;
  for (const char* page : {"p04.md", "p08.md", "p12.md", "p16.md", "p20.md", "p24.md"}) {
    INFO(page);
    const std::size_t next = messages.find(std::string("content/kader/") + page + ":", at);
    REQUIRE(next != std::string::npos);
    at = next;
  }
}

TEST_CASE("xref threads - site-wide pages list the pages in page order") {
  const BuildResult r = build_with(24, false, 4);
  const std::string messages = r.messages();
  INFO(messages);
  REQUIRE(r.ok);
  CHECK(count(messages, "[voetnoot-ongebruikt]") == 6);
  CHECK(count(messages, "[bron-in-kop]") == 4);
  CHECK(count(messages, "[term-ongebruikt]") == 1);

  const std::string& term = r.files.at("woordenlijst/sociale-basis.html");
  INFO(term);
  std::size_t prev = 0;
  for (int k = 2; k <= 24; k += 2) {
    const std::string link =
        "href=\"../kader/p" + std::string(k < 10 ? "0" : "") + std::to_string(k) + ".html\"";
    const std::size_t pos = term.find(link);
    INFO(link);
    REQUIRE(pos != std::string::npos);
    CHECK(pos > prev);
    prev = pos;
  }
  const std::string& page6 = r.files.at("kader/p06.html");
  INFO(page6);
  CHECK(count(page6, "class=\"term\"") == 2);
  CHECK(page6.find("data-kort=\"Wet maatschappelijke ondersteuning\">") != std::string::npos);
  CHECK(page6.find("<abbr title=\"Wet maatschappelijke ondersteuning\">Wmo</abbr>") !=
        std::string::npos);
  CHECK(page6.find("href=\"p07.html#kop-7\"") != std::string::npos);
  CHECK(page6.find("id=\"noot-3\"") != std::string::npos);
  CHECK(r.files.count("bronnen.html") == 1);
  CHECK(r.files.count("afkortingen.html") == 1);
}
