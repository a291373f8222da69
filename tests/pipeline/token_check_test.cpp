#include "pipeline/token_check.h"

#include <catch2/catch.hpp>

#include "pipeline/colour.h"
#include "pipeline/css_tokens.h"
#include "pipeline/image_kind.h"

using namespace ww;

namespace {

const char* kDefaults =
    ".wegwijzer-theme {\n"
    "  --basis-color-default-bg-document: #ffffff;\n"
    "  --basis-color-default-color-document: #1b1b1b;\n"
    "  --basis-color-action-2-color-default: #00507a;\n"
    "  --utrecht-document-background-color: var(--basis-color-default-bg-document);\n"
    "  --utrecht-document-color: var(--basis-color-default-color-document);\n"
    "  --utrecht-link-color: var(--basis-color-action-2-color-default);\n"
    "}\n";

Diagnostics run(const std::string& css, const std::string& klasse = "k-theme") {
  Diagnostics d;
  check_tokens(
      {kDefaults, "tokens-standaard.css", "tokens.css", css, klasse, {"site-config.toml", 6, 10}},
      d);
  return d;
}

}  // namespace

TEST_CASE("colour - parsing and WCAG contrast") {
  CHECK(colour_hex(*parse_css_colour("#0B5A3A")) == "#0b5a3a");
  CHECK(colour_hex(*parse_css_colour("#fd0")) == "#ffdd00");
  CHECK(colour_hex(*parse_css_colour("rgb(255 221 0)")) == "#ffdd00");
  CHECK(colour_hex(*parse_css_colour("rgba(0, 0, 0, 1)")) == "#000000");
  CHECK(colour_hex(*parse_css_colour("hsl(0, 100%, 50%)")) == "#ff0000");
  CHECK(colour_hex(*parse_css_colour("White")) == "#ffffff");
  CHECK_FALSE(parse_css_colour("rgba(0, 0, 0, 0.5)"));  // see-through: depends on what lies below
  CHECK_FALSE(parse_css_colour("#12345"));
  CHECK_FALSE(parse_css_colour("var(--x)"));
  CHECK(contrast_ratio(*parse_css_colour("#000"), *parse_css_colour("#fff")) == Approx(21.0));
  CHECK(contrast_ratio(*parse_css_colour("#767676"), *parse_css_colour("#fff")) ==
        Approx(4.54).epsilon(0.01));
}

TEST_CASE("css tokens - rules, dark media blocks, positions and broken CSS") {
  Diagnostics d;
  auto css = read_css_tokens(
      "/* x { */\n.a-theme, :root {\n  --x: #fff;\n  color: red;\n  --y: \"a;b\";\n}\n"
      "@media (prefers-color-scheme: dark) { .a-theme { --x: #000 } }\n",
      "t.css", d);
  CHECK(d.items.empty());
  REQUIRE(css.rules.size() == 2);
  CHECK(css.rules[0].selectors == std::vector<std::string>{".a-theme", ":root"});
  REQUIRE(css.rules[0].declarations.size() == 2);
  CHECK(css.rules[0].declarations[0].pos.line == 3);
  CHECK(css.rules[0].declarations[0].pos.col == 3);
  CHECK(css.rules[0].declarations[1].value == "\"a;b\"");
  CHECK(css.rules[1].dark);
  CHECK(css_classes(css) == std::vector<std::string>{"a-theme"});

  for (const char* broken :
       {".a { --x: #fff;\n", "/* open\n.a {}", ".a { --x: #fff; }\n}\n", ".a { --x: \"open\n}"}) {
    Diagnostics e;
    read_css_tokens(broken, "t.css", e);
    INFO(broken);
    CHECK(e.has_errors());
  }
}

TEST_CASE("token check - class, contrast with position, brand override, size") {
  CHECK(run(".k-theme { --basis-color-action-2-color-default: #0b5a3a; }").items.empty());

  auto missing = run(".ander-theme { --basis-color-action-2-color-default: #0b5a3a; }");
  REQUIRE(missing.items.size() == 1);
  CHECK(missing.items[0].pos.line == 6);
  CHECK(missing.items[0].rule == "thema-klasse");
  CHECK(missing.items[0].hint == "het tokenbestand kent: .ander-theme");
  auto typo = run(".k-thema { --basis-color-action-2-color-default: #0b5a3a; }");
  REQUIRE(typo.items.size() == 1);
  CHECK(typo.items[0].hint == "bedoelde u 'k-thema'?");

  auto yellow = run(".k-theme {\n  --basis-color-action-2-color-default: #ffdd00;\n}");
  REQUIRE(yellow.items.size() == 1);
  CHECK(yellow.items[0].pos.file == "tokens.css");
  CHECK(yellow.items[0].pos.line == 2);
  CHECK(yellow.items[0].message.find("link: contrast 1,35:1") == 0);

  // Tokens on another class do not reach the page; only Wegwijzer's defaults are never reported.
  CHECK(
      run(".k-theme {}\n.ander { --basis-color-action-2-color-default: #ffdd00; }").items.empty());

  auto dark =
      run(".k-theme {}\n@media (prefers-color-scheme: dark) {\n .k-theme { "
          "--basis-color-default-bg-document: #111; }\n}");
  REQUIRE_FALSE(dark.items.empty());
  CHECK(dark.items[0].message.find("donkere modus, tekst") == 0);
  CHECK(dark.items[0].pos.line == 3);

  std::string big = ".k-theme {\n";
  while (big.size() <= kCssBudgetBytes) big += "  --k-padding: 1rem;\n";
  big += "}\n";
  auto size = run(big);
  REQUIRE(size.items.size() == 1);
  CHECK(size.items[0].severity == Severity::warning);
  CHECK(size.items[0].rule == "thema-grootte");
}

TEST_CASE("image kind - the bytes must be the image the name promises") {
  CHECK_FALSE(image_content_problem(".svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  CHECK_FALSE(
      image_content_problem(".svg",
                            "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- logo -->\n"
                            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg/>"));
  CHECK(image_content_problem(".svg", "Hier komt ons logo."));
  CHECK(image_content_problem(".svg", "<html><svg/></html>"));
  CHECK(image_content_problem(".svg", ""));
  CHECK_FALSE(image_content_problem(".png", std::string("\x89PNG\r\n\x1a\n....", 12)));
  CHECK_FALSE(image_content_problem(".jpeg", "\xff\xd8\xff\xe0...."));
  CHECK_FALSE(image_content_problem(".gif", "GIF89a...."));
  CHECK_FALSE(image_content_problem(".webp", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)));
  CHECK(*image_content_problem(".jpg", std::string("\x89PNG\r\n\x1a\n....", 12)) ==
        "het bestand heet .jpg maar is een png-afbeelding");
  CHECK(image_content_problem(".png", "geen plaatje"));
}
