// SVG check (expat): what can run script or load other files is refused, with line:col;
// ordinary drawings, the theme's own SVGs and the example logo pass.
#include "publish/svg_check.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace ww;

namespace {
const std::string kOpen =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

std::string file(const std::string& path) {
  std::ifstream in(std::string(WEGWIJZER_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE(
    "svg check - script, events, foreignObject, javascript: and external references are refused") {
  struct Case {
    std::string svg;
    std::string message;
  };
  const std::vector<Case> cases = {
      {kOpen + "<script>alert(1)</script></svg>", "bevat <script>"},
      {kOpen + "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">x</svg:script></svg>",
       "bevat <svg:script>"},
      {kOpen + "<SCRIPT>x</SCRIPT></svg>", "bevat <SCRIPT>"},
      {"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
       "gebeurtenis-attribuut onload"},
      {kOpen + "<rect OnMouseOver=\"x()\"/></svg>", "gebeurtenis-attribuut OnMouseOver"},
      {kOpen + "<foreignObject/></svg>", "bevat <foreignObject>"},
      {kOpen + "<handler>x</handler></svg>", "bevat <handler>"},
      {kOpen + "<a href=\"javascript:alert(1)\">x</a></svg>", "script-adres in href"},
      {kOpen + "<a xlink:href=\" JaVa&#x09;ScRiPt:alert(1)\">x</a></svg>",
       "script-adres in xlink:href"},
      {kOpen + "<image href=\"https://volg.example/p.png\"/></svg>", "verwijst met href naar"},
      {kOpen + "<use xlink:href=\"andere.svg#vorm\"/></svg>", "verwijst met xlink:href naar"},
      {kOpen + "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>",
       "verwijst met href naar"},
      {kOpen + "<set attributeName=\"href\" to=\"#x\"/></svg>", "met een animatie"},
      {kOpen + "<rect style=\"fill:url( 'https://x.example/f.svg#p' )\"/></svg>",
       "url() naar een ander bestand"},
      {kOpen + "<rect fill=\"url(https://x.example/f.svg#p)\"/></svg>",
       "url() naar een ander bestand"},
      {kOpen + "<rect style=\"background:\\75rl(https://x.example/)\"/></svg>", "escape"},
      {kOpen + "<style>@import 'https://x.example/a.css';</style></svg>", "@import in <style>"},
      {kOpen + "<style><![CDATA[rect{fill:url(//x.example/p)}]]></style></svg>",
       "url() naar een ander bestand"},
      {"<?xml-stylesheet href=\"https://x.example/a.css\"?>" + kOpen + "</svg>",
       "verwerkingsinstructie"},
      {"<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + kOpen + "&x;</svg>",
       "entiteit 'x'"},
      {"<!DOCTYPE svg [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>" + kOpen + "&b;</svg>",
       "entiteit 'a'"},
      {kOpen + "<rect>", "geen geldige XML"},
      {"", "geen geldige XML"},
  };
  for (const auto& c : cases) {
    INFO(c.svg);
    auto p = svg_problem(c.svg);
    REQUIRE(p);
    INFO(p->message);
    CHECK(p->message.find(c.message) != std::string::npos);
    CHECK(p->line >= 1);
    CHECK(p->column >= 1);
  }
}

TEST_CASE("svg check - the position is the element's line and column") {
  auto p = svg_problem(kOpen + "\n  <g>\n    <script>x</script></g></svg>");
  REQUIRE(p);
  CHECK(p->line == 3);
  CHECK(p->column == 5);
}

TEST_CASE("svg check - ordinary drawings pass") {
  const std::vector<std::string> safe = {
      kOpen +
          "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" "
          "style=\"stroke:url('#g')\"/>"
          "<use href=\"#g\"/><a xlink:href=\"#g\"><text>Tekst met onload en javascript als "
          "woord</text></a></svg>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!DOCTYPE svg PUBLIC "
      "\"-//W3C//DTD SVG 1.1//EN\" "
      "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" +
          kOpen + "<text style=\"font-family:'Open Sans';fill:#000\">&amp; &#233;</text></svg>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- tekening -->\n" + kOpen +
          "<style>rect{fill:#0a0}</style><image "
          "href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>",
  };
  for (const auto& s : safe) {
    INFO(s);
    auto p = svg_problem(s);
    CHECK_FALSE(p);
    if (p) INFO(p->message);
  }
  for (const char* path :
       {"themes/standaard/static/favicon.svg", "examples/krimpenerwaard/logo.svg"}) {
    INFO(path);
    const std::string svg = file(path);
    REQUIRE_FALSE(svg.empty());
    CHECK_FALSE(svg_problem(svg));
  }
  CHECK(is_svg_path("a/Logo.SVG"));
  CHECK_FALSE(is_svg_path("a/logo.svgz"));
}
