// Moving a rendered page body into the print edition.
#include "publish/html_rewrite.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
const std::map<std::string, std::string> kMoved = {
    {"kader/hoofdstuk-1.html", "hoofdstuk-1"},
    {"basiskenmerken/05-brede-blik.html", "05-brede-blik"}};
FragmentMove chapter_move() {
  return {"hoofdstuk-1--", "kader/hoofdstuk-1.html", "print.html", 1, &kMoved};
}
}  // namespace

TEST_CASE("html rewrite - ids and id references get the prefix") {
  const std::string html =
      "<h2 id=\"kop\">Kop</h2>\n<p><sup><a id=\"noot-1-ref\" href=\"#noot-1\" aria-describedby=\"a "
      "b\">1</a></sup></p>"
      "<label for=\"veld\">x</label>";
  const std::string out = move_fragment(html, chapter_move());
  CHECK(out.find("<h3 id=\"hoofdstuk-1--kop\">Kop</h3>") != std::string::npos);
  CHECK(out.find("id=\"hoofdstuk-1--noot-1-ref\"") != std::string::npos);
  CHECK(out.find("href=\"#hoofdstuk-1--noot-1\"") != std::string::npos);
  CHECK(out.find("aria-describedby=\"hoofdstuk-1--a hoofdstuk-1--b\"") != std::string::npos);
  CHECK(out.find("for=\"hoofdstuk-1--veld\"") != std::string::npos);
}

TEST_CASE("html rewrite - links to moved pages point inside the new page, others are re-based") {
  const std::string html =
      "<a href=\"../basiskenmerken/05-brede-blik.html#kop\">a</a>"
      "<a href=\"hoofdstuk-1.html\">b</a>"
      "<a href=\"../woordenlijst/mandaat.html\">c</a>"
      "<a href=\"../bronnen.html#bron-x\">d</a>"
      "<img src=\"../img/schema.png\" alt=\"\">"
      "<a href=\"https://vng.nl/x\">e</a><a href=\"mailto:a@b.nl\">f</a>";
  const std::string out = move_fragment(html, chapter_move());
  CHECK(out.find("href=\"#05-brede-blik--kop\"") != std::string::npos);
  CHECK(out.find("href=\"#hoofdstuk-1\"") != std::string::npos);
  CHECK(out.find("href=\"woordenlijst/mandaat.html\"") != std::string::npos);
  CHECK(out.find("href=\"bronnen.html#bron-x\"") != std::string::npos);
  CHECK(out.find("src=\"img/schema.png\"") != std::string::npos);
  CHECK(out.find("href=\"https://vng.nl/x\"") != std::string::npos);
  CHECK(out.find("href=\"mailto:a@b.nl\"") != std::string::npos);
}

TEST_CASE("html rewrite - text, comments and script content are copied unchanged, h6 stays h6") {
  const std::string html =
      "<p>a &lt; b id=\"x\"</p><!-- <a href=\"#y\"> --><script>var s = '<a id=\"z\">';</script><h6 "
      "id=\"k\">K</h6>";
  const std::string out = move_fragment(html, chapter_move());
  CHECK(out.find("<p>a &lt; b id=\"x\"</p>") != std::string::npos);
  CHECK(out.find("<!-- <a href=\"#y\"> -->") != std::string::npos);
  CHECK(out.find("var s = '<a id=\"z\">';") != std::string::npos);
  CHECK(out.find("<h6 id=\"hoofdstuk-1--k\">K</h6>") != std::string::npos);
}

TEST_CASE("html rewrite - move_url") {
  FragmentMove m = chapter_move();
  CHECK(move_url("", m).empty());
  CHECK(move_url("#a", m) == "#hoofdstuk-1--a");
  CHECK(move_url("../index.html", m) == "index.html");
  CHECK(move_url("../zoeken.html?q=mandaat", m) == "zoeken.html?q=mandaat");
  CHECK(move_url("hoofdstuk-2.html#x", m) == "kader/hoofdstuk-2.html#x");
  m.moved = nullptr;
  CHECK(move_url("../basiskenmerken/05-brede-blik.html", m) == "basiskenmerken/05-brede-blik.html");
}
