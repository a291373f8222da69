#include "core/json.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("json - json_string escapes for JSON and for a <script> element") {
  CHECK(json_string("") == "\"\"");
  CHECK(json_string("a\"b\\c") == R"("a\"b\\c")");
  CHECK(json_string("</script><!--") == R"("\u003c/script\u003e\u003c!--")");
  CHECK(json_string("a & b") == R"("a \u0026 b")");
  CHECK(json_string("r1\nr2\r\t\x01\x1f\x7f") == R"("r1\nr2\r\t\u0001\u001f\u007f")");
  CHECK(json_string(std::string_view("nul\0x", 5)) == R"("nul\u0000x")");
  CHECK(json_string("x\xE2\x80\xA8y\xE2\x80\xA9z") == R"("x\u2028y\u2029z")");
  // Other characters, also other ones starting with E2 80, stay UTF-8.
  CHECK(json_string("één \xE2\x80\x94 ĳ") == "\"één \xE2\x80\x94 ĳ\"");
  CHECK(json_string("\xE2\x80") == "\"\xE2\x80\"");  // cut off at the end: copied, no overread
}
