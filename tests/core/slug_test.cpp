#include "core/slug.h"

#include <catch2/catch.hpp>

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
