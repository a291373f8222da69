#include "templates/navigation.h"

#include <catch2/catch.hpp>

using namespace ww;

namespace {
Page p(const std::string& source, bool index = false) {
  Page x;
  x.source = source;
  x.section = source.find('/') == std::string::npos ? "" : source.substr(0, source.find('/'));
  x.is_index = index;
  return x;
}
}  // namespace

TEST_CASE("navigation - reading order from leesvolgorde, sections expand, others within section") {
  SiteContent c;
  c.pages = {p("_index.md", true), p("kader/_index.md", true), p("kader/h1.md"),
             p("kader/h3.md"),     p("bk/_index.md", true),    p("bk/01.md"),
             p("bk/02.md"),        p("x/_index.md", true),     p("x/a.md"),
             p("x/b.md")};
  SiteConfig cfg;
  cfg.leesvolgorde = {"kader/h1.md", "bk/", "kader/h3.md", "nope.md"};
  Diagnostics d;
  ParsedSite site = parse_site(std::move(c), {}, nullptr);
  Navigation n = compute_navigation(site, cfg, d);
  CHECK(n.reading_order == std::vector<std::size_t>{2, 5, 6, 3});
  CHECK(n.next.at(2) == 5);
  CHECK(n.prev.at(3) == 6);
  CHECK_FALSE(n.prev.count(2));
  CHECK(n.next.at(8) == 9);
  CHECK(d.count(Severity::warning) == 1);
}

TEST_CASE("navigation - Dutch dates and value labels") {
  CHECK(dutch_date("2024-03-01") == "1 maart 2024");
  CHECK(dutch_date("maart 2024") == "maart 2024");
  CHECK(waarde_label("mandaat") == "Met mandaat");
}
