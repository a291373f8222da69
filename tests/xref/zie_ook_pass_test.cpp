#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {

std::string kenmerk(int nummer, const std::string& zie_ook) {
  return "+++\ntitle = \"Kenmerk " + std::to_string(nummer) +
         "\"\nnummer = " + std::to_string(nummer) + "\nwaarde = \"dichtbij\"\n" + zie_ook +
         "+++\nTekst.\n";
}

}  // namespace

TEST_CASE("zie_ook - 'Hangt samen met' in both directions") {
  auto fs = mini_site("-- site-config.toml --\ntitle = \"Test\"\n");
  fs.add("content/basiskenmerken/_index.md", "+++\ntitle = \"Basiskenmerken\"\n+++\n");
  fs.add("content/basiskenmerken/01-een.md", kenmerk(1, "zie_ook = [3]\n"));
  fs.add("content/basiskenmerken/02-twee.md", kenmerk(2, ""));
  fs.add("content/basiskenmerken/03-drie.md", kenmerk(3, "zie_ook = [2]\n"));
  fs.add("themes/standaard/templates/basiskenmerk.mustache",
         "<ul>{{#page.kenmerk.zie_ook}}<li><a "
         "href=\"{{url}}\">{{title}}</a></li>{{/page.kenmerk.zie_ook}}</ul>");
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(r.files["basiskenmerken/01-een.html"] ==
        "<html><head><title>Kenmerk 1</title></head><body><ul><li><a "
        "href=\"03-drie.html\">Kenmerk 3</a></li></ul></body></html>\n");
  CHECK(r.files["basiskenmerken/02-twee.html"].find(
            "<ul><li><a href=\"03-drie.html\">Kenmerk 3</a></li></ul>") != std::string::npos);
  CHECK(r.files["basiskenmerken/03-drie.html"].find(
            "<ul><li><a href=\"01-een.html\">Kenmerk 1</a></li><li><a "
            "href=\"02-twee.html\">Kenmerk 2</a></li></ul>") != std::string::npos);
}

TEST_CASE("zie_ook - itself or a number that does not exist is a warning at the key") {
  auto fs = mini_site("-- site-config.toml --\ntitle = \"Test\"\n");
  fs.add("content/basiskenmerken/01-een.md", kenmerk(1, "zie_ook = [1, 9]\n"));
  auto r = build_memory(fs);
  INFO(r.messages());
  REQUIRE(r.ok);
  CHECK(
      r.has_message("content/basiskenmerken/01-een.md:5:11: waarschuwing: zie_ook noemt het "
                    "basiskenmerk zelf (1)"));
  CHECK(r.has_message(
      "content/basiskenmerken/01-een.md:5:11: waarschuwing: zie_ook noemt basiskenmerk 9, maar dat "
      "bestaat niet [zie-ook]"));
}
