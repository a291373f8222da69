#include "core/slug.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

using namespace ww;

TEST_CASE("slugs - Dutch diacritics and punctuation") {
  CHECK(slugify("Brede blik, brede analyse") == "brede-blik-brede-analyse");
  CHECK(slugify("Zelf (basis)hulp bieden") == "zelf-basishulp-bieden");
  CHECK(slugify("Coördinatie & reünie") == "coordinatie-reunie");
  CHECK(slugify("Ëën") == "een");
  CHECK(slugify("  ") == "kop");
  CHECK(slugify("1. Waarom een kader?") == "1-waarom-een-kader");
}

TEST_CASE("slugs - unique within a page") {
  SlugSet s;
  CHECK(s.unique("tips") == "tips");
  CHECK(s.unique("tips") == "tips-2");
  CHECK(s.unique("tips") == "tips-3");
  CHECK(s.unique("tips-2") == "tips-2-2");
}

TEST_CASE("slug - reserved ids count as taken, as if they were in `used`") {
  static constexpr std::string_view kReserved[] = {"inhoud", "noten", "noten-2", "kop-3"};
  SlugSet listed;  // the reserved ids as a list
  listed.reserved = kReserved;
  SlugSet filled;  // the same ids put in `used` before the first slug
  for (std::string_view r : kReserved) filled.used[std::string(r)] = 1;
  CHECK(listed.unique("inhoud") == "inhoud-2");
  CHECK(filled.unique("inhoud") == "inhoud-2");
  CHECK(listed.unique("noten") == "noten-3");  // noten-2 is reserved too
  CHECK(filled.unique("noten") == "noten-3");
  // Random slugs from a small set (so they clash with each other, the reserved ids and the
  // numbered ones handed out) get the same ids either way.
  const std::vector<std::string> pieces = {"inhoud", "noten",   "noten-2", "kop",      "kop-2",
                                           "kop-3",  "kop-2-2", "tips",    "inhoud-2", "noten-3"};
  std::uint64_t state = 7;
  for (int round = 0; round < 400; ++round) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::string& slug = pieces[(state >> 33) % pieces.size()];
    INFO(round << " " << slug);
    REQUIRE(listed.unique(slug) == filled.unique(slug));
  }
}
