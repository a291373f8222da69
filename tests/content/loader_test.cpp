#include "content/loader.h"

#include <catch2/catch.hpp>

#include "core/file_system.h"

using namespace ww;

namespace {
SiteConfig config() {
  SiteConfig c;
  c.file = "site-config.toml";
  c.title = "T";
  return c;
}
std::string page(const std::string& title, int weight, bool draft = false) {
  return "+++\ntitle = \"" + title + "\"\nweight = " + std::to_string(weight) +
         (draft ? "\ndraft = true" : "") + "\n+++\nTekst\n";
}
}  // namespace

TEST_CASE("loader - output paths") {
  CHECK(output_path_for("_index.md") == "index.html");
  CHECK(output_path_for("kader/_index.md") == "kader.html");
  CHECK(output_path_for("kader/samenvatting.md") == "kader/samenvatting.html");
  CHECK(output_path_for("over.md") == "over.html");
}

TEST_CASE("loader - ordering by weight then file name, index first, sections by weight") {
  MemoryFileSystem fs;
  fs.add("content/_index.md", page("Home", 0));
  fs.add("content/b/_index.md", page("B", 1));
  fs.add("content/b/z.md", page("Z", 1));
  fs.add("content/b/a.md", page("A", 2));
  fs.add("content/b/c.md", page("C", 1));
  fs.add("content/a/_index.md", page("A-sectie", 2));
  fs.add("content/a/x.md", page("X", 0));
  Diagnostics d;
  auto site = load_content(fs, config(), {}, d);
  REQUIRE_FALSE(d.has_errors());
  std::vector<std::string> order;
  for (const auto& p : site.pages) order.push_back(p.source);
  CHECK(order == std::vector<std::string>{"_index.md", "b/_index.md", "b/c.md", "b/z.md", "b/a.md",
                                          "a/_index.md", "a/x.md"});
}

TEST_CASE("loader - drafts are left out unless asked for") {
  MemoryFileSystem fs;
  fs.add("content/_index.md", page("Home", 0));
  fs.add("content/concept.md", page("Concept", 1, true));
  Diagnostics d;
  CHECK(load_content(fs, config(), {false}, d).pages.size() == 1);
  CHECK(load_content(fs, config(), {true}, d).pages.size() == 2);
}

TEST_CASE("loader - reports every broken file, keeps going, and collects assets") {
  MemoryFileSystem fs;
  fs.add("content/_index.md", page("Home", 0));
  fs.add("content/a.md", "geen front matter\n");
  fs.add("content/b.md", "+++\ntitle = 3\n+++\n");
  fs.add("content/img/logo.png", "PNG");
  Diagnostics d;
  auto site = load_content(fs, config(), {}, d);
  CHECK(d.count(Severity::error) == 2);
  CHECK(site.assets == std::vector<std::string>{"img/logo.png"});
}

TEST_CASE("loader - a missing content folder is an error") {
  MemoryFileSystem fs;
  Diagnostics d;
  load_content(fs, config(), {}, d);
  CHECK(d.has_errors());
}

TEST_CASE(
    "loader - a replaced page without weight keeps the base page's place, with weight it moves") {
  MemoryFileSystem fs;
  fs.add("content/_index.md", page("Home", 0));
  fs.add("content/b/_index.md", page("B", 1));
  fs.add("content/b/a.md", page("A", 1));
  fs.add("content/b/b.md", page("B", 2));
  fs.add("content/b/c.md", page("C", 3));
  fs.add("content/b/d.md", page("D", 4));
  fs.add("lokaal/b/c.md", "+++\ntitle = \"Onze C\"\n+++\nLokale tekst.\n");
  fs.add("lokaal/b/d.md", page("Onze D", 0));
  SiteConfig c = config();
  c.overlays = {"lokaal"};
  Diagnostics d;
  auto site = load_content(fs, c, {}, d);
  INFO(d.items.size());
  REQUIRE_FALSE(d.has_errors());
  std::vector<std::string> order;
  for (const auto& p : site.pages) order.push_back(p.title);
  CHECK(order == std::vector<std::string>{"Home", "B", "Onze D", "A", "B", "Onze C"});
}
