#include "content/loader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <tuple>

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

TEST_CASE("loader - sort_pages orders as a stable sort on the whole key did") {
  // The reference: the key made anew for every comparison, the pages moved by the sort.
  auto reference = [](std::vector<Page> pages) {
    std::map<std::string, std::int64_t> section_weight;
    for (const auto& p : pages)
      if (p.is_index && !p.section.empty()) section_weight[p.section] = p.weight;
    auto key = [&](const Page& p) {
      auto it = section_weight.find(p.section);
      return std::make_tuple(
          p.section.empty() ? 0 : 1, it == section_weight.end() ? std::int64_t{0} : it->second,
          p.section, p.is_index ? 0 : 1, p.vit && p.vit->lokaal ? 1 : 0, p.weight, p.source);
    };
    std::stable_sort(pages.begin(), pages.end(),
                     [&](const Page& a, const Page& b) { return key(a) < key(b); });
    return pages;
  };
  const std::vector<std::string> sections = {"", "kader", "vit", "bijlagen"};
  const std::vector<std::string> files = {"a.md", "b.md", "_index.md", "c.md"};
  std::uint64_t state = 9;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::int64_t>((state >> 33) % n);
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<Page> pages(static_cast<std::size_t>(next(24)));
    for (std::size_t i = 0; i < pages.size(); ++i) {
      Page& p = pages[i];
      p.section = sections[static_cast<std::size_t>(next(4))];
      p.is_index = next(4) == 0;
      p.weight = next(3) - 1;
      p.source = p.section + "/" + files[static_cast<std::size_t>(next(4))];  // equal keys too
      if (next(5) == 0) {
        p.vit.emplace();
        p.vit->lokaal = next(2) == 0;
      }
      p.title = std::to_string(i);  // tells pages with equal keys apart
    }
    const std::vector<Page> want = reference(pages);
    sort_pages(pages);
    REQUIRE(pages.size() == want.size());
    for (std::size_t i = 0; i < pages.size(); ++i) CHECK(pages[i].title == want[i].title);
  }
}
