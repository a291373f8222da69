#include "markdown/headings.h"

#include <catch2/catch.hpp>

using namespace ww;

TEST_CASE("headings - ids are Dutch slugs, unique, with a toc of h2 and h3") {
  Page page;
  auto doc =
      parse_markdown("## Één kop\n\n### Tips\n\n## Tips\n\n#### Diep\n\n## In het kort\n", {});
  collect_headings(doc.get(), page);
  CHECK(page.heading_ids ==
        std::vector<std::string>{"een-kop", "tips", "tips-2", "diep", "in-het-kort-2"});
  REQUIRE(page.toc.size() == 4);
  CHECK(page.toc[1].level == 3);
  render_headings(doc.get(), page);
  std::string out = render_html(doc.get());
  CHECK(out.find("<h2 id=\"een-kop\">") != std::string::npos);
  CHECK(out.find("<h3 id=\"tips\">") != std::string::npos);
  CHECK(out.find("href=\"#tips-2\"") != std::string::npos);
  CHECK(out.find("class=\"kop-link\"") != std::string::npos);
}

TEST_CASE("headings - an id starts with a letter: a heading that starts with a digit gets kop-") {
  Page page;
  auto doc = parse_markdown("### 1. Inwoners denken mee\n\n## 2024 en later\n\n## Kop 3\n", {});
  collect_headings(doc.get(), page);
  CHECK(page.heading_ids ==
        std::vector<std::string>{"kop-1-inwoners-denken-mee", "kop-2024-en-later", "kop-3"});
  // The words of the heading stay as they are.
  render_headings(doc.get(), page);
  const std::string out = render_html(doc.get());
  CHECK(out.find("<h3 id=\"kop-1-inwoners-denken-mee\">") != std::string::npos);
  CHECK(out.find("1. Inwoners denken mee") != std::string::npos);
}
