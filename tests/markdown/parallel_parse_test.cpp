// cmark-gfm 0.29 switches the inline characters of its extensions (~ for strikethrough, : and w
// for autolinks) on and off in a process-wide table around every cmark_parser_finish. Parsed on
// several threads, one parser switched them off while another was still parsing inlines, and
// that page lost its <del> and autolinks now and then. This test parses many pages at once.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/parallel.h"
#include "core/worker_pool.h"
#include "markdown/document.h"

using namespace ww;

TEST_CASE("parallel parse - every page keeps its strikethrough and autolinks on many threads") {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text +=
        "Een zin met ~~doorgehaald~~ en www.example.org en https://vng.nl/pagina erin, "
        "en nog wat *nadruk* en gewone woorden zodat het parsen even duurt.\n\n";
  const std::string expected = render_html(parse_markdown(text, {}).get());
  REQUIRE(expected.find("<del>doorgehaald</del>") != std::string::npos);
  REQUIRE(expected.find("<a href=\"http://www.example.org\">") != std::string::npos);
  REQUIRE(expected.find("<a href=\"https://vng.nl/pagina\">") != std::string::npos);

  const std::size_t pages = 3000;
  WorkerPool workers(8);
  std::vector<std::string> html(pages);
  parallel_for(pages, &workers,
               [&](std::size_t i) { html[i] = render_html(parse_markdown(text, {}).get()); });
  std::size_t different = 0;
  for (const auto& h : html) different += h != expected;
  CHECK(different == 0);
}

TEST_CASE(
    "parallel parse - pages with and without strikethrough keep their autolinks side by side") {
  std::string plain, tilde;
  for (int i = 0; i < 40; ++i) {
    plain +=
        "Kijk op www.example.org of https://vng.nl/pagina voor meer, met *nadruk* en gewone "
        "woorden.\n\n";
    tilde += "Dit is ~~weg~~ en dit staat op www.example.org, met gewone woorden erachter.\n\n";
  }
  const std::string want_plain = render_html(parse_markdown(plain, {}).get());
  const std::string want_tilde = render_html(parse_markdown(tilde, {}).get());
  REQUIRE(want_plain.find("<a href=\"http://www.example.org\">") != std::string::npos);
  REQUIRE(want_tilde.find("<del>weg</del>") != std::string::npos);
  const std::size_t pages = 3000;
  WorkerPool workers(8);
  std::vector<std::string> html(pages);
  parallel_for(pages, &workers, [&](std::size_t i) {
    html[i] = render_html(parse_markdown(i % 2 ? tilde : plain, {}).get());
  });
  std::size_t different = 0;
  for (std::size_t i = 0; i < pages; ++i) different += html[i] != (i % 2 ? want_tilde : want_plain);
  CHECK(different == 0);
}
