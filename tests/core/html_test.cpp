// core/html.h: the one HTML escaper of the generator.
#include "core/html.h"

#include <catch2/catch.hpp>

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
