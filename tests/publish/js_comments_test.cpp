#include "publish/js_comments.h"

#include <catch2/catch.hpp>

using ww::strip_js_comment_lines;

TEST_CASE("js comments - whole-line // comments removed, code and other comments kept") {
  CHECK(strip_js_comment_lines(
            "// kop\nvar a = 1; // uitleg blijft\n  // ingesprongen\nvar b = '//';\n") ==
        "var a = 1; // uitleg blijft\nvar b = '//';\n");
  CHECK(strip_js_comment_lines("var u = 'http://x';\n/* blok\n// binnen een blok */\nvar c;\n") ==
        "var u = 'http://x';\n/* blok\n// binnen een blok */\nvar c;\n");
  // A template literal or a string continued with a backslash could hold a line that starts with
  // //.
  const std::string tpl = "var t = `\n// tekst\n`;\n// weg?\n";
  CHECK(strip_js_comment_lines(tpl) == tpl);
  const std::string cont = "var s = 'a\\\n// tekst';\n";
  CHECK(strip_js_comment_lines(cont) == cont);
  CHECK(strip_js_comment_lines("// alleen commentaar") == "");
  // The indentation goes; blank lines and line ends stay (a newline can end a statement).
  CHECK(strip_js_comment_lines("  var a = 1;\n\tif (a) {\n    f();\n   \r\n  }\r\n") ==
        "var a = 1;\nif (a) {\nf();\n\r\n}\r\n");
  CHECK(strip_js_comment_lines("") == "");
}
