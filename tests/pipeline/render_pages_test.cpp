#include <catch2/catch.hpp>

#include "support/mini_site.h"

using namespace ww;
using namespace ww::test;

namespace {
BuildResult build_kader(unsigned threads) {
  DiskFileSystem fs;
  BuildOptions o;
  o.config_path = "site-config.toml";
  o.theme_dirs = {"themes"};
  o.threads = threads;
  return build_memory(fs, o);
}
}  // namespace

TEST_CASE("render_pages - the kader's pages are the same with one worker and with three") {
  // Each worker keeps its own menus by folder: the pages it gets, and their order, must not matter.
  BuildResult one = build_kader(1);
  BuildResult three = build_kader(3);
  REQUIRE(one.ok);
  REQUIRE(three.ok);
  REQUIRE(one.files.size() == three.files.size());
  for (const auto& [path, html] : one.files) {
    INFO(path);
    REQUIRE(three.files.count(path));
    CHECK(three.files.at(path) == html);
  }
  // The menu marks the page itself and no other one (the second mark is the breadcrumb).
  for (const char* path :
       {"basiskenmerken/01-eenvoudig-systeem.html", "basiskenmerken/02-laagdrempelig.html"}) {
    INFO(path);
    const std::string& html = one.files.at(path);
    const std::string self = std::string(path).substr(15);
    CHECK(html.find("href=\"" + self + "\" aria-current=\"page\"") != std::string::npos);
    std::size_t marks = 0;
    for (std::size_t at = html.find("aria-current"); at != std::string::npos;
         at = html.find("aria-current", at + 1))
      ++marks;
    CHECK(marks == 2);
  }
}
