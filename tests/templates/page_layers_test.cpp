#include <algorithm>
#include <catch2/catch.hpp>

#include "templates/layered_context.h"
#include "templates/menu_data.h"
#include "templates/page_data.h"

using namespace ww;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {
Page page(const std::string& source, const std::string& output, bool index = false) {
  Page p;
  p.source = source;
  p.output = output;
  p.section = source.find('/') == std::string::npos ? "" : source.substr(0, source.find('/'));
  p.is_index = index;
  p.title = "Titel " + source;
  p.kort = source.size() % 2 ? "kort " + source : "";
  p.html = "<p>" + source + "</p>";
  return p;
}

Page kenmerk(const std::string& source, int nummer, const std::string& waarde) {
  Page p = page(source, source.substr(0, source.size() - 3) + ".html");
  p.kenmerk = Basiskenmerk{};
  p.kenmerk->nummer = nummer;
  p.kenmerk->waarde = waarde;
  p.kenmerk->zie_ook = {1, 2};
  return p;
}

/// Pages in three folders and four sections, the basiskenmerken by value.
SiteContent mini_content() {
  SiteContent c;
  c.pages = {page("_index.md", "index.html", true),
             page("kader/_index.md", "kader.html", true),
             page("kader/a.md", "kader/a.html"),
             page("kader/b.md", "kader/b.html"),
             page("kader/diep/c.md", "kader/diep/c.html"),
             page("basiskenmerken/_index.md", "basiskenmerken.html", true),
             kenmerk("basiskenmerken/01.md", 1, "dichtbij"),
             kenmerk("basiskenmerken/02.md", 2, "mandaat"),
             kenmerk("basiskenmerken/03.md", 3, "dichtbij"),
             page("bijlagen/_index.md", "bijlagen.html", true),
             page("bijlagen/x.md", "bijlagen/x.html"),
             page("over.md", "over.html")};
  return c;
}

/// Uses every name a template may use for the menu and the page.
const char* kTemplate =
    "{{site.title}}|{{root}}|{{home_url}}|{{page.title}}|{{{page.content}}}|{{#page.is_home}}H{{/"
    "page.is_home}}\n"
    "{{#nav}}[{{title}} {{url}}{{#current}} *{{/current}}{{#in_section}} IN{{/in_section}}"
    "{{#uitgeklapt}}{{#has_pages}}({{#pages}}{{title}} {{url}}{{#current}} "
    "*{{/current}};{{/pages}}){{/has_pages}}"
    "{{/uitgeklapt}}]{{/nav}}\n"
    "{{#waarden}}{{label}}:{{#kenmerken}}{{nummer}} {{url}}{{#current}} "
    "*{{/current}};{{/kenmerken}}{{/waarden}}\n"
    "{{#breadcrumbs}}{{title}}>{{/breadcrumbs}}{{#prev}}<{{url}}{{/prev}}{{#next}}>{{url}}{{/next}}"
    "{{#page.kenmerk}}{{#zie_ook}}{{nummer}}{{#current}}*{{/current}},{{/zie_ook}}{{/"
    "page.kenmerk}}{{main}}";

struct Fixture {
  SiteConfig config;
  ParsedSite site = parse_site(mini_content(), {}, nullptr);
  Diagnostics diags;
  Navigation nav;
  SiteView view{config, site, nav, false, {}};
  Fixture() {
    config.title = "Site";
    config.leesvolgorde = {"kader/", "basiskenmerken/"};
    nav = compute_navigation(site, config, diags);
  }
  /// Page `i` rendered from one object (make_page_data), as kainjow's own context sees it.
  std::string merged(std::size_t i) {
    mustache t{kTemplate};
    return t.render(make_page_data(view, i));
  }
  /// Page `i` rendered from the three layers with the menu from `cache`.
  std::string layered(std::size_t i, MenuCache& cache, const data& site_layer) {
    mustache t{kTemplate};
    data page_layer = make_page_layer(view, i);
    LayeredContext ctx({&page_layer, &cache.layer_for(view, i), &site_layer});
    return render_to_string(t, ctx);
  }
};
}  // namespace

TEST_CASE("page layers - a layered context finds what one merged object holds") {
  data a;
  a.set("a", std::string("A"));
  data x;
  x.set("y", std::string("XY"));
  a.set("x", x);
  data list = data(data::type::list);
  list.push_back(data("b", data(std::string("inner"))));
  list.push_back(data());
  a.set("list", list);
  data b;
  b.set("b", std::string("B"));
  data site;
  site.set("title", std::string("T"));
  b.set("site", site);
  data merged = a;
  merged.set("b", std::string("B"));
  merged.set("site", site);
  const char* text =
      "{{a}} {{b}} {{site.title}} {{x.y}} {{x.z}} {{nope.a}} "
      "{{#list}}[{{b}}{{a}}{{site.title}}]{{/list}}"
      "{{^nope}}!{{/nope}}{{#.}}{{a}}{{/.}}{{#x}}{{y}}{{b}}{{/x}}{{x..y}}{{site.}}";
  mustache t1{text}, t2{text};
  LayeredContext ctx({&a, &b});
  std::string layered = render_to_string(t1, ctx);
  CHECK(layered == t2.render(merged));
  CHECK(layered == "A B T XY   [innerAT][BAT]!AXYB");
}

TEST_CASE(
    "page layers - every page renders the same as from one object, in any order and from any "
    "cache") {
  Fixture f;
  REQUIRE(f.diags.count(Severity::error) == 0);
  const data site_layer = make_site_layer(f.view);
  const std::size_t n = f.site.pages.size();
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < n; ++i) expected.push_back(f.merged(i));
  // The menu marks the page itself, and only that page.
  CHECK(expected[2].find("a.html *") != std::string::npos);
  CHECK(expected[2].find("b.html *") == std::string::npos);
  CHECK(expected[7].find("2 02.html *") != std::string::npos);
  CHECK(expected[4].find("../a.html") != std::string::npos);

  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  SECTION("in page order") {}
  SECTION("backwards") { std::reverse(order.begin(), order.end()); }
  SECTION("interleaved, each page twice") {
    std::vector<std::size_t> twice;
    for (std::size_t k = 0; k < n; ++k) twice.insert(twice.end(), {(k * 5) % n, (k * 7 + 3) % n});
    order = twice;
  }
  MenuCache cache;
  for (std::size_t i : order) {
    INFO("page " << f.site.pages[i].page.output);
    CHECK(f.layered(i, cache, site_layer) == expected[i]);
  }
  // A second worker's cache gives the same pages.
  MenuCache other;
  for (std::size_t i = n; i-- > 0;) CHECK(f.layered(i, other, site_layer) == expected[i]);
}
