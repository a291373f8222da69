// The cross-linking passes on the real kader (content/ with site-config.toml): no xref warning
// (every glossary term is used somewhere, every footnote and citation resolves), the basiskenmerk
// on the sociale en pedagogische basis links "sociale basis" to its term, and the generated pages
// and back-links are there.
#include <catch2/catch.hpp>
#include <set>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

const BuildResult& kader() { return kader_site(); }
const std::string& file(const std::string& path) { return kader_file(path); }

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("kader site - the xref passes give no warning: every term used, every note resolved") {
  const auto& r = kader();
  INFO(r.messages());
  REQUIRE(r.ok);
  const std::set<std::string> xref_rules = {
      "term-ongebruikt", "voetnoot-onbekend", "voetnoot-ongebruikt", "bron-in-kop",
      "onbekende-bron",  "zie-ook",           "gemaakte-pagina"};
  for (const Diagnostic& d : r.diags.items) {
    INFO(format_diagnostic(d));
    CHECK(xref_rules.count(d.rule) == 0);
  }
  // Every term page has its "Komt voor op" list (a term no page uses would have none).
  std::size_t terms = 0;
  for (const auto& [path, html] : r.files) {
    if (path.rfind("woordenlijst/", 0) != 0 || path.size() < 6 ||
        path.substr(path.size() - 5) != ".html")
      continue;
    ++terms;
    INFO(path);
    CHECK(html.find("<h2 id=\"komt-voor-op\">Komt voor op</h2>") != std::string::npos);
  }
  CHECK(terms >= 20);
}

TEST_CASE("kader site - basiskenmerk 3 links 'sociale basis' to its term, once, with its kort") {
  const std::string& bk3 = file("basiskenmerken/03-sociale-en-pedagogische-basis.html");
  REQUIRE(bk3.find("Werken aan een sterke relatie met de sociale en pedagogische basis") !=
          std::string::npos);
  CHECK(bk3.find("<a class=\"term\" href=\"../woordenlijst/sociale-basis.html\" "
                 "data-term=\"sociale basis\" data-kort=\"") != std::string::npos);
  CHECK(count(bk3, "href=\"../woordenlijst/sociale-basis.html\"") == 1);
  // ... and the term page points back at it.
  CHECK(file("woordenlijst/sociale-basis.html")
            .find("href=\"../basiskenmerken/03-sociale-en-pedagogische-basis.html\"") !=
        std::string::npos);
}

TEST_CASE(
    "kader site - citations become numbered notes with back-links, bronnen.html lists where they "
    "are cited") {
  const std::string& h1 = file("kader/hoofdstuk-1.html");
  REQUIRE(!h1.empty());
  CHECK(count(h1, "role=\"doc-noteref\"") >= 5);
  CHECK(count(h1, "role=\"doc-noteref\"") == count(h1, "role=\"doc-backlink\""));
  CHECK(h1.find("<h2 id=\"noten\">Bronnen en voetnoten</h2>") != std::string::npos);
  CHECK(h1.find("<li id=\"noot-1\">") != std::string::npos);
  CHECK(h1.find("[@") == std::string::npos);
  const std::string& bronnen = file("bronnen.html");
  REQUIRE(!bronnen.empty());
  CHECK(bronnen.find("href=\"kader/hoofdstuk-1.html\"") != std::string::npos);
}

TEST_CASE("kader site - woordenlijst, afkortingen and 'Hangt samen met' are generated") {
  const std::string& wl = file("woordenlijst.html");
  CHECK(wl.find("<nav class=\"letterindex\" aria-label=\"Woorden per letter\">") !=
        std::string::npos);
  CHECK(wl.find("href=\"woordenlijst/sociale-basis.html\"") != std::string::npos);
  const std::string& afk = file("afkortingen.html");
  CHECK(afk.find("Wet maatschappelijke ondersteuning") != std::string::npos);
  // zie_ook works both ways: a basiskenmerk named by another lists that one too.
  std::size_t with_related = 0;
  for (const auto& [path, html] : kader().files)
    if (path.rfind("basiskenmerken/", 0) == 0 &&
        html.find("<h2 id=\"hangt-samen-met\">Hangt samen met</h2>") != std::string::npos)
      ++with_related;
  CHECK(with_related >= 10);
  // Basiskenmerk 7 does not name 3 in its zie_ook, but 3 names 7.
  const std::string& bk7 = file("basiskenmerken/07-basishulp-en-aanspreekpunt.html");
  const std::size_t section = bk7.find("<h2 id=\"hangt-samen-met\">");
  REQUIRE(section != std::string::npos);
  CHECK(bk7.find("href=\"03-sociale-en-pedagogische-basis.html\"", section) <
        bk7.find("</section>", section));
}
