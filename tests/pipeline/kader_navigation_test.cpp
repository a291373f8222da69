// Navigation on the real kader (content/ with site-config.toml and the standard theme): the reading
// order that previous/next follow, aria-current in the main menu, breadcrumbs, and the link from
// each basiskenmerk to its part of the VIT.
#include <catch2/catch.hpp>
#include <regex>
#include <vector>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

const BuildResult& kader() { return kader_site(); }
const std::string& file(const std::string& path) { return kader_file(path); }

/// Resolves a relative href ("../kader/a.html#x") against the page at `from`
/// ("basiskenmerken/b.html").
std::string resolve(const std::string& from, std::string href) {
  if (auto hash = href.find('#'); hash != std::string::npos) href.erase(hash);
  std::vector<std::string> parts;
  for (std::size_t start = 0, slash; (slash = from.find('/', start)) != std::string::npos;
       start = slash + 1)
    parts.push_back(from.substr(start, slash - start));
  std::size_t start = 0;
  for (std::size_t slash; (slash = href.find('/', start)) != std::string::npos; start = slash + 1) {
    std::string part = href.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (part != ".") {
      parts.push_back(part);
    }
  }
  std::string out;
  for (const auto& p : parts) out += p + "/";
  return out + href.substr(start);
}

/// The target of the first `<a href="…" rel="…">` on the page, resolved; empty when there is none.
std::string rel_link(const std::string& page, const std::string& rel) {
  std::smatch m;
  const std::regex re("<a href=\"([^\"]+)\" rel=\"" + rel + "\"");
  const std::string& html = file(page);
  if (!std::regex_search(html, m, re)) return {};
  return resolve(page, m[1]);
}

std::string between(const std::string& html, const std::string& open, const std::string& close) {
  auto a = html.find(open);
  if (a == std::string::npos) return {};
  auto b = html.find(close, a);
  return html.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

bool is_content_page(const std::string& path) {
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

}  // namespace

TEST_CASE(
    "kader navigation - previous/next follow the reading order from samenvatting to the last "
    "bijlage") {
  REQUIRE(kader().ok);
  const std::vector<std::string> expected = {
      "kader/samenvatting.html",
      "kader/leeswijzer.html",
      "kader/hoofdstuk-1.html",
      "kader/hoofdstuk-2.html",
      "basiskenmerken/01-eenvoudig-systeem.html",
      "basiskenmerken/02-laagdrempelig.html",
      "basiskenmerken/03-sociale-en-pedagogische-basis.html",
      "basiskenmerken/04-patronen-en-systeemknelpunten.html",
      "basiskenmerken/05-brede-blik.html",
      "basiskenmerken/06-houding-vaardigheden-kennis.html",
      "basiskenmerken/07-basishulp-en-aanspreekpunt.html",
      "basiskenmerken/08-afspraken-samenwerking.html",
      "basiskenmerken/09-overgangen-levensloop.html",
      "basiskenmerken/10-levenslange-beperkingen.html",
      "basiskenmerken/11-mandaat.html",
      "basiskenmerken/12-oog-voor-veiligheid.html",
      "basiskenmerken/13-passend-en-nodig.html",
      "kader/hoofdstuk-3.html",
      "bijlagen/bijlage-1-afspraken-en-programmas.html",
      "bijlagen/bijlage-2-woordenlijst.html",
      "bijlagen/bijlage-3-documenten-en-literatuur.html",
  };
  std::vector<std::string> walked = {expected.front()};
  while (walked.size() < expected.size() + 2) {
    std::string next = rel_link(walked.back(), "next");
    if (next.empty()) break;
    walked.push_back(next);
  }
  CHECK(walked == expected);
  // Walking back with rel="prev" gives the same order reversed.
  for (std::size_t i = 1; i < expected.size(); ++i) {
    INFO(expected[i]);
    CHECK(rel_link(expected[i], "prev") == expected[i - 1]);
  }
}

TEST_CASE(
    "kader navigation - the main menu holds chapters, values, basiskenmerken, bijlagen, "
    "woordenlijst and VIT, only the current section unfolded") {
  REQUIRE(kader().ok);
  auto count = [](const std::string& menu, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = menu.find(what); p != std::string::npos; p = menu.find(what, p + 1)) ++n;
    return n;
  };
  // On a basiskenmerk page: every section, and the basiskenmerken by value; the kader's
  // chapters are folded into the link "Kader" (issue 25: the whole list on every page was
  // twice as tall as the text at 400 % zoom).
  std::string menu =
      between(file("basiskenmerken/05-brede-blik.html"), "<nav class=\"menu\"", "</nav>");
  REQUIRE_FALSE(menu.empty());
  for (const char* part : {"../kader.html", "../basiskenmerken.html", "Dichtbij", "Integraal",
                           "Met mandaat", "../bijlagen.html", "../woordenlijst.html", "../vit.html",
                           "01-eenvoudig-systeem.html", "13-passend-en-nodig.html"}) {
    INFO(part);
    CHECK(menu.find(part) != std::string::npos);
  }
  CHECK(count(menu, "class=\"menu-nummer\"") == 13);
  CHECK(menu.find("../kader/hoofdstuk-1.html") == std::string::npos);
  // On a chapter of the kader: the chapters, and the basiskenmerken folded.
  menu = between(file("kader/hoofdstuk-1.html"), "<nav class=\"menu\"", "</nav>");
  REQUIRE_FALSE(menu.empty());
  for (const char* part : {"samenvatting.html", "hoofdstuk-1.html", "hoofdstuk-3.html",
                           "../basiskenmerken.html", "../vit.html"}) {
    INFO(part);
    CHECK(menu.find(part) != std::string::npos);
  }
  CHECK(menu.find("Dichtbij") == std::string::npos);
  CHECK(menu.find("01-eenvoudig-systeem.html") == std::string::npos);
}

TEST_CASE("kader navigation - on every page the menu marks at most the page itself as current") {
  REQUIRE(kader().ok);
  const std::regex current("<a href=\"([^\"]+)\" aria-current=\"page\"");
  std::size_t marked = 0;
  for (const auto& [path, html] : kader().files) {
    if (!is_content_page(path)) continue;
    const std::string menu = between(html, "<nav class=\"menu\"", "</nav>");
    if (menu.empty()) continue;
    INFO(path);
    std::size_t here = 0;
    for (auto it = std::sregex_iterator(menu.begin(), menu.end(), current);
         it != std::sregex_iterator(); ++it) {
      ++here;
      CHECK(resolve(path, (*it)[1]) == path);
    }
    CHECK(here <= 1);
    marked += here;
  }
  // Every chapter, basiskenmerk and section page in the menu is marked on its own page.
  CHECK(marked >= 20);
}

TEST_CASE("kader navigation - breadcrumbs start at Home and end at the current page") {
  REQUIRE(kader().ok);
  std::size_t pages = 0;
  for (const auto& [path, html] : kader().files) {
    if (!is_content_page(path) || path == "index.html" || path == "404.html" ||
        path == "print.html")
      continue;
    const std::string crumbs = between(html, "<nav class=\"kruimelpad\"", "</nav>");
    INFO(path);
    REQUIRE_FALSE(crumbs.empty());
    ++pages;
    std::smatch first;
    REQUIRE(std::regex_search(crumbs, first, std::regex("<a href=\"([^\"]+)\">Home</a>")));
    CHECK(resolve(path, first[1]) == "index.html");
    CHECK(crumbs.find("<span aria-current=\"page\">") != std::string::npos);
  }
  CHECK(pages >= 80);
  const std::string bk =
      between(file("basiskenmerken/05-brede-blik.html"), "<nav class=\"kruimelpad\"", "</nav>");
  CHECK(bk.find("<a href=\"../basiskenmerken.html\">") != std::string::npos);
}

TEST_CASE("kader navigation - every basiskenmerk links to its own part of the VIT") {
  REQUIRE(kader().ok);
  const std::regex vit_link("href=\"(\\.\\./vit/[^\"]+\\.html)\"");
  std::size_t kenmerken = 0;
  for (const auto& [path, html] : kader().files) {
    if (path.rfind("basiskenmerken/", 0) != 0 || !is_content_page(path)) continue;
    const std::string main = between(html, "<main", "</main>");
    std::smatch m;
    INFO(path);
    REQUIRE(std::regex_search(main, m, vit_link));
    const std::string target = resolve(path, m[1]);
    // The VIT part has the same file name as the basiskenmerk.
    CHECK(target == "vit/" + path.substr(std::string("basiskenmerken/").size()));
    CHECK(kader().files.count(target) == 1);
    ++kenmerken;
  }
  CHECK(kenmerken == 13);
}
