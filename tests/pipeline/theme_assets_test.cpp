#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
const char* kBase = R"(
-- themes/standaard/templates/base.mustache --
<html class="wegwijzer-theme{{#site.thema_klasse}} {{site.thema_klasse}}{{/site.thema_klasse}}"><head>{{#site.tokens}}<link href="{{root}}css/gemeente-tokens.css">{{/site.tokens}}</head><body>{{#site.gemeente.logo}}<img src="{{root}}{{site.gemeente.logo}}" alt="">{{/site.gemeente.logo}}{{{main}}}</body></html>
-- themes/standaard/templates/page.mustache --
<h1>{{page.title}}</h1>
-- content/_index.md --
+++
title = "Home"
+++
-- content/kader/a.md --
+++
title = "A"
+++
)";
}  // namespace

TEST_CASE("theme assets - the token file and the logo are copied and linked relatively") {
  auto fs = mini_site(std::string(R"(
-- site-config.toml --
title = "Test"
[gemeente]
naam = "Gemeente X"
logo = "beeld/Logo.SVG"
[thema]
tokens = "thema/x-tokens.css"
klasse = "x-theme"
-- thema/x-tokens.css --
.x-theme { --utrecht-link-color: #8b0000; }
-- beeld/Logo.SVG --
<svg xmlns="http://www.w3.org/2000/svg"/>
)") + kBase);
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["css/gemeente-tokens.css"] == ".x-theme { --utrecht-link-color: #8b0000; }\n");
  CHECK(r.files["gemeente-logo.svg"].rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 0) == 0);
  const std::string& a = r.files["kader/a.html"];
  CHECK(a.find("class=\"wegwijzer-theme x-theme\"") != std::string::npos);
  CHECK(a.find("href=\"../css/gemeente-tokens.css\"") != std::string::npos);
  CHECK(a.find("src=\"../gemeente-logo.svg\"") != std::string::npos);
  CHECK(r.files["index.html"].find("src=\"gemeente-logo.svg\"") != std::string::npos);
}

TEST_CASE("theme assets - without [thema] and logo nothing extra is written or linked") {
  auto fs = mini_site(std::string(R"(
-- site-config.toml --
title = "Test"
)") + kBase);
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files.count("css/gemeente-tokens.css") == 0);
  CHECK(r.files["index.html"].find("gemeente-tokens") == std::string::npos);
  CHECK(r.files["index.html"].find("<img") == std::string::npos);
}

TEST_CASE(
    "theme assets - a missing token file and a missing logo are errors at their config keys") {
  auto fs = mini_site(std::string(R"(
-- site-config.toml --
title = "Test"
[gemeente]
logo = "logo.png"
[thema]
tokens = "ontbreekt.css"
)") + kBase);
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  INFO(r.messages());
  CHECK(r.has_message("site-config.toml:5:10: fout: tokenbestand 'ontbreekt.css' bestaat niet"));
  CHECK(r.has_message("[thema-tokens]"));
  CHECK(r.has_message("site-config.toml:3:8: fout: logo 'logo.png' bestaat niet"));
  CHECK(r.files.empty());
}

TEST_CASE("theme assets - a logo that is not an image is an error") {
  auto fs = mini_site(std::string(R"(
-- site-config.toml --
title = "Test"
[gemeente]
logo = "logo.pdf"
-- logo.pdf --
%PDF
)") + kBase);
  auto r = build_memory(fs);
  CHECK_FALSE(r.ok);
  CHECK(r.has_message("site-config.toml:3:8: fout: logo 'logo.pdf' is geen afbeelding"));
}
