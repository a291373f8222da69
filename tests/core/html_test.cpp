// core/html.h: the one HTML escaper of the generator.
#include "core/html.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

using namespace ww;

TEST_CASE("html - html_escape writes the five characters as entities, the apostrophe as a number") {
  CHECK(html_escape("") == "");
  CHECK(html_escape("plain") == "plain");
  CHECK(html_escape("a & b") == "a &amp; b");
  CHECK(html_escape("<p class=\"x\">it's</p>") ==
        "&lt;p class=&quot;x&quot;&gt;it&#39;s&lt;/p&gt;");
  CHECK(html_escape("&&") == "&amp;&amp;");
  CHECK(html_escape("'") == "&#39;");
  CHECK(html_escape("tail<") == "tail&lt;");
  CHECK(html_escape(">head") == "&gt;head");
  CHECK(html_escape("ünïcödé & 'quotes' \"double\" <>") ==
        "ünïcödé &amp; &#39;quotes&#39; &quot;double&quot; &lt;&gt;");
  // Entities already in the text are escaped again: the input is text, not HTML.
  CHECK(html_escape("&amp;") == "&amp;amp;");
  const std::string with_nul("a\0<", 3);
  CHECK(html_escape(with_nul) == std::string("a\0&lt;", 6));
}

TEST_CASE("html - is_dangerous_url looks at the start only, as the whole-URL version did") {
  // The reference lower-cases the whole URL without its white space, then checks the prefixes.
  auto whole = [](std::string_view url) {
    std::string lower;
    for (char c : url) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower.starts_with("javascript:") || lower.starts_with("vbscript:") ||
           (lower.starts_with("data:") && !lower.starts_with("data:image/"));
  };
  const std::vector<std::string> pieces = {"java", "Script", ":",  "vb", "DATA", "data:", "image",
                                           "/",    " ",      "\t", "\n", "x",    "img",   "ge/"};
  std::uint64_t state = 5;
  for (int round = 0; round < 5000; ++round) {
    std::string url;
    for (int k = 0; k < 1 + round % 7; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      url += pieces[(state >> 33) % pieces.size()];
    }
    INFO("[" << url << "]");
    REQUIRE(is_dangerous_url(url) == whole(url));
  }
  CHECK(is_dangerous_url(" Java Script :alert(1)"));
  CHECK(is_dangerous_url("data:text/html,x"));
  CHECK_FALSE(is_dangerous_url("data: image/png;base64,x"));
}

TEST_CASE(
    "html - url_encode_path keeps letters, digits and /#.-_~%?=&: and encodes every other byte") {
  for (int c = 0; c < 256; ++c) {
    const std::string one(1, static_cast<char>(c));
    const bool kept =
        std::isalnum(c) || std::string_view("/#.-_~%?=&:").find(char(c)) != std::string_view::npos;
    char hex[4];
    std::snprintf(hex, sizeof hex, "%%%02X", c);
    INFO(c);
    CHECK(url_encode_path(std::string_view(one)) == (kept ? one : std::string(hex)));
    CHECK(url_encode_path(std::string(one)) == (kept ? one : std::string(hex)));
  }
  CHECK(url_encode_path(std::string_view("kader/mijn pagina.html#kop")) ==
        "kader/mijn%20pagina.html#kop");
  CHECK(url_encode_path(std::string("é/a b")) == "%C3%A9/a%20b");
  std::string clean = "basiskenmerken/05-brede-blik.html#kop-een";
  const char* before = clean.data();
  const std::string moved = url_encode_path(std::move(clean));
  CHECK(moved == "basiskenmerken/05-brede-blik.html#kop-een");
  CHECK(moved.data() == before);  // nothing to encode: the same string, not a copy
}

namespace {

/// url_encode_path as it was written before its table (std::isalnum in the C locale and a list
/// of characters, one character appended at a time): the reference for the one with the table.
std::string reference_url_encode_path(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '/' || c == '#' || c == '.' || c == '-' || c == '_' || c == '~' ||
        c == '%' || c == '?' || c == '=' || c == '&' || c == ':') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("html - url_encode_path keeps and encodes every byte as the reference does") {
  CHECK(url_encode_path(std::string_view("")) == "");
  CHECK(url_encode_path(std::string_view("kader/Één pagina.html#kop-2")) ==
        "kader/%C3%89%C3%A9n%20pagina.html#kop-2");
  for (int b = 0; b < 256; ++b) {
    const std::string one(1, static_cast<char>(b));
    INFO("byte " << b);
    CHECK(url_encode_path(one) == reference_url_encode_path(one));
    const std::string around = "a" + one + "b/" + one;
    CHECK(url_encode_path(around) == reference_url_encode_path(around));
  }
  std::uint64_t state = 7;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int k = 0; k < round % 40; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const auto r = static_cast<unsigned>(state >> 33);
      s += r % 3 == 0 ? static_cast<char>(r >> 8) : "ab/._ #?é"[(r >> 8) % 10];
    }
    INFO(s);
    REQUIRE(url_encode_path(s) == reference_url_encode_path(s));
  }
}
