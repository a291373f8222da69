#include "core/toml_messages.h"

#include <catch2/catch.hpp>

#include "core/toml_util.h"

using namespace ww;

namespace {
std::string parse_message(const std::string& text) {
  Diagnostics d;
  parse_toml(text, "x.toml", 0, d);
  REQUIRE(d.items.size() == 1);
  return d.items[0].message;
}
}  // namespace

TEST_CASE("toml messages - toml++'s common errors in Dutch, the original kept for the rest") {
  CHECK(parse_message("title = Hallo\n") ==
        "ongeldige TOML in de waarde: onbekende soort waarde; zet tekst tussen aanhalingstekens: "
        "\"zoals hier\"");
  CHECK(parse_message("title \"x\"\n") ==
        "ongeldige TOML in de regel sleutel = waarde: hier hoort '=' te staan, maar er staat '\"'");
  CHECK(parse_message("[thema\n") ==
        "ongeldige TOML in de tabelkop [...]: hier hoort ']' te staan, maar er staat het eind van "
        "de regel");
  CHECK(parse_message("x = {a=1,}\n") ==
        "ongeldige TOML in de tabel { ... }: er staat een komma te veel voor '}'");
  CHECK(parse_message("x = [1, 2\n") ==
        "ongeldige TOML in de lijst [ ... ]: het bestand houdt op voordat dit af is");
  CHECK(parse_message("[a]\n[a]\n") ==
        "ongeldige TOML in de tabelkop [...]: tabel 'a' komt twee keer voor");
  CHECK(parse_message("x = 1 2\n") ==
        "ongeldige TOML in de regel sleutel = waarde: hier hoort niets meer (of een opmerking met "
        "#) te staan, maar er staat '2'");
  CHECK(parse_message("x = 'a\n").find("ontbreekt er een aanhalingsteken?") != std::string::npos);

  std::string original;
  CHECK(toml_error_dutch("Error while parsing string: something new", original) ==
        "ongeldige TOML in de tekst: something new");
  CHECK(original == "Error while parsing string: something new");
  toml_error_dutch("Error while parsing value: could not determine value type", original);
  CHECK(original.empty());
}
