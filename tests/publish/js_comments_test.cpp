#include "publish/js_comments.h"

#include <catch2/catch.hpp>

using ww::strip_js_comment_lines;

TEST_CASE("js comments - whole-line // comments removed, code and other comments kept") {
  CHECK(strip_js_comment_lines(
            "// kop\nvar a = 1; // uitleg blijft\n  // ingesprongen\nvar b = '//';\n") ==
        "var a = 1; // uitleg blijft\nvar b = '//';\n");
  CHECK(strip_js_comment_lines("var u = 'http://x';\n/* blok\n// binnen een blok */\nvar c;\n") ==
        "var u = 'http://x';\nvar c;\n");
  // A // line that holds */ may close a block opened in the middle of a line: kept.
  CHECK(strip_js_comment_lines("var a; /* blok\n// nog blok */ var b;\n") ==
        "var a; /* blok\n// nog blok */ var b;\n");
  // A template literal or a string continued with a backslash could hold a line that starts with
  // //.
  const std::string tpl = "var t = `\n// tekst\n`;\n// weg?\n";
  CHECK(strip_js_comment_lines(tpl) == tpl);
  const std::string cont = "var s = 'a\\\n// tekst';\n";
  CHECK(strip_js_comment_lines(cont) == cont);
  CHECK(strip_js_comment_lines("// alleen commentaar") == "");
}

TEST_CASE("js comments - indentation, blank lines and line-start block comments removed") {
  CHECK(strip_js_comment_lines(
            "(function () {\n\n  /** Uitleg\n   * meer */\n  var a = 1;\n\t\tif (a) "
            "{ b(); }\n  /* kort */ var c = '/* geen */';\n})();\n") ==
        "(function () {\nvar a = 1;\nif (a) { b(); }\nvar c = '/* geen */';\n})();\n");
  // Whitespace inside a line, strings and regular expressions is never touched.
  CHECK(strip_js_comment_lines("    var s = '  a  b ', r = /\\s+  x/;\n") ==
        "var s = '  a  b ', r = /\\s+  x/;\n");
  // A backtick only in comments does not stop the stripping; one in the code does.
  CHECK(strip_js_comment_lines("  /** Over `x`. */\n  var x;\n") == "var x;\n");
  const std::string code = "  /** Over `x`. */\n  var x = `a\n  // tekst`;\n";
  CHECK(strip_js_comment_lines(code) == code);
  // The last line keeps working without a newline at the end.
  CHECK(strip_js_comment_lines("  var z") == "var z\n");
  CHECK(strip_js_comment_lines("") == "");
}
