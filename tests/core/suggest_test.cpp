#include "core/suggest.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("suggest - edit distance and did-you-mean") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(did_you_mean("titel", {"title", "weight", "kort"}) == "bedoelde u 'title'?");
  CHECK(did_you_mean("xyzzy", {"title", "weight"}).empty());
}
