#include "publish/css_comments.h"

#include <catch2/catch.hpp>

using ww::strip_css_comments;

TEST_CASE("css comments - removed, rules and strings kept") {
  CHECK(strip_css_comments("a { color: red; } /* uitleg */\nb { x: 1; }\n") ==
        "a { color: red; } \nb { x: 1; }\n");
  // A comment on lines of its own takes its line break with it.
  CHECK(
      strip_css_comments("/* kop\n   twee regels */\n.a { x: 1; }\n  /* in een blok */\n.b {}\n") ==
      ".a { x: 1; }\n.b {}\n");
  // "/*" inside a string is text, not a comment.
  CHECK(strip_css_comments(".a::before { content: \"/* geen commentaar */\"; }") ==
        ".a::before { content: \"/* geen commentaar */\"; }");
  CHECK(strip_css_comments(".a::before { content: '\\'/*'; } /* weg */") ==
        ".a::before { content: '\\'/*'; } ");
  CHECK(strip_css_comments(".a { x: 1 /* midden */; }") == ".a { x: 1 ; }");
  CHECK(strip_css_comments("/* open tot het einde") == "");
  CHECK(strip_css_comments("") == "");
}
