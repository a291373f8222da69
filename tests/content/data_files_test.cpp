#include "content/data_files.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("data files - bronnen") {
  Diagnostics d;
  auto b = parse_bronnen(
      "[b-2023]\ntitel = \"B\"\njaar = \"2023\"\n[a-2020]\ntitel = \"A\"\nurl = \"https://x\"\n",
      "content/bronnen.toml", d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(b.size() == 2);
  CHECK(b[0].key == "a-2020");
  CHECK(b[0].url == "https://x");
  CHECK(b[1].pos.line == 1);
  Diagnostics d2;
  parse_bronnen("[x]\nauteur = \"A\"\ntitle = \"T\"\n", "content/bronnen.toml", d2);
  CHECK(d2.count(Severity::error) == 2);  // unknown key 'title', missing 'titel'
}

TEST_CASE("data files - afkortingen and vervallen vragen") {
  Diagnostics d;
  auto a = parse_afkortingen(
      "Wmo = \"Wet maatschappelijke ondersteuning\"\n\"J&V\" = \"Justitie en Veiligheid\"\n",
      "afk.toml", d);
  REQUIRE(a.size() == 2);
  CHECK(a[0].afkorting == "J&V");
  auto v = parse_vervallen_vragen("[[vraag]]\nid = \"3.7\"\ntekst = \"Oud\"\n", "v.toml", d);
  REQUIRE(v.size() == 1);
  CHECK(v[0].id == "3.7");
  CHECK_FALSE(d.has_errors());
}
